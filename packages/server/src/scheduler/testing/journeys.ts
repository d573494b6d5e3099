import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * An application that goes straight to a caseworker's task due one second after it starts, and is
 * approved automatically when nobody decides in time: one write to start, one to fire.
 */
export const QUICK_DECISION = quickDecision();

/** QUICK_DECISION, optionally telling a case system (a signed webhook) when it is approved. */
export function quickDecision(webhookUrl?: string) {
  return {
    id: 'quick-decision',
    version: '1.0.0',
    title: 'Quick decision',
    description: 'A request approved automatically unless the duty officer decides within a second.',
    serviceArea: 'other',
    owner: { name: 'Example Council' },
    languages: ['en'],
    roles: [{ id: 'duty-officer', name: 'Duty officer' }],
    fields: {},
    start: 'decide',
    steps: [
      {
        id: 'decide',
        type: 'approval',
        tasks: [
          {
            id: 'review',
            title: 'Review the request',
            roles: ['duty-officer'],
            decisions: ['approve', 'reject'],
            deadline: { duration: 'PT1S' },
            onDeadline: { action: 'decide', decision: 'approve', reason: 'Nobody decided in time' },
          },
        ],
        next: { approved: 'approved', rejected: 'rejected' },
      },
      { id: 'approved', type: 'end', outcome: 'approved', title: 'Approved' },
      { id: 'rejected', type: 'end', outcome: 'rejected', title: 'Rejected' },
    ],
    ...(webhookUrl
      ? {
          outputs: [
            {
              type: 'webhook',
              id: 'case-system',
              on: 'approved',
              url: webhookUrl,
              secretEnv: 'TEST_WEBHOOK_SECRET',
            },
          ],
        }
      : {}),
  };
}

/** A temporary journeys folder (`<dir>/<id>/journey.json`) holding the journeys given. */
export function journeysFolder(journeys: ReadonlyArray<{ id: string }>): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'fingerpost-journeys-'));
  for (const journey of journeys) {
    mkdirSync(join(dir, journey.id));
    writeFileSync(join(dir, journey.id, 'journey.json'), JSON.stringify(journey, null, 2));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
