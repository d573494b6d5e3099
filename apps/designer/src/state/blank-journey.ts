import type { Journey } from '@fingerpost/schema';

export interface BlankJourneyOptions {
  id: string;
  title: string;
  version?: string;
  owner?: string;
}

/**
 * A new journey that is valid from the start: one question, check your answers and a
 * confirmation page, ready to grow.
 * @example blankJourney({ id: 'report-a-pothole', title: 'Report a pothole' })
 */
export function blankJourney({
  id,
  title,
  version = '0.1.0',
  owner = 'Your council',
}: BlankJourneyOptions): Journey {
  return {
    id,
    version,
    title,
    description: `Use this service to ${title.charAt(0).toLowerCase()}${title.slice(1)}.`,
    serviceArea: 'other',
    owner: { name: owner },
    languages: ['en'],
    fields: { fullName: { type: 'text', personalData: true } },
    start: 'your-name',
    steps: [
      {
        id: 'your-name',
        type: 'question',
        components: [{ field: 'fullName', label: 'What is your full name?', autocomplete: 'name' }],
        next: 'check-answers',
      },
      { id: 'check-answers', type: 'checkAnswers', next: 'confirmation' },
      {
        id: 'confirmation',
        type: 'end',
        outcome: 'submitted',
        title: 'Application complete',
        whatHappensNext: 'We will contact you within 10 working days.',
      },
    ],
  };
}
