import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateJourney } from './validate-journey';

const base = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'test', 'fixtures', 'valid', 'bus-pass.json'), 'utf8'),
);

type Json = unknown;
/** Replaces, deletes or retypes one value somewhere inside a journey, as a careless edit would. */
function mutate(value: Json, path: number[], replacement: Json): Json {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  if (entries.length === 0) return replacement;
  const [head, ...rest] = path;
  const [key, child] = entries[head! % entries.length]!;
  const removing = rest.length === 0 && replacement === undefined;
  if (Array.isArray(value)) {
    const copy = [...value];
    if (removing) copy.splice(Number(key), 1);
    else copy[Number(key)] = mutate(child, rest, replacement);
    return copy;
  }
  const copy: Record<string, Json> = { ...value };
  if (removing) delete copy[key];
  else copy[key] = mutate(child, rest, replacement);
  return copy;
}

const noInternalErrors = (value: unknown) => {
  const result = validateJourney(value);
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) {
      expect(e.code).not.toBe('validator.internal');
      expect(typeof e.path).toBe('string');
      expect(e.message.length).toBeGreaterThan(0);
    }
  }
};

describe('validateJourney on hostile input', () => {
  it('never throws on 5,000 random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => noInternalErrors(value)),
      { numRuns: 5_000 },
    );
  });

  it('never throws on 5,000 mutated valid journeys', () => {
    const replacement = fc.oneof(
      fc.constant(undefined),
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('', 'not-a-step', '__proto__', 'a and', '£', 'date("2024-02-30")'),
    );
    fc.assert(
      fc.property(fc.array(fc.nat(40), { minLength: 1, maxLength: 6 }), replacement, (path, value) =>
        noInternalErrors(mutate(base, path, value)),
      ),
      { numRuns: 5_000 },
    );
  });
});
