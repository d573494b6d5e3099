import type { Decision, Journey } from '@fingerpost/schema';
import type { TaskRecord } from '../approvals/task-record';
import type { TaskView } from '../view-types';

/** Every task so far, with the decisions the viewing role may make on each now. */
export function tasksView(
  journey: Journey,
  tasks: readonly TaskRecord[],
  role: string | undefined,
): TaskView[] {
  return tasks.map((task) => {
    const step = journey.steps.find((s) => s.id === task.stepId);
    const definition = step?.type === 'approval' ? step.tasks.find((t) => t.id === task.id) : undefined;
    const canAct = task.status === 'open' && role !== undefined && task.roles.includes(role);
    const allowedDecisions: Decision[] = canAct && definition ? [...definition.decisions] : [];
    return {
      id: task.id,
      stepId: task.stepId,
      title: definition?.title ?? task.id,
      roles: [...task.roles],
      status: task.status,
      dueAt: task.dueAt,
      paused: task.pausedAt !== null,
      escalated: task.escalated,
      allowedDecisions,
    };
  });
}
