import { describe, expect, it } from 'vitest';
import { asReported } from './support/as-reported';
import { fixture, imported } from './support/fixtures';
import { driveJourney, expectSameRoute, TODAY } from './support/journey-driver';
import type { Json } from './support/json';
import { runXgov, xgovAnswers } from './support/xgov-interpreter';

type Answers = Record<string, unknown>;

/** Runs one scenario through the source form's rules and through the imported journey. */
/** Runs one scenario through the source form's rules (less what the report dropped) and the imported journey. */
function roundTrip(form: Json, answers: Answers) {
  const { journey, report } = imported('xgov', form);
  const source = runXgov(asReported(form, report), answers, TODAY);
  expectSameRoute(source, driveJourney(journey, xgovAnswers(form, answers)));
  return source;
}

const contact = { email: 'sam.jones@example.com', phone: '01632 960 001' };

describe('XGovFormBuilder round trip: Blue Badge routing', () => {
  const form = () => fixture('xgov', 'blue-badge-routing');
  const adult = { applyingFor: 'myself', dob: '1958-07-21', ...contact };
  const scenarios: Array<[string, Answers, string[]]> = [
    [
      'PIP with 8 moving-around points goes straight to the automatic page',
      { ...adult, benefits: ['pip'], movingAroundPoints: 8, planningJourneysPoints: 0 },
      [
        'Who are you applying for?',
        'Date of birth',
        'Benefits',
        'PIP points',
        'You are likely to get a badge',
        'Contact details',
      ],
    ],
    [
      'PIP with exactly 10 planning points qualifies too',
      { ...adult, benefits: ['pip'], movingAroundPoints: 4, planningJourneysPoints: 10 },
      [
        'Who are you applying for?',
        'Date of birth',
        'Benefits',
        'PIP points',
        'You are likely to get a badge',
        'Contact details',
      ],
    ],
    [
      'PIP with 12 planning points does not, and goes on to walking',
      {
        ...adult,
        benefits: ['pip'],
        movingAroundPoints: 4,
        planningJourneysPoints: 12,
        walkingDifficulty: 1,
      },
      ['Who are you applying for?', 'Date of birth', 'Benefits', 'PIP points', 'Walking', 'Contact details'],
    ],
    [
      'the higher rate of DLA is automatic, by a string condition with "in"',
      { ...adult, benefits: ['dlaHigher'] },
      [
        'Who are you applying for?',
        'Date of birth',
        'Benefits',
        'You are likely to get a badge',
        'Contact details',
      ],
    ],
    [
      'a child under 3 who needs bulky equipment is assessed',
      { applyingFor: 'someone-else', dob: '2024-11-02', bulkyEquipment: true, ...contact },
      [
        'Who are you applying for?',
        'Date of birth',
        'Medical equipment',
        'We will need to assess the applicant',
        'Contact details',
      ],
    ],
    [
      'a child under 3 without bulky equipment may not be eligible',
      { applyingFor: 'someone-else', dob: '2024-11-02', bulkyEquipment: false, ...contact },
      [
        'Who are you applying for?',
        'Date of birth',
        'Medical equipment',
        'The applicant may not be eligible',
        'Contact details',
      ],
    ],
    [
      'no difficulty walking, for themselves: a structured condition referring to another condition',
      { ...adult, benefits: ['none'], walkingDifficulty: 0 },
      [
        'Who are you applying for?',
        'Date of birth',
        'Benefits',
        'Walking',
        'The applicant may not be eligible',
        'Contact details',
      ],
    ],
    [
      'no difficulty walking, for someone else, goes to contact details',
      { ...adult, applyingFor: 'someone-else', benefits: ['none'], walkingDifficulty: 0 },
      ['Who are you applying for?', 'Date of birth', 'Benefits', 'Walking', 'Contact details'],
    ],
    [
      'cannot walk, described at length, with an aid and a 3-minute walk is assessed',
      {
        ...adult,
        benefits: ['none'],
        walkingDifficulty: 3,
        walkingDescription: 'I need to stop after a few steps because of pain in my hips.',
        usesWalkingAid: true,
        walkMinutes: 3,
      },
      [
        'Who are you applying for?',
        'Date of birth',
        'Benefits',
        'Walking',
        'Walking aids',
        'We will need to assess the applicant',
        'Contact details',
      ],
    ],
    [
      'very difficult walking with a 20-minute walk and no aid goes to contact details',
      {
        ...adult,
        benefits: ['none'],
        walkingDifficulty: 2,
        walkingDescription: 'Walking is slow and painful on hills and stairs.',
        usesWalkingAid: false,
        walkMinutes: 20,
      },
      [
        'Who are you applying for?',
        'Date of birth',
        'Benefits',
        'Walking',
        'Walking aids',
        'Contact details',
      ],
    ],
    [
      'a 10-minute walk without an aid holds by the "not" part of the string condition',
      {
        ...adult,
        benefits: ['none'],
        walkingDifficulty: 2,
        walkingDescription: 'Walking is slow and painful on hills and stairs.',
        usesWalkingAid: false,
        walkMinutes: 10,
      },
      [
        'Who are you applying for?',
        'Date of birth',
        'Benefits',
        'Walking',
        'Walking aids',
        'We will need to assess the applicant',
        'Contact details',
      ],
    ],
    [
      'a short description is not enough for the walking aids page',
      { ...adult, benefits: ['none'], walkingDifficulty: 3, walkingDescription: 'Very hard.' },
      ['Who are you applying for?', 'Date of birth', 'Benefits', 'Walking', 'Contact details'],
    ],
  ];
  for (const [name, answers, headings] of scenarios) {
    it(name, () => {
      const source = roundTrip(form(), answers);
      expect(source.pages.map((p) => p[0])).toEqual(headings);
      expect(source.end).toEqual({ kind: 'summary' });
    });
  }
});

describe('XGovFormBuilder round trip: every component type', () => {
  it('asks every page of the garden waste form in order and submits', () => {
    const answers: Answers = {
      fullName: 'Priya Shah',
      councilTaxAccount: '12345678',
      emailAddress: 'priya@example.com',
      phoneNumber: '07700 900123',
      collectionAddress: { addressLine1: '4 Orchard Way', town: 'Exampleton', postcode: 'EX1 2AB' },
      numberOfBins: 2,
      binSize: '240L',
      binLocation: 'By the side gate',
      collectionDay: 'Tuesday',
      ward: 'castle',
      getsCouncilTaxReduction: false,
      amountOffered: 52.5,
      paymentReminders: ['email', 'sms'],
      firstCollection: '2026-04-06',
      previousSubscriptionEnded: '2025-11',
      binOutBy: '07:30',
      accessInstructions: 'Gate code 1234.',
      residentsAssociationSite: 'https://orchard-residents.example.org',
      proofOfAddress: 'council-tax-bill.pdf',
    };
    const source = roundTrip(fixture('xgov', 'garden-waste-components'), answers);
    expect(source.pages).toHaveLength(7);
  });
});

describe('XGovFormBuilder round trip: a Welsh form with a repeating page', () => {
  const form = () => fixture('xgov', 'free-school-meals-welsh');
  const parent = { parentName: 'Rhian Evans', nationalInsuranceNumber: 'QQ 12 34 56 C' };
  const scenarios: Array<[string, Answers, string[]]> = [
    [
      'Universal Credit with high earnings may not be eligible',
      { ...parent, getsUniversalCredit: true, annualEarnings: 8200 },
      ['Before you start', 'Your details', 'Universal Credit', 'Your earnings', 'You may not be eligible'],
    ],
    [
      'Universal Credit with low earnings lists the children',
      {
        ...parent,
        getsUniversalCredit: true,
        annualEarnings: 6100,
        childName: ['Cerys Evans', 'Dylan Evans'],
        school: 'castell',
      },
      ['Before you start', 'Your details', 'Universal Credit', 'Your earnings', 'Your children', 'School'],
    ],
    [
      'no Universal Credit and no other support may not be eligible',
      { ...parent, getsUniversalCredit: false, otherSupport: ['none'] },
      ['Before you start', 'Your details', 'Universal Credit', 'Other support', 'You may not be eligible'],
    ],
    [
      'Income Support qualifies (a "does not contain" condition fails)',
      {
        ...parent,
        getsUniversalCredit: false,
        otherSupport: ['income-support'],
        childName: ['Cerys Evans'],
        school: 'st-davids',
      },
      ['Before you start', 'Your details', 'Universal Credit', 'Other support', 'Your children', 'School'],
    ],
  ];
  for (const [name, answers, headings] of scenarios) {
    it(name, () => {
      const source = roundTrip(form(), answers);
      expect(source.pages.map((p) => p[0])).toEqual(headings);
    });
  }
});
