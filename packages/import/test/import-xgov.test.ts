import { startJourney } from '@fingerpost/core';
import type { Step } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { importForm } from '../src/index';
import { fixture, imported, itemsAt } from './support/fixtures';
import type { Json } from './support/json';

const stepById = (steps: Step[], id: string) => steps.find((s) => s.id === id) as Json;

describe('XGovFormBuilder components', () => {
  const { journey, report } = imported('xgov', fixture('xgov', 'garden-waste-components'));

  it('gives every question type its Fingerpost field type', () => {
    const types = Object.fromEntries(
      Object.entries(journey.fields).map(([name, field]) => [name, field!.type]),
    );
    expect(types).toEqual({
      fullName: 'text',
      councilTaxAccount: 'text',
      emailAddress: 'email',
      phoneNumber: 'phone',
      collectionAddress: 'address',
      numberOfBins: 'number',
      binSize: 'singleChoice',
      binLocation: 'text',
      collectionDay: 'singleChoice',
      ward: 'singleChoice',
      getsCouncilTaxReduction: 'yesNo',
      amountOffered: 'money',
      paymentReminders: 'multipleChoice',
      firstCollection: 'date',
      movedInOn: 'date',
      previousSubscriptionEnded: 'date',
      binDeliveredAt: 'date',
      lastMissedAt: 'date',
      binOutBy: 'text',
      accessInstructions: 'longText',
      residentsAssociationSite: 'text',
      proofOfAddress: 'file',
    });
  });

  it('carries over limits, patterns, widths and optional questions', () => {
    const details = stepById(journey.steps, 'your-name');
    expect(details.components[0]).toMatchObject({
      field: 'fullName',
      width: '20',
      validation: { minLength: 2, maxLength: 70 },
    });
    expect(details.components[1]).toMatchObject({ optional: true, validation: { pattern: '^[0-9]{8}$' } });
    const bins = stepById(journey.steps, 'bins');
    expect(bins.components[0].validation).toEqual({ min: 1, max: 4, integer: true });
    // A £ prefix makes the question money: limits are in pence.
    expect(stepById(journey.steps, 'payment').components[1].validation).toEqual({ min: 0, max: 20000 });
    expect(stepById(journey.steps, 'more-about-you').components[0].validation).toEqual({
      maxLength: 1000,
      maxWords: 150,
    });
  });

  it('asks a question revealed under a choice on the same page, shown when that choice is picked', () => {
    const bins = stepById(journey.steps, 'bins');
    expect(bins.components.map((c: Json) => c.field)).toEqual([
      'numberOfBins',
      'binSize',
      'binLocation',
      'collectionDay',
      'ward',
    ]);
    expect(bins.components[2].showIf).toBe('binSize = "240l"');
    expect(journey.fields.binSize).toMatchObject({
      options: [{ value: '140l', hint: 'About the size of 5 bags' }, { value: '240l' }],
    });
  });

  it('shows content components as plain text, never HTML', () => {
    const start = stepById(journey.steps, 'before-you-start');
    expect(start.type).toBe('content');
    expect(start.body).toContain('The subscription costs £52.50 a year.');
    expect(start.body).toContain('collection calendar (https://www.example.gov.uk/garden-waste)');
    expect(start.body).toContain('• soil or rubble');
    expect(start.body).not.toMatch(/<|&pound;/);
  });

  it('uses section titles as captions, the declaration on check answers and the confirmation text', () => {
    expect(stepById(journey.steps, 'collection-address').caption).toBe('About you');
    expect(stepById(journey.steps, 'check-answers')).toMatchObject({
      type: 'checkAnswers',
      declaration: 'I confirm the information I have given is correct.',
      next: 'confirmation',
    });
    expect(stepById(journey.steps, 'confirmation')).toMatchObject({
      outcome: 'submitted',
      title: 'Subscription received',
      whatHappensNext: 'We will deliver your bin within 10 working days.',
    });
  });

  it('turns Notify and webhook outputs into outputs, and never copies keys', () => {
    expect(journey.outputs).toEqual([
      {
        type: 'email',
        id: 'resident-receipt',
        templateId: '2a3b4c5d-1111-2222-3333-444455556666',
        to: 'emailAddress',
        personalisation: { fullName: 'fullName', binSize: 'binSize' },
      },
      { type: 'webhook', id: 'waste-system', url: 'https://waste.example.gov.uk/hooks/garden' },
    ]);
    expect(JSON.stringify(journey)).not.toContain('test-key-not-real');
    expect(itemsAt(report, '/outputs/0/outputConfiguration/apiKey').dropped).toHaveLength(1);
    expect(itemsAt(report, '/outputs/0/personalisation').dropped[0]?.what).toBe(
      'placeholder "missingPlaceholder"',
    );
    expect(itemsAt(report, '/outputs/2').dropped[0]?.why).toMatch(/webhook/);
  });

  it('reports what is approximate and what is not carried over, at its source path', () => {
    expect(itemsAt(report, '/pages/5/components/2').approximated[0]?.why).toMatch(/day, month and year/);
    expect(itemsAt(report, '/pages/5/components/5').approximated[0]?.why).toMatch(/14:30/);
    expect(itemsAt(report, '/pages/3/components/3').approximated[0]?.what).toBe('AutocompleteField "ward"');
    expect(itemsAt(report, '/lists/3/items/2/condition').approximated).toHaveLength(1);
    expect(itemsAt(report, '/fees').dropped[0]?.why).toMatch(/payments/);
    expect(itemsAt(report, '/pages/5/components/0/options/maxDaysInFuture').dropped).toHaveLength(1);
    expect(itemsAt(report, '/lists/4').dropped).toHaveLength(0);
  });
});

describe('XGovFormBuilder routing', () => {
  const { journey, report } = imported('xgov', fixture('xgov', 'blue-badge-routing'));

  it('turns conditional links into transitions in order, with the last unconditional link as the default', () => {
    expect(stepById(journey.steps, 'benefits').next).toEqual([
      { when: '"pip" in benefits', goTo: 'pip-points' },
      { when: '"dlahigher" in benefits or "wpms" in benefits', goTo: 'automatic' },
      { goTo: 'walking' },
    ]);
    expect(stepById(journey.steps, 'contact').next).toBe('check-answers');
    expect(stepById(journey.steps, 'not-eligible').next).toBe('contact');
  });

  it('translates structured conditions: groups, coordinators, references, lengths and relative dates', () => {
    expect(stepById(journey.steps, 'date-of-birth').next[0]).toEqual({
      when: 'dob > addYears(today(), -3)',
      goTo: 'child-equipment',
    });
    expect(stepById(journey.steps, 'pip-points').next[0].when).toBe(
      'movingAroundPoints >= 8 or planningJourneysPoints = 10',
    );
    expect(stepById(journey.steps, 'walking').next.slice(0, 2)).toEqual([
      { when: 'walkingDifficulty = "0" and applyingFor = "myself"', goTo: 'not-eligible' },
      {
        when: '(walkingDifficulty = "3" or walkingDifficulty = "2") and length(walkingDescription) > 20',
        goTo: 'walking-aids',
      },
    ]);
  });

  it('parses string conditions with section names, "not", "in" lists and brackets', () => {
    expect(stepById(journey.steps, 'walking-aids').next[0].when).toBe(
      'walkMinutes <= 5 and usesWalkingAid or not walkMinutes > 15 and applyingFor in ["myself", "someone-else"]',
    );
  });

  it('drops links it cannot carry over, says why, and leaves out pages no route reaches', () => {
    expect(itemsAt(report, '/pages/3/next/3').dropped[0]?.why).toMatch(
      /no condition is called "noSuchCondition"/,
    );
    expect(itemsAt(report, '/pages/3/next/4').dropped[0]?.why).toMatch(
      /the "\? :" choice has no Fingerpost equivalent/,
    );
    expect(itemsAt(report, '/pages/3/next/5').dropped[0]?.why).toBe('no page of the form has this path');
    expect(itemsAt(report, '/pages/3/next/6').dropped[0]?.why).toMatch(/redirect/);
    expect(itemsAt(report, '/pages/11').dropped[0]?.why).toMatch(/no route reaches this page/);
    expect(itemsAt(report, '/pages/12').dropped[0]?.why).toMatch(/no route from the start page/);
    expect(journey.steps.map((s) => s.id)).not.toContain('older-badge');
    expect(journey.fields.renewalReference).toBeUndefined();
    expect(itemsAt(report, '/conditions/6').mapped[0]?.why).toBe('used inside other conditions');
  });
});

describe('XGovFormBuilder Welsh and repeating pages', () => {
  it('imports a fully translated form in English and Welsh, and residents can use it in Welsh', () => {
    const { journey } = imported('xgov', fixture('xgov', 'free-school-meals-welsh'));
    expect(journey.languages).toEqual(['en', 'cy']);
    expect(journey.title).toEqual({
      en: 'Apply for free school meals',
      cy: 'Gwneud cais am brydau ysgol am ddim',
    });
    const run = startJourney(journey, { clock: () => new Date('2026-03-02T10:00:00Z'), language: 'cy' });
    expect(run.view().step.title).toBe('Cyn i chi ddechrau');
    expect(run.view().step.body).toMatch(/prydau ysgol am ddim/);
  });

  it('imports a partly translated form in English only, and reports the Welsh it had to drop', () => {
    const form = fixture('xgov', 'free-school-meals-welsh');
    form.pages[3].components[0].hint = 'After tax and National Insurance';
    const { journey, report } = imported('xgov', form);
    expect(journey.languages).toEqual(['en']);
    expect(JSON.stringify(journey)).not.toContain('"cy"');
    const welsh = report.dropped.find((i) => i.what.startsWith('Welsh texts'));
    expect(welsh?.why).toContain('/pages/3/components/0/hint');
  });

  it('turns a RepeatingFieldPageController page into an add-another list', () => {
    const { journey } = imported('xgov', fixture('xgov', 'free-school-meals-welsh'));
    expect(journey.fields.childNameList).toEqual({ type: 'group', fields: { childName: { type: 'text' } } });
    expect(stepById(journey.steps, 'children')).toMatchObject({
      type: 'addAnother',
      group: 'childNameList',
      next: 'school',
    });
  });
});

describe('XGovFormBuilder names and problems', () => {
  const page = (path: string, section: string, name: string, next: string) => ({
    path,
    title: path,
    section,
    components: [{ type: 'TextField', name, title: `${section} ${name}`, options: {}, schema: {} }],
    next: [{ path: next }],
  });

  it('keeps field names unique when two sections use the same component name', () => {
    const { journey } = imported('xgov', {
      startPage: '/you',
      pages: [
        page('/you', 'applicant', 'full_name', '/partner'),
        page('/partner', 'partner', 'full_name', '/summary'),
        { path: '/summary', controller: 'SummaryPageController', components: [], next: [] },
      ],
      sections: [
        { name: 'applicant', title: 'You' },
        { name: 'partner', title: 'Your partner' },
      ],
      conditions: [{ name: 'partnerGiven', displayName: 'x', value: "partner.full_name == 'Sam'" }],
      lists: [],
    });
    expect(Object.keys(journey.fields)).toEqual(['fullName', 'partnerFullName']);
  });

  it('drops a condition on a question that does not exist and keeps the journey valid', () => {
    const result = importForm('xgov', {
      startPage: '/a',
      pages: [
        { ...page('/a', 'one', 'town', '/c'), next: [{ path: '/b', condition: 'inLondon' }, { path: '/c' }] },
        page('/b', 'one', 'borough', '/c'),
        page('/c', 'one', 'street', '/summary'),
      ],
      sections: [{ name: 'one', title: 'One' }],
      conditions: [{ name: 'inLondon', displayName: 'x', value: "one.city == 'London'" }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.dropped.find((i) => i.path === '/conditions/0')?.why).toBe(
      'no question is called "one.city"',
    );
    expect(result.journey.steps.map((s) => s.id)).toEqual(['a', 'c', 'confirmation']);
  });

  it.each([
    [null, 'import.not-a-form', ''],
    [{ pages: [] }, 'import.no-pages', '/pages'],
    [{ startPage: '/nope', pages: [page('/a', 's', 'x', '/b')] }, 'import.no-start', '/startPage'],
  ])('refuses %j with %s', (input, code, path) => {
    const result = importForm('xgov', input);
    expect(result).toMatchObject({ ok: false, error: { code, path } });
  });

  it('refuses an unknown format by name', () => {
    expect(importForm('typeform' as never, {})).toMatchObject({
      ok: false,
      error: { code: 'import.unknown-format' },
    });
  });
});
