import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { HttpError } from '../../http/http-error';
import { sessionOf } from './session';

/** The hidden field every form carries its CSRF token in. */
export const CSRF_FIELD = '_csrf';

/** A posted form: text fields (a repeated name gives a list) and uploaded files. */
export type FormValue = string | string[] | File;
export type FormBody = Record<string, FormValue>;

const URLENCODED = /^application\/x-www-form-urlencoded\b/i;
const MULTIPART = /^multipart\/form-data\b/i;

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

function normalise(raw: Record<string, unknown>): FormBody {
  const body: FormBody = {};
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value === 'string' || value instanceof File) body[name] = value;
    else if (Array.isArray(value)) {
      const texts = value.filter((v): v is string => typeof v === 'string');
      const file = value.find((v): v is File => v instanceof File);
      body[name] = file ?? texts;
    }
  }
  return body;
}

/**
 * Reads a posted HTML form (urlencoded, or multipart for uploads) and checks its CSRF token against
 * the session's: no token, or the wrong one, is refused with 403 before anything else happens.
 * A body over `maxBytes` is refused with 413 before it is read.
 */
export async function readForm(c: Context, maxBytes: number): Promise<FormBody> {
  const type = c.req.header('content-type') ?? '';
  if (!URLENCODED.test(type) && !MULTIPART.test(type)) {
    throw new HttpError(400, 'form.unsupported', 'Send the form as application/x-www-form-urlencoded');
  }
  const length = Number(c.req.header('content-length') ?? '0');
  if (length > maxBytes) throw new HttpError(413, 'form.too-large', 'The form is too large');
  let body: FormBody;
  try {
    body = normalise((await c.req.parseBody({ all: true })) as Record<string, unknown>);
  } catch {
    throw new HttpError(400, 'form.unreadable', 'The form could not be read');
  }
  const token = body[CSRF_FIELD];
  if (typeof token !== 'string' || !sameToken(token, sessionOf(c).csrf)) {
    throw new HttpError(403, 'form.csrf', 'The form did not carry this session’s token');
  }
  delete body[CSRF_FIELD];
  return body;
}

/** A text field of a form ('' when absent; the first when repeated). */
export function textField(body: FormBody, name: string): string {
  const value = body[name];
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value[0] ?? '';
  return '';
}
