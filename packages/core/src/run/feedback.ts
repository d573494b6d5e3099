import type { Moment } from '../clock';
import { type EngineError, engineError } from '../errors';
import { RESIDENT } from '../history';
import { currentStateOf, type RunCore, stepOf } from './run-core';

/** Resident feedback: "Is this page useful?", "Report a problem", or the 5-point satisfaction scale. */
export interface FeedbackInput {
  kind: 'pageUseful' | 'pageNotUseful' | 'problem' | 'satisfaction';
  stepId?: string;
  rating?: 1 | 2 | 3 | 4 | 5;
  comment?: string;
}

const KINDS: ReadonlySet<string> = new Set(['pageUseful', 'pageNotUseful', 'problem', 'satisfaction']);
const MAX_COMMENT = 2_000;

/**
 * Records feedback in the history with the journey version and the step it is about (the current
 * one when not named). Allowed at any time, also after the application has ended.
 */
export function giveFeedback(core: RunCore, input: FeedbackInput, now: Moment): EngineError | null {
  if (!KINDS.has(input.kind))
    return engineError('feedback.invalid', `Unknown feedback kind "${String(input.kind)}"`);
  const stepId = input.stepId ?? currentStateOf(core);
  if (input.stepId !== undefined && !stepOf(core, input.stepId)) {
    return engineError('feedback.invalid', `There is no step "${input.stepId}"`, { path: input.stepId });
  }
  const rating = input.rating;
  const ratingGiven = rating !== undefined;
  if (ratingGiven && !(Number.isInteger(rating) && rating >= 1 && rating <= 5)) {
    return engineError('feedback.invalid', 'A rating is a whole number from 1 to 5');
  }
  if (input.kind === 'satisfaction' && !ratingGiven) {
    return engineError('feedback.invalid', 'Select how satisfied you were');
  }
  const comment = input.comment?.trim() ?? '';
  if (comment.length > MAX_COMMENT) {
    return engineError('feedback.invalid', `A comment must be ${MAX_COMMENT} characters or fewer`);
  }
  core.history.append(
    now.at,
    'feedbackGiven',
    RESIDENT,
    { kind: input.kind, rating: rating ?? null, comment: comment === '' ? null : comment },
    stepId,
  );
  return null;
}
