import { type ContextUpdate, eventOf } from './action-types';

/**
 * A task's deadline passed. Escalating hands the task to the escalation role only, with no further
 * deadline (so it escalates once, not over and over); with nothing to do, the task is marked overdue.
 */
export const passDeadline: ContextUpdate = (context, event) => {
  const passed = eventOf(event, 'DEADLINE');
  if (!passed) return {};
  return {
    tasks: context.tasks.map((task) => {
      if (task.id !== passed.taskId || task.status !== 'open') return task;
      if (passed.escalateTo === null) return { ...task, overdue: true };
      return { ...task, roles: [passed.escalateTo], escalated: true, dueAt: null, lastWorkingDay: null };
    }),
  };
};
