import type { ApprovalStep, Decision, Journey } from '@fingerpost/schema';
import type { CompiledJourney } from '../compile/compiled-journey';
import type { EngineError } from '../errors';
import type { JourneyView } from '../view-types';
import type { RouteDriver } from './driver';
import type { JourneyConditions } from './journey-conditions';
import { itemLists, questionInputs } from './page-inputs';
import type { RouteProblemCode } from './types';

/** Why a move could not be made: becomes a RouteProblem. */
export interface MoveFailure {
  code: RouteProblemCode;
  message: string;
  input?: unknown;
  error: EngineError;
}

/** One thing the explorer can do from where a route stands. */
export interface Move {
  perform(driver: RouteDriver): MoveFailure | null;
}

export interface MoveContext {
  journey: Journey;
  compiled: CompiledJourney;
  conditions: JourneyConditions;
}

const EXPLORER = 'route-explorer';

function failure(error: EngineError, input: unknown, what: string): MoveFailure {
  const rejected = error.code === 'form.invalid';
  const fields = error.fields?.map((f) => `${f.field}: ${f.message} (${f.code})`).join('; ');
  return {
    code: error.code === 'engine.threw' ? 'engine.threw' : rejected ? 'answer.rejected' : 'action.refused',
    message: rejected
      ? `The engine rejected ${what} the explorer took to be valid: ${fields || error.message}`
      : `The engine refused ${what}: ${error.message} [${error.code}]`,
    input,
    error,
  };
}

function submitMove(stepId: string, input: Record<string, unknown>, record?: (d: RouteDriver) => void): Move {
  return {
    perform(driver) {
      const result = driver.act('forward', (run) => run.submit(stepId, input));
      if (!result.ok) return failure(result.error, input, `the answers on "${stepId}"`);
      driver.pageInputs[stepId] = input;
      record?.(driver);
      return null;
    },
  };
}

function itemsMove(stepId: string, group: string, items: Array<Record<string, unknown>>): Move {
  return {
    perform(driver) {
      for (const item of items) {
        const added = driver.act('forward', (run) => run.addItem(stepId, item));
        if (!added.ok) return failure(added.error, item, `an item on "${stepId}"`);
      }
      const done = driver.act('forward', (run) => run.submit(stepId, {}));
      if (!done.ok) return failure(done.error, items, `finishing the list on "${stepId}"`);
      driver.pageInputs[stepId] = {};
      driver.answers[group] = items;
      return null;
    },
  };
}

/**
 * Pays on a payment step. Explored routes treat every payment as succeeding: a failed payment only
 * keeps the resident on the step, which adds no route of its own.
 */
function paymentMove(stepId: string): Move {
  return {
    perform(driver) {
      const attempt = driver.view().payments.filter((p) => p.stepId === stepId).length + 1;
      const paymentId = `explorer-${stepId}-${attempt}`;
      const started = driver.run.paymentStarted(stepId, paymentId);
      if (!started.ok) return failure(started.error, { paymentId }, `starting the payment on "${stepId}"`);
      const settled = driver.act('forward', (run) =>
        run.paymentSettled(stepId, { paymentId, state: 'success' }),
      );
      if (!settled.ok) return failure(settled.error, { paymentId }, `the payment on "${stepId}"`);
      return null;
    },
  };
}

/** The first page on the route the task lets a caseworker send the resident back to. */
function pageToRevisit(context: MoveContext, driver: RouteDriver, revisitable: string[] | undefined) {
  return driver.trace.steps.find((id) => {
    const type = context.compiled.steps.get(id)?.step.type;
    return (
      (type === 'question' || type === 'addAnother') &&
      (revisitable === undefined || revisitable.includes(id))
    );
  });
}

function decisionMove(
  context: MoveContext,
  step: ApprovalStep,
  taskId: string,
  role: string,
  decision: Decision,
): Move {
  return {
    perform(driver) {
      const by = { actor: EXPLORER, role };
      const record = { stepId: step.id, taskId, decision, role };
      if (decision !== 'requestMoreInformation') {
        const result = driver.act('decision', (run) => run.decide(taskId, decision, by));
        if (!result.ok) return failure(result.error, record, `the decision "${decision}" on "${taskId}"`);
        driver.decisions.push(record);
        return null;
      }
      const definition = step.tasks.find((t) => t.id === taskId);
      const page = pageToRevisit(context, driver, definition?.revisitable) as string;
      const comment = 'The route explorer asks the resident to check this page';
      const sent = driver.act('jump', (run) =>
        run.decide(taskId, decision, { ...by, comment, pages: [page] }),
      );
      if (!sent.ok)
        return failure(
          sent.error,
          { ...record, pages: [page] },
          `a request for more information on "${taskId}"`,
        );
      driver.decisions.push(record);
      // After a round of more information the explorer approves: every task of the step is settled.
      for (const task of step.tasks) driver.settled.push(`${step.id}/${task.id}`);
      const on = sent.view.step.id;
      const again = driver.pageInputs[on] ?? {};
      const resubmitted = driver.act('forward', (run) => run.submit(on, again));
      if (!resubmitted.ok) return failure(resubmitted.error, again, `the answers on "${on}" submitted again`);
      return null;
    },
  };
}

function deadlineMove(step: ApprovalStep, dueAt: string): Move {
  return {
    perform(driver) {
      driver.now = Math.max(driver.now, Date.parse(dueAt));
      for (const due of driver.run.dueDeadlines()) {
        if (Date.parse(due.dueAt) > driver.now) continue;
        const result = driver.act('decision', (run) => run.deadlinePassed(due.taskId));
        if (!result.ok) return failure(result.error, due, `the deadline of "${due.taskId}"`);
        driver.decisions.push({ stepId: step.id, taskId: due.taskId, decision: 'deadlinePassed' });
        driver.settled.push(`${step.id}/${due.taskId}`);
        if (result.view.status !== 'awaitingDecision' || result.view.step.id !== step.id) break;
      }
      return null;
    },
  };
}

/**
 * At an approval step: the first open task is approved, rejected, sent back for more information
 * (one page revisited and submitted again, then approved) and left to pass its deadline. A task
 * already sent back or past its deadline is simply approved.
 */
function approvalMoves(context: MoveContext, driver: RouteDriver, view: JourneyView): Move[] {
  const step = context.compiled.steps.get(view.step.id)?.step;
  if (step?.type !== 'approval') return [];
  const task = view.tasks.find((t) => t.stepId === step.id && t.status === 'open');
  if (!task) return [];
  const settled = driver.settled.includes(`${step.id}/${task.id}`);
  const moves: Move[] = [];
  const role = task.roles.find(
    (r) =>
      (driver.run.view({ role: r }).tasks.find((t) => t.id === task.id && t.status === 'open')
        ?.allowedDecisions.length ?? 0) > 0,
  );
  if (role) {
    const allowed =
      driver.run.view({ role }).tasks.find((t) => t.id === task.id && t.status === 'open')
        ?.allowedDecisions ?? [];
    const decisions = settled ? allowed.filter((d) => d === 'approve').slice(0, 1) : allowed;
    for (const decision of decisions.length > 0 ? decisions : allowed.slice(0, 1)) {
      if (decision === 'requestMoreInformation') {
        const revisitable = step.tasks.find((t) => t.id === task.id)?.revisitable;
        if (pageToRevisit(context, driver, revisitable) === undefined) continue;
      }
      moves.push(decisionMove(context, step, task.id, role, decision));
    }
  }
  const due = driver.run.dueDeadlines().find((d) => d.taskId === task.id);
  if (due && (!settled || !role)) moves.push(deadlineMove(step, due.dueAt));
  return moves;
}

/** Everything the explorer tries from the step a route rests on. */
export function movesFrom(context: MoveContext, driver: RouteDriver): Move[] {
  const view = driver.view();
  const compiled = context.compiled.steps.get(view.step.id);
  if (!compiled) return [];
  const step = compiled.step;
  const answers = driver.run.answers as Record<string, unknown>;
  switch (step.type) {
    case 'question':
      return questionInputs(compiled, context.journey, context.conditions, answers, driver.today()).map(
        (input) => submitMove(step.id, input, (d) => Object.assign(d.answers, input)),
      );
    case 'addAnother':
      return itemLists(compiled, context.journey, context.conditions, answers, driver.today()).map((items) =>
        itemsMove(step.id, step.group, items),
      );
    case 'content':
    case 'checkAnswers':
      return [submitMove(step.id, {})];
    case 'feedback':
      return [submitMove(step.id, { rating: 5 })];
    case 'approval':
      return approvalMoves(context, driver, view);
    case 'payment':
      return [paymentMove(step.id)];
    default:
      return [];
  }
}
