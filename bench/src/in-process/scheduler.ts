import type { Journey } from '@fingerpost/schema';
import { deadlineScheduler, type InstanceAction } from '@fingerpost/server';
import { inProcessServer } from './app';

/**
 * An application that goes straight to a caseworker's task due one second after it starts and is
 * approved automatically when nobody decides in time (the server's own scheduler test journey).
 */
export const QUICK_DECISION = {
  id: 'quick-decision',
  version: '1.0.0',
  title: 'Quick decision',
  description: 'A request approved automatically unless the duty officer decides within a second.',
  serviceArea: 'other',
  owner: { name: 'Benchmark Borough Council' },
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
} as unknown as Journey;

const WITHDRAW: InstanceAction = { type: 'withdraw' };

export interface SchedulerResult {
  deadlines: number;
  firedPerSecond: number;
  /** The baseline: the same applications' one action each, through the same runtime and storage. */
  actionsPerSecond: number;
}

/**
 * Deadlines fired per second by one scheduler (batches of 100, 4 at a time: its defaults) on a
 * SQLite file, with `count` applications whose deadlines are all due. The baseline in the same run:
 * `count` applications each withdrawn through `runtime.instances.act` (one action, one write, no
 * scheduler), 16 at a time. Every deadline must fire exactly once and every application end approved.
 */
export async function measureScheduler(count: number): Promise<SchedulerResult> {
  let now = Date.parse('2026-03-02T09:00:00Z');
  const server = await inProcessServer([QUICK_DECISION], () => new Date(now));
  try {
    const start = async (n: number) => {
      const ids: { instanceId: string; resumeToken: string }[] = [];
      for (let i = 0; i < n; i += 16) {
        const batch = Array.from({ length: Math.min(16, n - i) }, () =>
          server.runtime.instances.start(QUICK_DECISION.id),
        );
        for (const started of await Promise.all(batch))
          ids.push({ instanceId: started.instanceId, resumeToken: started.resumeToken });
      }
      return ids;
    };
    const due = await start(count);
    now += 3_600_000;
    // Started at the new time, their deadlines are a second away: the scheduler leaves them.
    const others = await start(count);
    const scheduler = deadlineScheduler(server.runtime, {}, () => {});
    const began = process.hrtime.bigint();
    let fired = 0;
    for (let pass = 0; pass < 1000 && fired < count; pass++) {
      const counts = await scheduler.runOnce();
      if (counts.failed > 0) throw new Error(`${counts.failed} deadlines failed to fire`);
      if (counts.claimed === 0) break;
      fired += counts.fired;
    }
    const seconds = Number(process.hrtime.bigint() - began) / 1e9;
    if (fired !== count) throw new Error(`${fired} of ${count} deadlines fired`);
    for (const app of due.slice(0, 20)) {
      const view = await server.runtime.instances.view(app.instanceId, {
        kind: 'resident',
        token: app.resumeToken,
      });
      if (view.outcome?.kind !== 'approved')
        throw new Error(`application ${app.instanceId} is ${view.status}`);
    }
    const actBegan = process.hrtime.bigint();
    for (let i = 0; i < others.length; i += 16) {
      await Promise.all(
        others
          .slice(i, i + 16)
          .map((app) =>
            server.runtime.instances.act(
              app.instanceId,
              { kind: 'resident', token: app.resumeToken },
              WITHDRAW,
            ),
          ),
      );
    }
    const actSeconds = Number(process.hrtime.bigint() - actBegan) / 1e9;
    return { deadlines: count, firedPerSecond: count / seconds, actionsPerSecond: count / actSeconds };
  } finally {
    await server.close();
  }
}
