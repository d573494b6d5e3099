import { dueTime, resumedDueTime } from '../../approvals/deadlines';
import type { TaskRecord } from '../../approvals/task-record';
import { instantOf, todayOf } from '../context';
import type { ContextUpdate } from './action-types';

/**
 * Entering an approval step opens one task per `tasks[]` entry, all at once. Coming back after the
 * resident answered a request for more information reopens them all (the answers may have changed),
 * moving paused deadlines on by the time the resident took.
 */
export const openTasks: ContextUpdate<{ stepId: string }> = (context, event, { stepId }, deps) => {
  const compiled = deps.steps.get(stepId);
  if (compiled?.step.type !== 'approval') return {};
  const now = { at: instantOf(context, event), today: todayOf(context, event) };
  const waiting = new Map(
    context.tasks
      .filter((t) => t.stepId === stepId && t.status === 'waitingForResident')
      .map((t) => [t.id, t]),
  );
  const others = context.tasks.filter((t) => t.stepId !== stepId);
  const opened: TaskRecord[] = compiled.step.tasks.map((def) => {
    const previous = waiting.get(def.id);
    if (previous) {
      const due =
        previous.pausedAt !== null && previous.dueAt !== null
          ? resumedDueTime(
              { dueAt: previous.dueAt, lastWorkingDay: previous.lastWorkingDay },
              previous.pausedAt,
              now,
              deps.calendar,
            )
          : { dueAt: previous.dueAt, lastWorkingDay: previous.lastWorkingDay };
      return { ...previous, ...due, status: 'open', pausedAt: null, decision: null };
    }
    const due = def.deadline
      ? dueTime(def.deadline, now, deps.calendar)
      : { dueAt: null, lastWorkingDay: null };
    return {
      id: def.id,
      stepId,
      status: 'open',
      roles: [...def.roles],
      openedAt: now.at,
      ...due,
      pausedAt: null,
      escalated: false,
      overdue: false,
      decision: null,
    };
  });
  return { tasks: [...others, ...opened] };
};
