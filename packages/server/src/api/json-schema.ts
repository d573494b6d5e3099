import type { FieldProblem } from '../http/http-error';

/**
 * The subset of JSON Schema (2020-12) the route table uses for request bodies and query strings.
 * One definition serves both the OpenAPI document and request validation, so they cannot drift.
 */
export interface JsonSchema {
  type?: JsonType | JsonType[];
  description?: string;
  enum?: readonly unknown[];
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  /** Documentation only (responses); never used to validate. */
  $ref?: string;
  examples?: unknown[];
}

export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function typeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

function typeMatches(expected: JsonType | JsonType[], actual: JsonType): boolean {
  const list = Array.isArray(expected) ? expected : [expected];
  return list.includes(actual) || (actual === 'integer' && list.includes('number'));
}

const patterns = new Map<string, RegExp>();
function regex(pattern: string): RegExp {
  let compiled = patterns.get(pattern);
  if (!compiled) {
    compiled = new RegExp(pattern, 'u');
    patterns.set(pattern, compiled);
  }
  return compiled;
}

function join(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

function checkString(schema: JsonSchema, value: string, path: string, out: FieldProblem[]): void {
  const length = [...value].length;
  if (schema.minLength !== undefined && length < schema.minLength)
    out.push({ field: path, code: 'minLength', message: `${path || 'The value'} must not be empty` });
  if (schema.maxLength !== undefined && length > schema.maxLength)
    out.push({
      field: path,
      code: 'maxLength',
      message: `${path || 'The value'} must be ${schema.maxLength} characters or fewer`,
    });
  if (schema.pattern !== undefined && !regex(schema.pattern).test(value))
    out.push({
      field: path,
      code: 'pattern',
      message: `${path || 'The value'} is not in the expected format`,
    });
}

function checkNumber(schema: JsonSchema, value: number, path: string, out: FieldProblem[]): void {
  if (schema.minimum !== undefined && value < schema.minimum)
    out.push({ field: path, code: 'minimum', message: `${path} must be ${schema.minimum} or more` });
  if (schema.maximum !== undefined && value > schema.maximum)
    out.push({ field: path, code: 'maximum', message: `${path} must be ${schema.maximum} or less` });
}

function checkObject(
  schema: JsonSchema,
  value: Record<string, unknown>,
  path: string,
  out: FieldProblem[],
): void {
  for (const key of schema.required ?? []) {
    if (!Object.hasOwn(value, key))
      out.push({ field: join(path, key), code: 'required', message: `${join(path, key)} is required` });
  }
  for (const [key, child] of Object.entries(value)) {
    const property =
      schema.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
    if (property) checkValue(property, child, join(path, key), out);
    else if (schema.additionalProperties === false)
      out.push({
        field: join(path, key),
        code: 'unknown',
        message: `${join(path, key)} is not expected here`,
      });
    else if (isObject(schema.additionalProperties))
      checkValue(schema.additionalProperties, child, join(path, key), out);
  }
}

function checkValue(schema: JsonSchema, value: unknown, path: string, out: FieldProblem[]): void {
  const actual = typeOf(value);
  if (schema.type !== undefined && !typeMatches(schema.type, actual)) {
    const expected = Array.isArray(schema.type) ? schema.type.join(' or ') : schema.type;
    out.push({
      field: path,
      code: 'type',
      message: `${path || 'The body'} must be ${expected === 'integer' ? 'a whole number' : `a${/^[aeiou]/.test(expected) ? 'n' : ''} ${expected}`}`,
    });
    return;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    out.push({ field: path, code: 'enum', message: `${path} must be one of: ${schema.enum.join(', ')}` });
    return;
  }
  if (typeof value === 'string') checkString(schema, value, path, out);
  else if (typeof value === 'number') checkNumber(schema, value, path, out);
  else if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      out.push({ field: path, code: 'minItems', message: `${path} needs at least ${schema.minItems} items` });
    if (schema.maxItems !== undefined && value.length > schema.maxItems)
      out.push({
        field: path,
        code: 'maxItems',
        message: `${path} may have at most ${schema.maxItems} items`,
      });
    const items = schema.items;
    if (items)
      value.forEach((item, index) => {
        checkValue(items, item, join(path, index), out);
      });
  } else if (isObject(value)) checkObject(schema, value, path, out);
}

/**
 * Checks a value against a schema of the supported subset; [] when it conforms.
 * @example validateAgainst({ type: 'object', required: ['answers'] }, {}) // [{ field: 'answers', code: 'required', … }]
 */
export function validateAgainst(schema: JsonSchema, value: unknown, path = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  checkValue(schema, value, path, out);
  return out;
}
