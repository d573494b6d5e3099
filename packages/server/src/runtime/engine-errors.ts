import type { EngineError } from '@fingerpost/core';
import { type FieldProblem, HttpError } from '../http/http-error';

/** HTTP statuses for the engine's refusals: what the client asked for does not exist (404), is not
 * allowed to this caller (403), does not fit the application's state now (409), or is invalid (422). */
const STATUS: Record<string, number> = {
  'form.invalid': 422,
  'feedback.invalid': 422,
  'task.comment-required': 422,
  'task.invalid-pages': 422,
  'task.decision-not-allowed': 422,
  'step.unknown': 404,
  'item.unknown': 404,
  'task.unknown': 404,
  'task.wrong-role': 403,
  'step.not-current': 409,
  'step.not-allowed': 409,
  'step.not-add-another': 409,
  'back.not-allowed': 409,
  'change.not-allowed': 409,
  'journey.completed': 409,
  'task.closed': 409,
  'task.no-deadline': 409,
  'task.not-due': 409,
  'payment.invalid': 422,
  'payment.refund-invalid': 422,
  'payment.unknown': 404,
  'payment.in-progress': 409,
  'payment.already-settled': 409,
  'payment.no-amount': 409,
  'language.unsupported': 422,
};

/** The field problems of a rejected page, as the API lists them. */
export function fieldProblems(error: EngineError): FieldProblem[] {
  return (error.fields ?? []).map((f) => ({ field: f.field, code: f.code, message: f.message }));
}

/**
 * The HTTP error for an engine refusal; anything the engine reports that is not about the request
 * (a snapshot it cannot read) is the server's fault.
 * @example httpErrorOf({ code: 'step.not-current', message: 'The current page is "age"' }).status // 409
 */
export function httpErrorOf(error: EngineError, extra: Record<string, unknown> = {}): HttpError {
  const status = STATUS[error.code] ?? 500;
  const errors = error.code === 'form.invalid' ? fieldProblems(error) : undefined;
  return new HttpError(status, error.code, error.message, {
    ...(errors ? { errors } : {}),
    extra: { ...(error.path !== undefined ? { path: error.path } : {}), ...extra },
  });
}
