import type { FieldError } from './forms/index';

/** A refused action or an unusable input, as a value: what went wrong, where, and in words. */
export interface EngineError {
  /** Stable, dotted code, e.g. 'form.invalid', 'step.not-current', 'task.wrong-role'. */
  code: string;
  message: string;
  /** JSON path into the journey or the snapshot, when the error points somewhere. */
  path?: string;
  /** Field errors of a rejected page, for 'form.invalid'. */
  fields?: FieldError[];
}

/**
 * Builds an error value.
 * @example engineError('step.not-current', 'You are on "name", not "age"')
 */
export function engineError(
  code: string,
  message: string,
  extra: Omit<EngineError, 'code' | 'message'> = {},
): EngineError {
  return { code, message, ...extra };
}

/**
 * Thrown by compileJourney when given a journey the validator would have refused (it compiles only
 * validated journeys): a programming error in the host, so it throws rather than returning a value.
 */
export class JourneyCompileError extends Error {
  readonly code: string;
  readonly path: string;
  constructor(code: string, message: string, path: string) {
    super(`${message} (at ${path})`);
    this.name = 'JourneyCompileError';
    this.code = code;
    this.path = path;
  }
}
