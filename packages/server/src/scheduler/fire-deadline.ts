import { HttpError } from '../http/http-error';
import type { Instances } from '../runtime/instances';
import type { DeadlineRecord } from '../storage/types';

/**
 * What firing one deadline came to:
 * - `fired`: the deadline event is committed (the task escalated, was decided, or marked overdue);
 * - `settled`: someone got there first (a caseworker decided, the resident withdrew, another
 *   process fired it, the application was erased or purged), so there is nothing left to do;
 * - `not-due`: the engine's clock says the task is not due yet (clocks of processes disagree); the
 *   claim runs out and the deadline is tried again;
 * - `failed`: something went wrong (storage unreachable…); the claim runs out and it is retried.
 */
export type FireOutcome =
  | { kind: 'fired' }
  | { kind: 'settled'; code: string }
  | { kind: 'not-due' }
  | { kind: 'failed'; error: unknown };

/** Refusals meaning the deadline was already dealt with, one way or another. */
const ALREADY_HANDLED: ReadonlySet<string> = new Set([
  'journey.completed',
  'task.closed',
  'task.no-deadline',
  'task.unknown',
  'instance.not-found',
  'instance.erased',
]);

const isConflict = (error: unknown) =>
  error instanceof HttpError && error.code === 'instance.version-conflict';

/**
 * Sends a due deadline to its application as the system. Another process may have written the
 * application since this one last read it: such a conflict is retried once on a fresh read, and a
 * refusal because the task is no longer waiting on its deadline counts as done. The engine and the
 * version check together make the deadline fire at most once, whoever claims it.
 * @example
 * const outcome = await fireDeadline(runtime.instances, { instanceId, taskId: 'review', dueAt });
 * if (outcome.kind === 'failed') log(String(outcome.error));
 */
export async function fireDeadline(instances: Instances, deadline: DeadlineRecord): Promise<FireOutcome> {
  for (let attempt = 0; ; attempt++) {
    try {
      await instances.act(
        deadline.instanceId,
        { kind: 'system' },
        { type: 'deadlinePassed', taskId: deadline.taskId },
      );
      return { kind: 'fired' };
    } catch (error) {
      if (isConflict(error) && attempt === 0) continue;
      if (error instanceof HttpError && ALREADY_HANDLED.has(error.code))
        return { kind: 'settled', code: error.code };
      if (error instanceof HttpError && error.code === 'task.not-due') return { kind: 'not-due' };
      return { kind: 'failed', error };
    }
  }
}
