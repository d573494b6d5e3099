import { describe, expect, it } from 'vitest';
import { validateAgainst } from './json-schema';

describe('request schemas', () => {
  const schema = {
    type: 'object' as const,
    additionalProperties: false,
    required: ['decision'],
    properties: {
      decision: { type: 'string' as const, enum: ['approve', 'reject'] },
      pages: { type: 'array' as const, items: { type: 'string' as const, maxLength: 3 }, maxItems: 2 },
      version: { type: 'integer' as const, minimum: 1 },
    },
  };

  it('accepts what conforms', () => {
    expect(validateAgainst(schema, { decision: 'approve', pages: ['a'], version: 2 })).toEqual([]);
  });

  it('names every field that does not, with a code and a message', () => {
    expect(validateAgainst(schema, { pages: ['abcd', 1, 'c'], version: 1.5, extra: true })).toEqual([
      { field: 'decision', code: 'required', message: 'decision is required' },
      { field: 'pages', code: 'maxItems', message: 'pages may have at most 2 items' },
      { field: 'pages.0', code: 'maxLength', message: 'pages.0 must be 3 characters or fewer' },
      { field: 'pages.1', code: 'type', message: 'pages.1 must be a string' },
      { field: 'version', code: 'type', message: 'version must be a whole number' },
      { field: 'extra', code: 'unknown', message: 'extra is not expected here' },
    ]);
  });

  it('refuses a body that is not an object, and values outside an enum or range', () => {
    expect(validateAgainst(schema, [])).toEqual([
      { field: '', code: 'type', message: 'The body must be an object' },
    ]);
    expect(validateAgainst(schema, { decision: 'maybe', version: 0 }).map((e) => e.code)).toEqual([
      'enum',
      'minimum',
    ]);
  });

  it('does not treat __proto__ or constructor as known properties', () => {
    const parsed = JSON.parse('{"decision":"approve","__proto__":{"x":1},"constructor":1}');
    expect(validateAgainst(schema, parsed).map((e) => e.field)).toEqual(['__proto__', 'constructor']);
  });
});
