import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { HttpError, problemResponse } from './http-error';

/** Renders errors on non-API paths (the HTML pages' own error pages); null falls back to problem+json. */
export type RenderError = (
  error: HttpError,
  c: Context,
) => Response | null | undefined | Promise<Response | null | undefined>;

/** Any thrown value as an HttpError: ours as they are, Hono's by status, anything else a 500 that says nothing inside. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 413) return new HttpError(413, 'body.too-large', 'The request body is too large');
    return new HttpError(
      error.status,
      `http.${error.status}`,
      error.message || 'The request cannot be handled',
    );
  }
  return new HttpError(500, 'internal', 'Something went wrong on our side. It has been logged');
}

/** The client went away before its request was read (a closed connection mid-body): not our fault. */
function clientAborted(error: unknown, c: Context): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return c.req.raw.signal?.aborted === true || code === 'ECONNRESET';
}

const isApi = (path: string) => path.startsWith('/api/') || path === '/healthz';

/**
 * The app's one onError: every failure becomes an RFC 9457 problem document (or, off the API, the
 * page renderer's error page). Server faults are logged with their cause; client errors are not.
 */
export function errorHandler(log: (line: string) => void, render?: RenderError): ErrorHandler {
  return async (error, c) => {
    const http = clientAborted(error, c)
      ? new HttpError(400, 'request.aborted', 'The connection closed before the request was complete')
      : toHttpError(error);
    if (http.status >= 500)
      log(
        `fingerpost: ${c.req.method} ${c.req.path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    // An unreadable address (see request-target.ts) cannot be rendered as a page.
    if (render && !isApi(c.req.path) && URL.canParse(c.req.url)) {
      const page = await render(http, c);
      if (page) return page;
    }
    return problemResponse(http);
  };
}

/** Unknown addresses: 404 (the 405 middleware turns it into 405 when another method would match). */
export function notFoundHandler(render?: RenderError): NotFoundHandler {
  return async (c) => {
    const error = new HttpError(404, 'not-found', `There is nothing at ${c.req.path}`);
    if (render && !isApi(c.req.path)) {
      const page = await render(error, c);
      if (page) return page;
    }
    return problemResponse(error);
  };
}
