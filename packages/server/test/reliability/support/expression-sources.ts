import fc from 'fast-check';

/**
 * Names an attacker would try as field names: the properties every JavaScript object inherits,
 * and globals. An evaluator that looked answers up with `answers[name]` would hand back functions.
 */
export const HOSTILE_NAMES = [
  'constructor',
  '__proto__',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
  '__lookupGetter__',
  'globalThis',
  'process',
  'require',
  'Function',
  'eval',
  'this',
  'length',
  'name',
];
const ORDINARY = ['income', 'age', 'members', 'startDate', 'benefits', 'name'];
const FUNCTIONS = [
  'today',
  'ageInYears',
  'daysBetween',
  'addMonths',
  'answered',
  'count',
  'length',
  'min',
  'max',
  'round',
  'if',
  'constructor',
  'toString',
  'eval',
  'Function',
  '__proto__',
];
const OPERATORS = ['and', 'or', '=', '!=', '<', '<=', '>', '>=', 'in', 'not in', '+', '-', '*', '/'];

const name = fc.constantFrom(...HOSTILE_NAMES, ...ORDINARY);
const literal = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }).map(String),
  fc.constantFrom(
    'true',
    'false',
    '"__proto__"',
    '"constructor"',
    '"x"',
    '£12.50',
    'date("2026-03-04")',
    '"\\u0000"',
  ),
);

/** Expression sources over hostile names: fields, item fields, calls, operators, lists, groups. */
export const hostileExpression: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    name,
    literal,
    fc.tuple(name, name).map(([group, field]) => `any(${group}, item.${field} > 1)`),
    fc
      .tuple(fc.constantFrom('any', 'all', 'countWhere'), name, tie('expr'))
      .map(([f, g, e]) => `${f}(${g}, ${e.replace(/\b(income|age)\b/, 'item.$1')})`),
    fc
      .tuple(fc.constantFrom(...FUNCTIONS), fc.array(tie('expr'), { maxLength: 3 }))
      .map(([f, args]) => `${f}(${args.join(', ')})`),
    fc.tuple(tie('expr'), fc.constantFrom(...OPERATORS), tie('expr')).map(([a, op, b]) => `${a} ${op} ${b}`),
    tie('expr').map((e) => `not (${e})`),
    fc.array(tie('expr'), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
    fc.tuple(name, name).map(([a, b]) => `${a}.${b}`),
  ),
})).expr;

/**
 * Answers as the API receives them (parsed JSON, so `__proto__` can be an own key), under hostile
 * and ordinary names, including a group whose items carry hostile keys.
 */
export const hostileAnswers: fc.Arbitrary<Record<string, unknown>> = fc
  .array(
    fc.tuple(
      name,
      fc.oneof(
        fc.integer(),
        fc.string({ maxLength: 10 }),
        fc.boolean(),
        fc.constant(null),
        fc.constantFrom('2026-03-04', '1950-01-01'),
        fc.array(
          fc.dictionary(name, fc.oneof(fc.integer(), fc.boolean(), fc.string({ maxLength: 5 })), {
            maxKeys: 3,
          }),
          { maxLength: 3 },
        ),
      ),
    ),
    { maxLength: 8 },
  )
  .map(
    (pairs) =>
      JSON.parse(
        `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`,
      ) as Record<string, unknown>,
  );

/** A value an expression may produce: JSON-like data, never a function, global or exotic object. */
export function isPlainData(value: unknown, depth = 0): boolean {
  if (depth > 50) return false;
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return true;
  if (typeof value === 'number') return true;
  if (Array.isArray(value))
    return Object.getPrototypeOf(value) === Array.prototype && value.every((v) => isPlainData(v, depth + 1));
  if (typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(value as Record<string, unknown>).every((v) => isPlainData(v, depth + 1));
}
