import type { FieldProblem } from './api-types';

/** A refused or failed request, from the server's problem+json answer (or the network). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: FieldProblem[];
  constructor(status: number, code: string, message: string, errors: FieldProblem[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.errors = errors;
  }
}

/** Reads a problem+json body into an ApiError, whatever the server sent. */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    body = (await response.json()) as Record<string, unknown>;
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  const message =
    typeof body.detail === 'string'
      ? body.detail
      : typeof body.title === 'string'
        ? body.title
        : `The server answered ${response.status} ${response.statusText}`;
  const code = typeof body.code === 'string' ? body.code : `http.${response.status}`;
  const errors = Array.isArray(body.errors) ? (body.errors as FieldProblem[]) : [];
  return new ApiError(response.status, code, message, errors);
}
