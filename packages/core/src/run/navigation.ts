import type { Moment } from '../clock';
import { ANSWER_PAGE_TYPES } from '../compile/compiled-journey';
import { type EngineError, engineError } from '../errors';
import { RESIDENT } from '../history';
import { walkPath } from '../path';
import { dispatch } from './dispatch';
import { paymentInProgress } from './payments';
import { finishedError } from './preconditions';
import { contextOf, currentStateOf, type RunCore, stepOf } from './run-core';

/** Back to the page the resident came from (never a branch or an eligibility step: they have no page). */
export function back(core: RunCore, now: Moment): EngineError | null {
  const finished = finishedError(core);
  if (finished) return finished;
  const current = currentStateOf(core);
  const target = contextOf(core).backStack.at(-1);
  if (stepOf(core, current)?.step.type === 'approval' || target === undefined) {
    return engineError('back.not-allowed', 'There is no page to go back to');
  }
  if (paymentInProgress(contextOf(core), current)) {
    return engineError('payment.in-progress', 'A payment is in progress: finish or cancel it first');
  }
  dispatch(
    core,
    now,
    { type: 'GO', target, from: current, mode: 'back' },
    {
      type: 'wentBack',
      actor: RESIDENT,
      stepId: current,
      data: { to: target },
    },
  );
  return null;
}

/** The answer pages on the resident's route: what check your answers lists and Change may open. */
export function answerPagesOnRoute(core: RunCore, today: string, context = contextOf(core)): string[] {
  const path = walkPath(
    core.compiled.steps,
    core.compiled.journey.start,
    context.answers,
    new Set(context.completed),
    today,
  );
  return path.completedPages.filter((id) => {
    const type = stepOf(core, id)?.step.type;
    return type !== undefined && ANSWER_PAGE_TYPES.has(type);
  });
}

/**
 * From check your answers, opens the page that asks an answer. After it is submitted the resident
 * goes on along the route and comes back to check your answers as soon as the route is complete.
 */
export function change(core: RunCore, stepId: string, now: Moment): EngineError | null {
  const finished = finishedError(core);
  if (finished) return finished;
  const current = currentStateOf(core);
  if (stepOf(core, current)?.step.type !== 'checkAnswers') {
    return engineError('change.not-allowed', 'Answers can be changed from check your answers only', {
      path: stepId,
    });
  }
  if (!answerPagesOnRoute(core, now.today).includes(stepId)) {
    return engineError('change.not-allowed', `"${stepId}" is not a question on this application's route`, {
      path: stepId,
    });
  }
  const info = contextOf(core).moreInformation;
  if (info && !info.pages.includes(stepId)) {
    return engineError('step.not-allowed', 'Only the pages the caseworker asked about can be changed now', {
      path: stepId,
    });
  }
  dispatch(
    core,
    now,
    { type: 'GO', target: stepId, from: current, mode: 'change' },
    {
      type: 'changeStarted',
      actor: RESIDENT,
      stepId,
      data: {},
    },
  );
  return null;
}
