import type { TaskRecord } from '../../approvals/task-record';
import { instantOf } from '../context';
import { type ContextUpdate, eventOf } from './action-types';

/**
 * A caseworker (or the deadline) decided a task of the current approval step. A rejection closes the
 * step, so its other open tasks are cancelled.
 */
export const recordDecision: ContextUpdate<{ stepId: string }> = (context, event, { stepId }) => {
  const decide = eventOf(event, 'DECIDE');
  if (!decide || decide.decision === 'requestMoreInformation') return {};
  const at = instantOf(context, event);
  const rejected = decide.decision === 'reject';
  const tasks = context.tasks.map((task): TaskRecord => {
    if (task.stepId !== stepId) return task;
    if (task.id === decide.taskId && task.status === 'open') {
      return {
        ...task,
        status: rejected ? 'rejected' : 'approved',
        decision: { decision: decide.decision, actor: decide.actor, role: decide.role, at },
      };
    }
    return rejected && task.status === 'open' ? { ...task, status: 'cancelled' } : task;
  });
  return { tasks };
};
