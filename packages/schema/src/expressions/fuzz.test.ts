/**
 * 100,000 random inputs in total: token soups, generated trees and hostile or
 * deeply nested text. Nothing may throw, nothing may touch Object.prototype,
 * and evaluation must stay within its step budget.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExprNode } from './ast';
import { checkExpression } from './check';
import { councilScope } from './council-scope.fixture';
import { EXPRESSION_ERROR_CODES, type ExpressionError } from './errors';
import { evaluateCounted } from './evaluate';
import { anyAnswers, arbitraryAst, tokenSoup } from './expression-arbitraries';
import { formatExpression } from './format';
import { parseExpression } from './parser';
import type { ExpressionScope } from './types';

const CODES: ReadonlySet<string> = new Set(EXPRESSION_ERROR_CODES);

function assertWellFormed(error: ExpressionError): void {
  if (
    !CODES.has(error.code) ||
    error.message.length === 0 ||
    error.line < 1 ||
    error.column < 1 ||
    error.offset < 0
  ) {
    throw new Error(`Malformed error ${JSON.stringify(error)}`);
  }
}

/** Runs every stage on a tree, failing on anything thrown, a malformed error or a budget overrun. */
function exercise(
  ast: ExprNode,
  answers: Record<string, unknown>,
  budget: number,
  scope: ExpressionScope | undefined,
): void {
  checkExpression(ast, councilScope, 'boolean').forEach(assertWellFormed);
  const reparsed = parseExpression(formatExpression(ast));
  if (!reparsed.ok) assertWellFormed(reparsed.error);
  const context = scope ? { answers, today: '2026-04-01', scope } : { answers, today: '2026-04-01' };
  const { result, steps } = evaluateCounted(ast, context, { stepBudget: budget });
  if (steps > budget) throw new Error(`Used ${steps} steps with a budget of ${budget}`);
  if (!result.ok) assertWellFormed(result.error);
}

function exerciseSource(
  source: string,
  answers: Record<string, unknown>,
  budget: number,
  scope?: ExpressionScope,
): void {
  const parsed = parseExpression(source);
  if (parsed.ok) exercise(parsed.ast, answers, budget, scope);
  else assertWellFormed(parsed.error);
}

const budget = fc.integer({ min: 0, max: 3000 });
const scope = fc.constantFrom(councilScope, undefined);

const prototypes = [
  Object.prototype,
  Array.prototype,
  Function.prototype,
  String.prototype,
  Number.prototype,
];
type Snapshot = Array<Map<PropertyKey, PropertyDescriptor>>;
const snapshot = (): Snapshot =>
  prototypes.map(
    (proto) =>
      new Map(Reflect.ownKeys(proto).map((key) => [key, Object.getOwnPropertyDescriptor(proto, key) ?? {}])),
  );

/** Properties added, removed or altered on the built-in prototypes, compared by identity. */
function changes(earlier: Snapshot, later: Snapshot): string[] {
  const found: string[] = [];
  earlier.forEach((descriptors, i) => {
    const now = later[i] ?? new Map();
    for (const key of new Set([...descriptors.keys(), ...now.keys()])) {
      const [a, b] = [descriptors.get(key), now.get(key)];
      const fields = ['value', 'get', 'set', 'writable', 'enumerable', 'configurable'] as const;
      if (!a || !b || fields.some((field) => !Object.is(a[field], b[field])))
        found.push(`${i}:${String(key)}`);
    }
  });
  return found;
}
let before: Snapshot;

describe('fuzzing parse, check, format and evaluate', () => {
  beforeAll(() => {
    before = snapshot();
  });

  afterAll(() => {
    expect(changes(before, snapshot())).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives 45,000 token soups', () => {
    fc.assert(fc.property(tokenSoup, anyAnswers, budget, scope, exerciseSource), { numRuns: 45_000 });
  });

  it('survives 40,000 generated trees with answers of every shape', () => {
    fc.assert(fc.property(arbitraryAst, anyAnswers, budget, scope, exercise), { numRuns: 40_000 });
  });

  const opener = fc.constantFrom('(', '[', 'not ', '-', 'round(', 'any(householdMembers, ', '"', '£');
  const hostile = fc.constantFrom(
    '__proto__',
    'constructor.constructor("x")()',
    'this',
    'globalThis',
    'process.exit(1)',
    'item.__proto__.polluted',
    'a["__proto__"]',
    'toString()',
    'Object.prototype',
    '"\\u0000"',
  );

  it('survives 15,000 hostile and deeply nested sources', () => {
    fc.assert(
      fc.property(
        opener,
        fc.integer({ min: 0, max: 300 }),
        hostile,
        fc.string({ maxLength: 20 }),
        anyAnswers,
        (open, depth, evil, noise, answers) => {
          exerciseSource(
            `${open.repeat(depth)}${evil}${noise}${')'.repeat(depth)}`,
            answers,
            10_000,
            councilScope,
          );
        },
      ),
      { numRuns: 15_000 },
    );
  });

  it('survives hand-built trees far deeper than the parser allows', () => {
    const span = { offset: 0, length: 1, line: 1, column: 1 };
    let deep: ExprNode = { kind: 'literal', type: 'number', value: 1, span };
    for (let i = 0; i < 100_000; i++) deep = { kind: 'unary', op: '-', operand: deep, span };
    expect(checkExpression(deep, councilScope).map((e) => e.code)).toEqual(['expression.too-deep']);
    expect(typeof formatExpression(deep)).toBe('string');
    const { result, steps } = evaluateCounted(deep, { answers: {}, today: '2026-04-01' });
    expect(result.ok ? 'ok' : result.error.code).toMatch(/^expression\.(budget-exceeded|runtime)$/);
    expect(steps).toBeLessThanOrEqual(10_000);
  });
});
