import type { ApprovalStep, Decision } from '@fingerpost/schema';
import { checkDecision, type DecisionBy, findOpenTask } from '../approvals/decide';
import type { Moment } from '../clock';
import { type EngineError, engineError } from '../errors';
import { textFor } from '../forms/index';
import { SYSTEM } from '../history';
import { dispatch } from './dispatch';
import { answerPagesOnRoute } from './navigation';
import { finishedError } from './preconditions';
import { contextOf, currentStateOf, type RunCore, stepOf } from './run-core';

function currentApproval(core: RunCore): ApprovalStep | null {
  const step = stepOf(core, currentStateOf(core))?.step;
  return step?.type === 'approval' ? step : null;
}

/** A caseworker decides a task; nothing changes when the decision is refused. */
export function decide(
  core: RunCore,
  taskId: string,
  decision: Decision,
  by: DecisionBy,
  now: Moment,
): EngineError | null {
  const finished = finishedError(core);
  if (finished) return finished;
  const step = currentApproval(core);
  const found = findOpenTask(contextOf(core), step, taskId);
  if ('code' in found) return found;
  const pages = answerPagesOnRoute(core, now.today);
  const refused = checkDecision(found.task, found.definition, decision, by, pages);
  if (refused) return refused;
  // The pages in route order, so the resident meets them as the journey asks them.
  const asked = decision === 'requestMoreInformation' ? pages.filter((p) => by.pages?.includes(p)) : [];
  const comment = by.comment?.trim() || null;
  dispatch(
    core,
    now,
    { type: 'DECIDE', taskId, decision, actor: by.actor, role: by.role, comment, pages: asked },
    {
      type: decision === 'requestMoreInformation' ? 'moreInformationRequested' : 'decided',
      actor: { kind: 'caseworker', id: by.actor, role: by.role },
      stepId: step?.id,
      data: {
        taskId,
        decision,
        comment,
        ...(by.reason ? { reason: by.reason } : {}),
        ...(decision === 'requestMoreInformation' ? { pages: asked, round: contextOf(core).rounds + 1 } : {}),
      },
    },
  );
  return null;
}

/**
 * The host's scheduler says a task is due. Refused unless the injected clock agrees; then the task
 * escalates or is decided automatically, as the journey says (or is marked overdue).
 */
export function deadlinePassed(core: RunCore, taskId: string, now: Moment): EngineError | null {
  const finished = finishedError(core);
  if (finished) return finished;
  const step = currentApproval(core);
  const found = findOpenTask(contextOf(core), step, taskId);
  if ('code' in found) return found;
  const { task, definition } = found;
  if (task.dueAt === null || task.overdue) {
    return engineError('task.no-deadline', `Task "${taskId}" has no deadline to pass`, { path: taskId });
  }
  if (Date.parse(now.at) < Date.parse(task.dueAt)) {
    return engineError('task.not-due', `Task "${taskId}" is not due until ${task.dueAt}`, { path: taskId });
  }
  const onDeadline = definition.onDeadline;
  const primary = { type: 'deadlinePassed' as const, actor: SYSTEM, stepId: task.stepId };
  if (onDeadline?.action === 'decide') {
    const reason = onDeadline.reason ? textFor(onDeadline.reason, 'en') : null;
    dispatch(
      core,
      now,
      {
        type: 'DECIDE',
        taskId,
        decision: onDeadline.decision,
        actor: 'system',
        role: 'system',
        comment: reason,
        pages: [],
      },
      {
        ...primary,
        data: { taskId, dueAt: task.dueAt, action: 'decide', decision: onDeadline.decision, reason },
      },
    );
    return null;
  }
  const escalateTo = onDeadline?.action === 'escalate' ? onDeadline.role : null;
  dispatch(
    core,
    now,
    { type: 'DEADLINE', taskId, escalateTo },
    {
      ...primary,
      data: {
        taskId,
        dueAt: task.dueAt,
        action: escalateTo ? 'escalate' : 'none',
        ...(escalateTo ? { role: escalateTo } : {}),
      },
    },
  );
  return null;
}

/** Open tasks with a running deadline, soonest first: what a host's scheduler should watch. */
export function dueDeadlines(core: RunCore): Array<{ taskId: string; dueAt: string }> {
  if (core.actor.getSnapshot().status === 'done') return [];
  return contextOf(core)
    .tasks.filter((t) => t.status === 'open' && t.dueAt !== null && !t.overdue)
    .map((t) => ({ taskId: t.id, dueAt: t.dueAt as string }))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}
