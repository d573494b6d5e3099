import type { Context } from 'hono';
import { HttpError } from '../http/http-error';
import { validateAgainst } from './json-schema';
import { paramsOf } from './params';
import type { RouteSpec } from './route';

/** The path parameters, each matching its pattern; anything else is an address with nothing at it (404). */
export function readParams(route: RouteSpec, c: Context): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, schema] of Object.entries(paramsOf(route.path))) {
    const value = c.req.param(name) ?? '';
    if (validateAgainst(schema, value).length > 0)
      throw new HttpError(404, 'not-found', `There is nothing at ${c.req.path}`);
    values[name] = value;
  }
  return values;
}

/** The query parameters a route declares, converted to integers or booleans where declared; 400 when one is wrong. */
export function readQuery(
  route: RouteSpec,
  c: Context,
): Record<string, string | number | boolean | undefined> {
  const values: Record<string, string | number | boolean | undefined> = {};
  const errors = [];
  for (const [name, schema] of Object.entries(route.query ?? {})) {
    const raw = c.req.query(name);
    if (raw === undefined) continue;
    let value: string | number | boolean = raw;
    if (schema.type === 'integer' && /^-?\d{1,15}$/.test(raw)) value = Number(raw);
    if (schema.type === 'boolean' && (raw === 'true' || raw === 'false')) value = raw === 'true';
    errors.push(...validateAgainst(schema, value, name));
    values[name] = value;
  }
  if (errors.length > 0)
    throw new HttpError(400, 'query.invalid', 'A query parameter is not valid', { errors });
  return values;
}
