import type { TaskRecord as EngineTask, JourneySnapshot } from '@fingerpost/core';
import type { Journey } from '@fingerpost/schema';
import type { DeadlineRecord, TaskRecord } from '../storage/types';

interface InstanceKeys {
  instanceId: string;
  journeyId: string;
  journeyVersion: string;
  reference: string | null;
}

function titleOf(journey: Journey, task: EngineTask): string {
  const step = journey.steps.find((s) => s.id === task.stepId);
  const definition = step?.type === 'approval' ? step.tasks.find((t) => t.id === task.id) : undefined;
  return definition?.title ?? task.id;
}

/** The latest instant the task changed at: its decision, its pause, or its opening. */
function lastChange(task: EngineTask): string {
  return [task.openedAt, task.pausedAt, task.decision?.at]
    .filter((at): at is string => typeof at === 'string')
    .sort()
    .at(-1) as string;
}

/**
 * The caseworker tasks of an instance, as the queue stores them, from the engine's snapshot. A task
 * id occurs once per instance (a later approval stage reusing an id replaces the earlier row).
 */
export function tasksOf(snapshot: JourneySnapshot, journey: Journey, keys: InstanceKeys): TaskRecord[] {
  const byId = new Map<string, TaskRecord>();
  for (const task of snapshot.machine.context.tasks) {
    byId.set(task.id, {
      instanceId: keys.instanceId,
      taskId: task.id,
      journeyId: keys.journeyId,
      journeyVersion: keys.journeyVersion,
      stepId: task.stepId,
      title: titleOf(journey, task),
      roles: [...task.roles],
      status: task.status,
      dueAt: task.dueAt,
      paused: task.pausedAt !== null,
      escalated: task.escalated,
      reference: keys.reference,
      createdAt: task.openedAt,
      updatedAt: lastChange(task),
    });
  }
  return [...byId.values()];
}

/** The deadlines the scheduler must watch: open tasks with a running clock. */
export function deadlinesOf(
  due: ReadonlyArray<{ taskId: string; dueAt: string }>,
  instanceId: string,
): DeadlineRecord[] {
  return due.map((d) => ({ instanceId, taskId: d.taskId, dueAt: d.dueAt }));
}
