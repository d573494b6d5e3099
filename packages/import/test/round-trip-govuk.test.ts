import { describe, expect, it } from 'vitest';
import { asReported } from './support/as-reported';
import { fixture, imported } from './support/fixtures';
import { govukAnswers, runGovuk } from './support/govuk-interpreter';
import { driveJourney, expectSameRoute } from './support/journey-driver';
import type { Json } from './support/json';

type Answers = Record<string, unknown>;

/** Runs one scenario through the source form's rules (less what the report dropped) and the imported journey. */
function roundTrip(form: Json, answers: Answers) {
  const { journey, report } = imported('govuk-forms', form);
  const source = runGovuk(asReported(form, report), answers);
  expectSameRoute(source, driveJourney(journey, govukAnswers(form, answers)));
  return source;
}

const [live, kind, furniture, fridge, where, heard, phone] = [
  'rT1aB2cD',
  'rT3eF4gH',
  'rT5iJ6kL',
  'rT7mN8oP',
  'rT9qR0sT',
  'rU1vW2xY',
  'rU3zA4bC',
];

describe('GOV.UK Forms round trip: bulky waste routing', () => {
  const form = () => fixture('govuk-forms', 'bulky-waste-routing');
  const scenarios: Array<[string, Answers, number, string]> = [
    [
      'furniture: the branch ends with a skip past the electrical question',
      {
        [live]: 'Yes',
        [kind]: 'Furniture',
        [furniture]: 3,
        [where]: 'Front drive',
        [heard]: 'A leaflet',
        [phone]: '07700 900456',
      },
      6,
      'summary',
    ],
    [
      'electrical items go to the fridge question; a fridge skips to the end',
      { [live]: 'Yes', [kind]: 'Electrical items', [fridge]: 'Yes' },
      3,
      'summary',
    ],
    [
      'electrical items that are not a fridge carry on',
      {
        [live]: 'Yes',
        [kind]: 'Electrical items',
        [fridge]: 'No',
        [where]: 'Back gate',
        [heard]: 'Council website',
        [phone]: '07700 900456',
      },
      6,
      'summary',
    ],
    [
      '"none of the above" as the answer that routes skips to the end',
      { [live]: 'Yes', [kind]: 'Furniture', [furniture]: 1, [where]: 'Porch', [heard]: 'none_of_the_above' },
      5,
      'summary',
    ],
    ['living outside the borough ends on the exit page', { [live]: 'No' }, 1, 'You cannot use this service'],
    [
      '"none of the above" on a page whose route for it is ignored goes on as usual',
      {
        [live]: 'Yes',
        [kind]: 'none_of_the_above',
        [furniture]: 2,
        [where]: 'Porch',
        [heard]: 'A leaflet',
        [phone]: '07700 900456',
      },
      6,
      'summary',
    ],
  ];
  for (const [name, answers, pages, end] of scenarios) {
    it(name, () => {
      const source = roundTrip(form(), answers);
      expect(source.pages).toHaveLength(pages);
      expect(source.end).toEqual(end === 'summary' ? { kind: 'summary' } : { kind: 'exit', title: end });
    });
  }
});

describe('GOV.UK Forms round trip: every answer type', () => {
  it('asks every question of the parking permit form in order', () => {
    const ids = [
      'aB3dE9fG',
      'Hj4kL7mN',
      'Pq2rS5tU',
      'Vw8xY1zA',
      'Bc6dE3fG',
      'Hi9jK2lM',
      'No5pQ8rS',
      'Tu1vW4xY',
      'Za7bC0dE',
      'Fg3hI6jK',
      'Lm9nO2pQ',
      'Rs5tU8vW',
      'Xy1zA4bC',
      'De7fG0hI',
      'Jk3lM6nO',
      'Pq9rS2tU',
      'Vw5xY8zA',
      'Bc1dE4fG',
    ];
    const values: unknown[] = [
      { title: 'Ms', first_name: 'Joanna', last_name: 'Kowalska' },
      { address1: '12 Mill Lane', town: 'Exampleton', postcode: 'EX2 4AB' },
      '1985-03-27',
      'joanna@example.com',
      '07700 900789',
      'AB 12 34 56 C',
      'Carer permit',
      'AB12 CDE',
      1,
      '2026-04-01',
      ['zone-a', 'zone-c'],
      'none_of_the_above',
      'Riverside Care',
      'I work nights.',
      'v5c.pdf',
      [{ full_name: 'Tomasz Kowalski' }, { full_name: 'Ewa Kowalska' }],
      { address1: '12 Mill Lane', town: 'Exampleton', postcode: 'EX2 4AB' },
      'mill-lane',
    ];
    const answers = Object.fromEntries(ids.map((id, i) => [id, values[i]]));
    const source = roundTrip(fixture('govuk-forms', 'parking-permit-answer-types'), answers);
    expect(source.pages).toHaveLength(18);
  });
});

describe('GOV.UK Forms round trip: English and Welsh documents', () => {
  const form = () => fixture('govuk-forms', 'disabled-parking-bay-welsh');
  it('goes through the questions with a badge', () => {
    const source = roundTrip(form(), {
      wA1bC2dE: 'Yes',
      wF3gH4iJ: 'BB123456',
      wK5lM6nO: 'I cannot walk far from my car.',
    });
    expect(source.pages).toHaveLength(3);
  });
  it('ends on the exit page without one', () => {
    const source = roundTrip(form(), { wA1bC2dE: 'No' });
    expect(source.end).toEqual({ kind: 'exit', title: 'You need a Blue Badge first' });
  });
});
