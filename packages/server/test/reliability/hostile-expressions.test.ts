/*
 * Issue 10, item 3 (expressions). packages/schema/src/expressions/fuzz.test.ts already runs 100,000
 * random expressions through parse, check, format and evaluate, checking nothing throws, the
 * built-in prototypes stay untouched and the step budget holds (it counts steps with the internal
 * evaluateCounted). What it does not try, and this suite adds: field names, group item fields and
 * function names that are the properties every JavaScript object inherits (`constructor`,
 * `__proto__`, `toString`…) or globals (`process`, `globalThis`), in answers parsed from JSON (so
 * `__proto__` can be an own key) and in a data model built the same way. The evaluator must treat
 * them as plain names: produce only plain data, never a function or a global.
 */
import {
  checkExpression,
  type ExpressionScope,
  evaluateExpression,
  parseExpression,
} from '@fingerpost/schema';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_NAMES, hostileAnswers, hostileExpression, isPlainData } from './support/expression-sources';
import { FULL_SIZES, SIZES, sizeNote } from './support/sizes';

const TYPES = ['number', 'text', 'yesNo', 'date', 'money', 'group'] as const;

/** A data model over the hostile names, built as parsed JSON is (own `__proto__` key and all). */
const hostileScope: fc.Arbitrary<ExpressionScope> = fc
  .array(fc.tuple(fc.constantFrom(...HOSTILE_NAMES, 'income', 'members'), fc.constantFrom(...TYPES)), {
    maxLength: 8,
  })
  .map((pairs) => {
    const fields = pairs.map(([name, type]) =>
      type === 'group'
        ? `${JSON.stringify(name)}:{"type":"group","fields":{"constructor":{"type":"number"},"income":{"type":"number"},"__proto__":{"type":"text"}}}`
        : `${JSON.stringify(name)}:{"type":"${type}"}`,
    );
    return { fields: JSON.parse(`{${fields.join(',')}}`) } as ExpressionScope;
  });

const protoKeys = () =>
  [Object.prototype, Array.prototype, Function.prototype].map((p) =>
    Reflect.ownKeys(p).map(String).sort().join(),
  );
let before: string[];
beforeAll(() => {
  before = protoKeys();
});
afterAll(() => {
  expect(protoKeys()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('expressions over hostile names', () => {
  const n = SIZES.expressions;
  it(`${n.toLocaleString('en-GB')} expressions: nothing thrown, only plain data out, never a function or a global ${sizeNote(FULL_SIZES.expressions, n)}`, () => {
    const outcomes = { parsed: 0, checkedClean: 0, evaluatedOk: 0 };
    fc.assert(
      fc.property(
        hostileExpression,
        hostileAnswers,
        hostileScope,
        fc.integer({ min: 0, max: 2_000 }),
        (source, answers, scope, budget) => {
          const parsed = parseExpression(source);
          if (!parsed.ok) return;
          outcomes.parsed++;
          const errors = checkExpression(parsed.ast, scope);
          for (const e of errors) expect(e.message.length, source).toBeGreaterThan(0);
          if (errors.length === 0) outcomes.checkedClean++;
          for (const context of [
            { answers, today: '2026-03-04' },
            { answers, today: '2026-03-04', scope },
          ]) {
            const result = evaluateExpression(parsed.ast, context, { stepBudget: budget });
            if (!result.ok) {
              expect(result.error.code, source).toMatch(/^expression\./);
              continue;
            }
            outcomes.evaluatedOk++;
            expect(isPlainData(result.value), `${source} gave ${JSON.stringify(result.value)}`).toBe(true);
          }
        },
      ),
      { numRuns: n },
    );
    console.info(
      `hostile expressions: ${outcomes.parsed} of ${n} parsed, ${outcomes.checkedClean} type-checked clean, ${outcomes.evaluatedOk} evaluations succeeded, all plain data`,
    );
    expect(outcomes.evaluatedOk).toBeGreaterThan(n / 20);
  }, 600_000);

  it('an inherited property name is an unanswered question, never the inherited value', () => {
    for (const name of HOSTILE_NAMES) {
      const parsed = parseExpression(name);
      if (!parsed.ok) continue;
      const result = evaluateExpression(parsed.ast, { answers: {}, today: '2026-03-04' });
      if (result.ok) expect(result.value, name).toBeNull();
      const answered = evaluateExpression(parsed.ast, {
        answers: JSON.parse(`{"${name}": 7}`),
        today: '2026-03-04',
      });
      if (answered.ok) expect(answered.value, name).toBe(7);
    }
  });
});
