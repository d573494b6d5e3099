import type { Moment } from '../clock';
import type { CompiledStep } from '../compile/compiled-journey';
import { type EngineError, engineError } from '../errors';
import { checkGroupCount, type FieldError, textFor } from '../forms/index';
import type { HistoryActor } from '../history';
import { dispatch } from './dispatch';
import { pageError } from './preconditions';
import { contextOf, type RunCore } from './run-core';

/** The error a rejected page returns; its field errors are kept for the page to show. */
export function formInvalid(
  core: RunCore,
  stepId: string,
  errors: FieldError[],
  raw: Record<string, unknown>,
  itemIndex?: number | null,
): EngineError {
  core.lastRejected = { stepId, errors, raw, ...(itemIndex !== undefined ? { itemIndex } : {}) };
  return engineError('form.invalid', 'There is a problem', { path: stepId, fields: errors });
}

function submitQuestion(
  core: RunCore,
  compiled: CompiledStep,
  input: Record<string, unknown>,
  now: Moment,
  actor: HistoryActor,
) {
  const form = compiled.form!;
  const stepId = compiled.step.id;
  const result = form.parse(input, {
    answers: contextOf(core).answers,
    today: now.today,
    language: core.language,
  });
  if (!result.ok) return formInvalid(core, stepId, result.errors, result.raw);
  // A page field missing from `values` was left blank or is hidden: any earlier answer goes.
  const hidden = form.fields.filter((field) => !(field in result.values));
  dispatch(
    core,
    now,
    { type: 'SUBMIT', stepId, values: result.values, hidden },
    {
      type: 'pageSubmitted',
      actor,
      stepId,
      data: { fields: Object.keys(result.values) },
    },
  );
  return null;
}

function submitAddAnother(core: RunCore, compiled: CompiledStep, now: Moment, actor: HistoryActor) {
  const step = compiled.step;
  if (step.type !== 'addAnother') return null;
  const items = contextOf(core).answers[step.group];
  const list = Array.isArray(items) ? items : [];
  const groupField = core.compiled.journey.fields[step.group];
  if (groupField?.type === 'group') {
    const error = checkGroupCount(list, groupField, step.itemName, core.language, step.group);
    if (error) return formInvalid(core, step.id, [error], {});
  }
  dispatch(
    core,
    now,
    { type: 'SUBMIT', stepId: step.id, values: {}, hidden: [] },
    {
      type: 'pageSubmitted',
      actor,
      stepId: step.id,
      data: { fields: [step.group], items: list.length },
    },
  );
  return null;
}

function ratingOf(input: Record<string, unknown>): number | null | 'invalid' {
  const raw = input.rating;
  if (raw === undefined || raw === null || raw === '') return null;
  const rating = typeof raw === 'number' ? raw : Number(String(raw).trim());
  return Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : 'invalid';
}

function submitFeedbackStep(
  core: RunCore,
  compiled: CompiledStep,
  input: Record<string, unknown>,
  now: Moment,
  actor: HistoryActor,
) {
  const stepId = compiled.step.id;
  const rating = ratingOf(input);
  if (rating === 'invalid') {
    const message =
      core.language === 'cy' ? 'Dewiswch pa mor fodlon oeddech chi' : 'Select how satisfied you were';
    return formInvalid(core, stepId, [{ field: 'rating', code: 'format', message }], {
      rating: input.rating,
    });
  }
  const comment = typeof input.comment === 'string' ? input.comment.trim() : '';
  dispatch(
    core,
    now,
    { type: 'SUBMIT', stepId, values: {}, hidden: [] },
    {
      type: 'feedbackGiven',
      actor,
      stepId,
      data: { kind: 'satisfaction', rating, comment: comment === '' ? null : comment },
    },
  );
  return null;
}

/**
 * Submits the page the resident is on. Check your answers submits the application (or resubmits it
 * after a request for more information); an add-another page's submit means "I've finished adding".
 */
export function submit(
  core: RunCore,
  stepId: string,
  input: Record<string, unknown>,
  actor: HistoryActor,
  now: Moment,
): EngineError | null {
  const checked = pageError(core, stepId);
  if (!('step' in checked)) return checked;
  const compiled = checked.step;
  switch (compiled.step.type) {
    case 'question':
      return submitQuestion(core, compiled, input, now, actor);
    case 'addAnother':
      return submitAddAnother(core, compiled, now, actor);
    case 'feedback':
      return submitFeedbackStep(core, compiled, input, now, actor);
    case 'content':
      dispatch(
        core,
        now,
        { type: 'SUBMIT', stepId, values: {}, hidden: [] },
        { type: 'pageSubmitted', actor, stepId, data: {} },
      );
      return null;
    case 'checkAnswers': {
      const info = contextOf(core).moreInformation;
      const declaration = textFor(compiled.step.declaration, 'en');
      dispatch(
        core,
        now,
        { type: 'SUBMIT', stepId, values: {}, hidden: [] },
        {
          type: info ? 'applicationResubmitted' : 'applicationSubmitted',
          actor,
          stepId,
          data: {
            ...(info ? { round: info.round } : {}),
            ...(declaration ? { declarationAgreed: true } : {}),
          },
        },
      );
      return null;
    }
    default:
      return engineError('step.not-current', `"${stepId}" is not a page`, { path: stepId });
  }
}
