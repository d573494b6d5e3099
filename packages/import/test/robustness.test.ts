import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importForm } from '../src/index';
import type { ImportFormat } from '../src/types';
import { fixture } from './support/fixtures';
import type { Json } from './support/json';

const FIXTURES: Array<[ImportFormat, string]> = [
  ['xgov', 'blue-badge-routing'],
  ['xgov', 'garden-waste-components'],
  ['defra', 'dead-wild-birds-conditions'],
  ['defra', 'tree-works-components'],
  ['govuk-forms', 'bulky-waste-routing'],
  ['govuk-forms', 'disabled-parking-bay-welsh'],
  ['govuk-forms', 'parking-permit-answer-types'],
  ['xgov', 'free-school-meals-welsh'],
  ['defra', 'fly-tipping-welsh'],
];

/** Every path to a value inside a JSON document. */
function paths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [prefix];
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...children.flatMap(([key, child]) => paths(child, [...prefix, key]))];
}

function replaced(document: Json, path: Array<string | number>, value: unknown): Json {
  if (path.length === 0) return value;
  const copy = structuredClone(document);
  let node = copy;
  for (const key of path.slice(0, -1)) {
    // An earlier change may have replaced a parent of this path: then there is nothing to change.
    if (node === null || typeof node !== 'object') return copy;
    node = node[key];
  }
  if (node === null || typeof node !== 'object') return copy;
  node[path[path.length - 1]!] = value;
  return copy;
}

describe('importing damaged forms', () => {
  it.each(FIXTURES)(
    'never fails inside the importer on a %s form with values replaced at random (%s)',
    (format, name) => {
      const original = fixture(format, name);
      const all = paths(original);
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.nat(all.length - 1), fc.jsonValue({ maxDepth: 2 })), {
            minLength: 1,
            maxLength: 4,
          }),
          (changes) => {
            let damaged = original;
            for (const [index, value] of changes) damaged = replaced(damaged, all[index]!, value);
            const result = importForm(format, damaged);
            // Never the importer's own failure, and never a journey it had to refuse as invalid.
            if (!result.ok)
              expect(['import.not-a-form', 'import.no-pages', 'import.no-start']).toContain(
                result.error.code,
              );
          },
        ),
        { numRuns: 300, seed: 20260302 },
      );
    },
  );

  it.each([null, 42, 'form', [], [[]], { pages: 'x' }, { steps: {} }])(
    'refuses %j with a reason for every format',
    (input) => {
      for (const format of ['xgov', 'defra', 'govuk-forms'] as const) {
        const result = importForm(format, input);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.code).not.toBe('import.internal');
      }
    },
  );
});
