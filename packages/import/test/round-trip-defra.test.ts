import { describe, expect, it } from 'vitest';
import { asReported } from './support/as-reported';
import { defraAnswers, runDefra } from './support/defra-interpreter';
import { fixture, imported } from './support/fixtures';
import { driveJourney, expectSameRoute, TODAY } from './support/journey-driver';
import type { Json } from './support/json';

type Answers = Record<string, unknown>;

/** Runs one scenario through the source form's rules (less what the report dropped) and the imported journey. */
function roundTrip(form: Json, answers: Answers) {
  const { journey, report } = imported('defra', form);
  const source = runDefra(asReported(form, report), answers, TODAY);
  expectSameRoute(source, driveJourney(journey, defraAnswers(form, answers)));
  return source;
}

const contact = { email: 'alex.morgan@example.com', phone: '01632 960 555' };
const recent = '2026-02-27';
const oneReport = {
  nearestTown: 'Kendal',
  howMany: 4,
  birdType: 'swans',
  foundOn: recent,
  touchedBirds: false,
  ...contact,
};

describe('DEFRA round trip: dead wild birds (page conditions)', () => {
  const form = () => fixture('defra', 'dead-wild-birds-conditions');
  const scenarios: Array<[string, Answers, string[], string]> = [
    [
      'swans found recently: the "or" condition shows the signs page',
      { ...oneReport, signs: ['swelling'], placeName: ['Kent estuary'], placeCount: [2] },
      [
        'Where did you find them?',
        'How many dead birds did you find?',
        'What kind of birds were they?',
        'When did you find them?',
        'Did you touch the birds?',
        'Did you see any of these?',
        'Other places',
        'A large outbreak',
        'Your contact details',
      ],
      'summary',
    ],
    [
      'another kind of bird asks for a description (a list item condition)',
      { ...oneReport, birdType: 'other', otherBirdDescription: 'Small brown waders', howMany: 2 },
      [
        'Where did you find them?',
        'How many dead birds did you find?',
        'What kind of birds were they?',
        'Describe the birds',
        'When did you find them?',
        'Did you touch the birds?',
        'Other places',
        'A large outbreak',
        'Your contact details',
      ],
      'summary',
    ],
    [
      'birds found more than a week ago end on a terminal page (a relative date)',
      { ...oneReport, foundOn: '2026-02-20' },
      [
        'Where did you find them?',
        'How many dead birds did you find?',
        'What kind of birds were they?',
        'When did you find them?',
      ],
      'We do not need reports of birds found more than a week ago',
    ],
    [
      'two gulls end on the other terminal page (numbers and list items joined by "and")',
      { ...oneReport, birdType: 'gulls', howMany: 2 },
      [
        'Where did you find them?',
        'How many dead birds did you find?',
        'What kind of birds were they?',
        'When did you find them?',
      ],
      'We do not need to know about fewer than 3 gulls',
    ],
    [
      'five gulls found this year reach the signs page through a referenced condition',
      { ...oneReport, birdType: 'gulls', howMany: 5, touchedBirds: true, nearestTown: 'Carlisle' },
      [
        'Where did you find them?',
        'How many dead birds did you find?',
        'What kind of birds were they?',
        'When did you find them?',
        'Did you touch the birds?',
        'Protect your health',
        'Did you see any of these?',
        'Our Cumbria office will handle your report',
        'Other places',
        'A large outbreak',
        'Your contact details',
      ],
      'summary',
    ],
    [
      'three ducks skip the signs page',
      { ...oneReport, birdType: 'ducks', howMany: 3 },
      [
        'Where did you find them?',
        'How many dead birds did you find?',
        'What kind of birds were they?',
        'When did you find them?',
        'Did you touch the birds?',
        'Other places',
        'A large outbreak',
        'Your contact details',
      ],
      'summary',
    ],
  ];
  for (const [name, answers, headings, end] of scenarios) {
    it(name, () => {
      const source = roundTrip(form(), answers);
      expect(source.pages.map((p) => p[0])).toEqual(headings);
      expect(source.end).toEqual(end === 'summary' ? { kind: 'summary' } : { kind: 'exit', title: end });
    });
  }
});

describe('DEFRA round trip: every component type', () => {
  it('asks every page of the tree works form in order and submits', () => {
    const answers: Answers = {
      siteName: 'Old Rectory',
      workDescription: 'Crown reduction of two oaks by 2 metres.',
      numberOfTrees: 2,
      workType: 'prune',
      reasons: ['light'],
      species: 'Oak',
      parish: 'ashford',
      treeAddress: { addressLine1: 'The Old Rectory', town: 'Ashford', postcode: 'TN23 1AA' },
      gridReference: 'TR 01234 42345',
      startDate: '2026-05-01',
      plantedIn: '1950-04',
      inConservationArea: true,
      applicantEmail: 'owner@example.com',
      treePlan: 'tree-plan.pdf',
      declarationAccepted: true,
    };
    const source = roundTrip(fixture('defra', 'tree-works-components'), answers);
    expect(source.pages).toHaveLength(8);
  });
});

describe('DEFRA round trip: a Welsh form', () => {
  const form = () => fixture('defra', 'fly-tipping-welsh');
  it('asks about leaks only for hazardous waste', () => {
    const source = roundTrip(form(), {
      wasteType: 'hazardous',
      isLeaking: true,
      location: 'Behind the library on Mill Street',
    });
    expect(source.pages.map((p) => p[0])).toEqual([
      'What has been dumped?',
      'Hazardous waste',
      'Where is the waste?',
    ]);
  });
  it('skips the leak question for household rubbish', () => {
    const source = roundTrip(form(), { wasteType: 'household', location: 'Lay-by on the A483' });
    expect(source.pages.map((p) => p[0])).toEqual(['What has been dumped?', 'Where is the waste?']);
  });
});
