import type { MiddlewareHandler } from 'hono';
import { HttpError } from './http-error';

/** `%00` in any form: no address or query of this server carries U+0000, and PostgreSQL text cannot hold it. */
const ENCODED_NUL = /%00/i;

/**
 * Refuses, with a 400, a request whose address cannot be read: a Host header that is no host name
 * (Node's parser passes `Host: 6127.0.0.1` through, and the URL built from it fails to parse later,
 * deep inside a handler) or an encoded NUL character in the path or query.
 * @example app.use(requireReadableTarget())
 */
export function requireReadableTarget(): MiddlewareHandler {
  return async (c, next) => {
    if (!URL.canParse(c.req.url))
      throw new HttpError(400, 'request.invalid-host', 'The Host header is not a valid host name');
    if (ENCODED_NUL.test(c.req.url))
      throw new HttpError(
        400,
        'request.nul-character',
        'The address contains a NUL character (%00), which is never valid here',
      );
    await next();
  };
}
