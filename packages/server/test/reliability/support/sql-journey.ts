import type { Journey } from '@fingerpost/schema';

/** Two free-text questions, check your answers and a caseworker decision: every text a resident or caseworker can store. */
export const SQL_JOURNEY = {
  id: 'sql-test',
  version: '1.0.0',
  title: { en: "Robert'); DROP TABLE journeys;-- permit" },
  description: { en: `" OR ""=" ; DELETE FROM events WHERE 1=1 --` },
  serviceArea: 'other',
  owner: { name: "O'Brien & Sons; DROP TABLE tasks;--" },
  languages: ['en'],
  referencePrefix: 'SQL',
  roles: [{ id: 'officer', name: "Officer'--" }],
  fields: { fullName: { type: 'text' }, notes: { type: 'longText' }, proof: { type: 'file' } },
  start: 'name',
  steps: [
    {
      id: 'name',
      type: 'question',
      components: [{ field: 'fullName', label: { en: "Name'; --" } }],
      next: 'notes',
    },
    {
      id: 'notes',
      type: 'question',
      components: [{ field: 'notes', label: { en: 'Notes' }, optional: true }],
      next: 'check',
    },
    { id: 'check', type: 'checkAnswers', next: 'decision' },
    {
      id: 'decision',
      type: 'approval',
      tasks: [
        {
          id: 'review',
          title: "Review'); DELETE FROM tasks;--",
          roles: ['officer'],
          decisions: ['approve', 'reject'],
        },
      ],
      next: { approved: 'approved', rejected: 'rejected' },
    },
    { id: 'approved', type: 'end', outcome: 'approved', title: { en: 'Approved' } },
    { id: 'rejected', type: 'end', outcome: 'rejected', title: { en: 'Rejected' } },
  ],
} as unknown as Journey;
