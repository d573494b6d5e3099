import type { TaskRecord } from '../../approvals/task-record';
import { instantOf } from '../context';
import { type ContextUpdate, eventOf } from './action-types';

/**
 * A caseworker sent the application back: every task of the step waits for the resident (deadlines
 * that say so stop), and the resident is taken through the named pages, then check your answers.
 */
export const requestMoreInformation: ContextUpdate<{ stepId: string }> = (
  context,
  event,
  { stepId },
  deps,
) => {
  const decide = eventOf(event, 'DECIDE');
  const compiled = deps.steps.get(stepId);
  if (!decide || !compiled || compiled.step.type !== 'approval') return {};
  const at = instantOf(context, event);
  const pausing = new Set(
    compiled.step.tasks.filter((t) => t.deadline?.pauseWhileWaitingForResident === true).map((t) => t.id),
  );
  const tasks = context.tasks.map((task): TaskRecord => {
    if (task.stepId !== stepId || (task.status !== 'open' && task.status !== 'approved')) return task;
    return {
      ...task,
      status: 'waitingForResident',
      pausedAt: pausing.has(task.id) && task.dueAt !== null ? at : null,
    };
  });
  const round = context.rounds + 1;
  return {
    tasks,
    rounds: round,
    moreInformation: {
      stepId,
      taskId: decide.taskId,
      comment: decide.comment ?? '',
      pages: [...decide.pages],
      round,
      requestedAt: at,
    },
    returning: true,
    pendingRevisit: [...decide.pages],
    backStack: [],
  };
};
