import type { Context } from 'hono';
import { type JsonSchema, validateAgainst } from '../api/json-schema';
import { type FieldProblem, HttpError } from './http-error';

/** Deeper than any request the API defines: refusing it keeps recursion everywhere else bounded. */
export const MAX_JSON_DEPTH = 32;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json(?:\s*;.*)?$/i;

/**
 * Whether the request carries a body: a declared length above 0, a chunked stream, or (for
 * requests made in process, which declare neither) a stream with a declared content type. A POST
 * with no body and no Content-Type (`curl -X POST`) has none.
 */
export function hasBody(request: Request): boolean {
  const length = request.headers.get('content-length');
  if (length !== null) return Number(length) > 0;
  if (request.headers.has('transfer-encoding')) return true;
  return request.body !== null && request.headers.has('content-type');
}

/**
 * Walks a parsed JSON value without recursion and reports the first place that is nested too
 * deeply or holds U+0000 (which no stored text may contain and no resident types).
 */
export function structureProblem(value: unknown): FieldProblem | null {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value, depth: 0, path: '' }];
  while (stack.length > 0) {
    const { value: current, depth, path } = stack.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000'))
        return {
          field: path,
          code: 'invalid-character',
          message: `${path || 'The body'} contains a NUL character`,
        };
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= MAX_JSON_DEPTH)
      return {
        field: path,
        code: 'too-deep',
        message: `The body is nested more than ${MAX_JSON_DEPTH} levels deep`,
      };
    for (const [key, child] of Object.entries(current)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      if (key.includes('\u0000'))
        return {
          field: path,
          code: 'invalid-character',
          message: 'A property name contains a NUL character',
        };
      stack.push({ value: child, depth: depth + 1, path: childPath });
    }
  }
  return null;
}

/**
 * Reads a JSON request body: 415 for another content type, 400 for malformed JSON, 422 with the
 * field problems when it does not match `schema`. An absent body reads as `{}`.
 * @example const body = await readJsonBody(c, { type: 'object', required: ['answers'] });
 */
export async function readJsonBody(c: Context, schema: JsonSchema): Promise<unknown> {
  const request = c.req.raw;
  let text = '';
  if (hasBody(request)) {
    const type = request.headers.get('content-type') ?? '';
    if (!JSON_TYPE.test(type.trim()))
      throw new HttpError(415, 'body.unsupported-media-type', 'Send the body as application/json', {
        headers: { accept: 'application/json' },
      });
    try {
      text = await c.req.text();
    } catch {
      throw new HttpError(400, 'body.unreadable', 'The request body could not be read');
    }
  }
  let value: unknown = {};
  if (text.trim() !== '') {
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new HttpError(
        400,
        'body.malformed-json',
        `The body is not valid JSON: ${(error as Error).message}`,
      );
    }
  }
  const structure = structureProblem(value);
  if (structure) throw new HttpError(422, 'body.invalid', structure.message, { errors: [structure] });
  const errors = validateAgainst(schema, value);
  if (errors.length > 0)
    throw new HttpError(422, 'body.invalid', 'The request body is not what this operation expects', {
      errors,
    });
  return value;
}
