import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Journey, Step } from '@fingerpost/schema';

/** The bus pass journey from the schema's valid fixtures: screening by age, an officer approval. */
export const busPass: Journey = JSON.parse(
  readFileSync(
    join(__dirname, '..', '..', '..', 'schema', 'test', 'fixtures', 'valid', 'bus-pass.json'),
    'utf8',
  ),
);

/** An end step. */
export function end(
  id: string,
  outcome: 'submitted' | 'ineligible' | 'approved' | 'rejected' = 'submitted',
): Step {
  return { id, type: 'end', outcome, title: `Ended: ${id}` };
}

/** A small journey of the given fields and steps; the first step is its start. */
export function smallJourney(id: string, fields: Journey['fields'], steps: Step[]): Journey {
  return {
    id,
    version: '1.0.0',
    title: 'A test journey',
    description: 'For the route explorer and scenario tests.',
    serviceArea: 'other',
    owner: { name: 'Anytown Council' },
    languages: ['en'],
    fields,
    start: steps[0]?.id ?? 'start',
    steps: steps as [Step, ...Step[]],
  };
}

/**
 * A hardship grant screening: tenure (three choices, two routes), household size (a number
 * boundary), earned income (a money boundary) and a notice date (a date boundary relative to today).
 */
export const hardshipScreening: Journey = smallJourney(
  'hardship-screening',
  {
    tenure: {
      type: 'singleChoice',
      options: [
        { value: 'council', label: 'Council tenant' },
        { value: 'private', label: 'Private tenant' },
        { value: 'owner', label: 'Owner' },
      ],
    },
    householdSize: { type: 'number' },
    earnedIncome: { type: 'money' },
    noticeDate: { type: 'date' },
    fullName: { type: 'text' },
  },
  [
    {
      id: 'tenure',
      type: 'question',
      components: [{ field: 'tenure', label: 'Do you rent or own your home?' }],
      next: [{ when: 'tenure = "owner"', goTo: 'refused' }, { goTo: 'household' }],
    },
    {
      id: 'household',
      type: 'question',
      title: 'Your household',
      components: [
        {
          field: 'householdSize',
          label: 'How many people live with you?',
          validation: { min: 1, max: 20, integer: true },
        },
        { field: 'earnedIncome', label: 'Yearly earned income', validation: { min: 0 } },
        { field: 'fullName', label: 'Your full name' },
      ],
      next: [{ when: 'householdSize >= 4', goTo: 'large-household' }, { goTo: 'notice' }],
    },
    {
      id: 'large-household',
      type: 'content',
      title: 'Large households',
      body: 'You may get more.',
      next: 'notice',
    },
    {
      id: 'notice',
      type: 'question',
      components: [
        { field: 'noticeDate', label: 'When does your notice end?', validation: { future: true } },
      ],
      next: 'decide',
    },
    {
      id: 'decide',
      type: 'eligibility',
      rules: [
        {
          id: 'low-income-soon',
          when: 'earnedIncome <= £7,400 and daysBetween(today(), noticeDate) <= 56',
          result: 'eligible',
          reason: 'Low income and your notice ends within 56 days.',
          next: 'done',
        },
      ],
      otherwise: {
        result: 'ineligible',
        reason: 'Your income is too high or your notice ends later.',
        next: 'refused',
      },
    },
    end('done'),
    end('refused', 'ineligible'),
  ],
);
