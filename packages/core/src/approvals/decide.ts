import type { ApprovalStep, ApprovalTask, Decision } from '@fingerpost/schema';
import { type EngineError, engineError } from '../errors';
import type { JourneyContext } from '../machine/context';
import type { TaskRecord } from './task-record';

/** Who decides, and what they say. */
export interface DecisionBy {
  actor: string;
  role: string;
  comment?: string;
  /** For requestMoreInformation: the pages the resident is asked to revisit. */
  pages?: string[];
  reason?: string;
}

const DECISIONS: readonly Decision[] = ['approve', 'reject', 'requestMoreInformation'];

/**
 * Finds a task of the approval step the application waits in: unknown, closed (decided, cancelled,
 * or waiting for the resident) and open tasks give different errors.
 */
export function findOpenTask(
  context: JourneyContext,
  step: ApprovalStep | null,
  taskId: string,
): EngineError | { task: TaskRecord; definition: ApprovalTask } {
  const matching = context.tasks.filter((t) => t.id === taskId);
  if (matching.length === 0)
    return engineError('task.unknown', `There is no task "${taskId}"`, { path: taskId });
  const task = step ? matching.find((t) => t.stepId === step.id && t.status === 'open') : undefined;
  const definition = step?.tasks.find((t) => t.id === taskId);
  if (!task || !definition) {
    const waiting = matching.some((t) => t.status === 'waitingForResident');
    const message = waiting ? `Task "${taskId}" is waiting for the resident` : `Task "${taskId}" is closed`;
    return engineError('task.closed', message, { path: taskId });
  }
  return { task, definition };
}

/**
 * Checks a caseworker's decision before anything changes: the role may act on the task, the task
 * allows the decision, and a request for more information names pages the resident can revisit.
 * @example checkDecision(task, definition, 'approve', { actor: 'u1', role: 'officer' }, ['name']) // null
 */
export function checkDecision(
  task: TaskRecord,
  definition: ApprovalTask,
  decision: Decision,
  by: DecisionBy,
  answerPagesOnRoute: readonly string[],
): EngineError | null {
  if (!task.roles.includes(by.role)) {
    return engineError(
      'task.wrong-role',
      `The ${by.role} role cannot decide "${task.id}"; it needs ${task.roles.join(' or ')}`,
      {
        path: task.id,
      },
    );
  }
  if (!DECISIONS.includes(decision) || !definition.decisions.includes(decision)) {
    return engineError(
      'task.decision-not-allowed',
      `"${task.id}" does not allow the decision "${String(decision)}"`,
      {
        path: task.id,
      },
    );
  }
  if (decision !== 'requestMoreInformation') return null;
  if (!by.comment || by.comment.trim() === '') {
    return engineError('task.comment-required', 'Say what information the resident needs to give', {
      path: task.id,
    });
  }
  const pages = by.pages ?? [];
  const allowed = (page: string) =>
    answerPagesOnRoute.includes(page) &&
    (definition.revisitable === undefined || definition.revisitable.includes(page));
  const wrong = pages.filter((page) => !allowed(page));
  if (pages.length === 0 || wrong.length > 0) {
    const which = pages.length === 0 ? 'no pages were named' : `cannot revisit ${wrong.join(', ')}`;
    return engineError('task.invalid-pages', `Name the pages the resident should revisit: ${which}`, {
      path: task.id,
    });
  }
  return null;
}
