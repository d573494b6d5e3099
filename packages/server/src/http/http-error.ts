/** One problem with a request field, as a 422 lists it. */
export interface FieldProblem {
  /** The field (answer name or body property path) the problem is about; '' for the whole body. */
  field: string;
  code: string;
  message: string;
}

export interface HttpErrorOptions {
  /** Field problems, for 422. */
  errors?: FieldProblem[];
  /** Extra members for the problem document (e.g. the instance's current `version`). */
  extra?: Record<string, unknown>;
  /** Extra response headers (e.g. Retry-After, Allow, WWW-Authenticate). */
  headers?: Record<string, string>;
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorised',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/**
 * The one error type of the HTTP layer and the runtime: a status, a stable dotted `code` and a
 * human message. The app's single `onError` turns it into an RFC 9457 problem document.
 * @example throw new HttpError(409, 'instance.version-conflict', 'The application changed since version 3');
 */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: FieldProblem[] | undefined;
  readonly extra: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(status: number, code: string, message: string, options: HttpErrorOptions = {}) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.errors = options.errors;
    this.extra = options.extra ?? {};
    this.headers = options.headers ?? {};
  }

  get title(): string {
    return TITLES[this.status] ?? 'Error';
  }
}

/** The problem document (application/problem+json) for an error. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: FieldProblem[];
  [extra: string]: unknown;
}

/**
 * The problem document of an HttpError; `type` is a stable URI per code so clients can match on it.
 * @example problemOf(new HttpError(404, 'instance.not-found', 'No such application')).type // 'urn:fingerpost:problem:instance.not-found'
 */
export function problemOf(error: HttpError): Problem {
  return {
    ...error.extra,
    type: `urn:fingerpost:problem:${error.code}`,
    title: error.title,
    status: error.status,
    detail: error.message,
    code: error.code,
    ...(error.errors ? { errors: error.errors } : {}),
  };
}

/** The response for an error: problem+json with its headers. */
export function problemResponse(error: HttpError): Response {
  return new Response(JSON.stringify(problemOf(error)), {
    status: error.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...error.headers },
  });
}
