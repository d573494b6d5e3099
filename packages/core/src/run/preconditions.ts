import type { CompiledStep } from '../compile/compiled-journey';
import { type EngineError, engineError } from '../errors';
import { contextOf, currentStateOf, isFinished, type RunCore, stepOf } from './run-core';

/** The application has ended: nothing more can happen to it but feedback. */
export function finishedError(core: RunCore): EngineError | null {
  return isFinished(core) ? engineError('journey.completed', 'This application has ended') : null;
}

/**
 * The resident may act on this page: it exists, it is the page they are on, and, while a caseworker
 * waits for more information, it is one they asked about (or one the new answers need).
 */
export function pageError(core: RunCore, stepId: string): EngineError | { step: CompiledStep } {
  const finished = finishedError(core);
  if (finished) return finished;
  const compiled = stepOf(core, stepId);
  if (!compiled)
    return engineError('step.unknown', `There is no step "${stepId}" in this journey`, { path: stepId });
  const current = currentStateOf(core);
  const currentStep = stepOf(core, current);
  if (currentStep?.step.type === 'approval') {
    return engineError('step.not-current', 'The application is waiting for a decision', { path: stepId });
  }
  if (current !== stepId) {
    return engineError('step.not-current', `The current page is "${current}", not "${stepId}"`, {
      path: stepId,
    });
  }
  const context = contextOf(core);
  const info = context.moreInformation;
  const isAnswerPage = compiled.step.type === 'question' || compiled.step.type === 'addAnother';
  if (info && isAnswerPage && !info.pages.includes(stepId) && context.completed.includes(stepId)) {
    return engineError('step.not-allowed', `Only the pages the caseworker asked about can be changed now`, {
      path: stepId,
    });
  }
  return { step: compiled };
}
