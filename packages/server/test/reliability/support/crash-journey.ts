import type { Journey } from '@fingerpost/schema';

/** The question pages of the crash journey, in order, with the text field each asks. */
export const CRASH_PAGES = [
  { stepId: 'first-answer', field: 'firstAnswer' },
  { stepId: 'second-answer', field: 'secondAnswer' },
] as const;

/** The page after the questions: submitting it sends the application for a decision. */
export const CRASH_CHECK_ANSWERS = 'check-answers';

/** Every submission a resident can make, in order: the question pages, then check your answers. */
export const CRASH_SUBMISSIONS: ReadonlyArray<{ stepId: string; field: string | null }> = [
  ...CRASH_PAGES,
  { stepId: CRASH_CHECK_ANSWERS, field: null },
];

export const CRASH_JOURNEY_ID = 'crash-test';
export const CRASH_ROLE = 'crash-officer';
/** How long a caseworker has to decide; the restart moves the server's clock well past it. */
export const CRASH_DEADLINE_MS = 60 * 60 * 1000;

const text = (en: string) => ({ en });

/**
 * A small journey whose every answer is free text (so each submission can carry a marker of its
 * own), ending in an approval with a one-hour deadline that escalates when missed.
 */
export const CRASH_JOURNEY = {
  id: CRASH_JOURNEY_ID,
  version: '1.0.0',
  title: text('Crash test'),
  description: text('Answers two questions and waits for a decision.'),
  serviceArea: 'other',
  owner: { name: 'Reliability suite' },
  languages: ['en'],
  referencePrefix: 'CT',
  roles: [
    { id: CRASH_ROLE, name: 'Crash test officer' },
    { id: 'crash-manager', name: 'Crash test manager' },
  ],
  fields: Object.fromEntries(CRASH_PAGES.map((p) => [p.field, { type: 'text' }])),
  start: CRASH_PAGES[0].stepId,
  steps: [
    ...CRASH_PAGES.map((p, i) => ({
      id: p.stepId,
      type: 'question',
      components: [{ field: p.field, label: text(`Answer number ${i + 1}`) }],
      next: CRASH_PAGES[i + 1]?.stepId ?? CRASH_CHECK_ANSWERS,
    })),
    { id: CRASH_CHECK_ANSWERS, type: 'checkAnswers', next: 'decision' },
    {
      id: 'decision',
      type: 'approval',
      tasks: [
        {
          id: 'review',
          title: 'Review the answers',
          roles: [CRASH_ROLE],
          decisions: ['approve', 'reject'],
          deadline: { duration: 'PT1H' },
          onDeadline: { action: 'escalate', role: 'crash-manager' },
        },
      ],
      next: { approved: 'approved', rejected: 'rejected' },
    },
    { id: 'approved', type: 'end', outcome: 'approved', title: text('Approved') },
    { id: 'rejected', type: 'end', outcome: 'rejected', title: text('Rejected') },
  ],
} as unknown as Journey;
