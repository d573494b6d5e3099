import type { Clock, FeedbackInput } from '@fingerpost/core';
import { type FieldProblem, HttpError } from '../http/http-error';
import type { FeedbackRecord, Storage } from '../storage/types';
import type { JourneyCatalogue } from './catalogue';
import { type RandomBytes, uuid } from './ids';

const MAX_COMMENT = 2_000;

/** The engine's rules for feedback, for feedback given without an application (e.g. on the start page). */
function problems(journeySteps: ReadonlySet<string>, input: FeedbackInput): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (input.stepId !== undefined && !journeySteps.has(input.stepId))
    out.push({ field: 'stepId', code: 'unknown', message: `There is no step "${input.stepId}"` });
  if (input.kind === 'satisfaction' && input.rating === undefined)
    out.push({ field: 'rating', code: 'required', message: 'Select how satisfied you were' });
  if ((input.comment?.trim().length ?? 0) > MAX_COMMENT)
    out.push({
      field: 'comment',
      code: 'maxLength',
      message: `A comment must be ${MAX_COMMENT} characters or fewer`,
    });
  return out;
}

/** Records feedback on a journey's latest published version, not tied to an application. */
export async function journeyFeedback(
  deps: { storage: Storage; catalogue: JourneyCatalogue; clock: Clock; random?: RandomBytes },
  journeyId: string,
  input: FeedbackInput,
): Promise<FeedbackRecord> {
  const journey = await deps.catalogue.latest(journeyId);
  if (!journey) throw new HttpError(404, 'journey.not-found', `There is no published journey "${journeyId}"`);
  const found = problems(new Set(journey.compiled.steps.keys()), input);
  if (found.length > 0)
    throw new HttpError(422, 'feedback.invalid', 'The feedback cannot be recorded', { errors: found });
  const comment = input.comment?.trim() ?? '';
  const record: FeedbackRecord = {
    id: uuid(deps.random),
    journeyId,
    journeyVersion: journey.record.version,
    instanceId: null,
    stepId: input.stepId ?? null,
    kind: input.kind,
    rating: input.rating ?? null,
    comment: comment === '' ? null : comment,
    at: deps.clock().toISOString(),
  };
  await deps.storage.addFeedback(record);
  return record;
}
