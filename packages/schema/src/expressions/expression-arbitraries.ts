/**
 * fast-check generators shared by the property and fuzz tests: syntax trees
 * the parser could produce, token soups, and answers of every shape.
 */
import fc from 'fast-check';
import type { BinaryOp, ExprNode, Span } from './ast';
import { formatDate } from './dates';

const SPAN: Span = { offset: 0, length: 0, line: 1, column: 1 };

export const FIELD_NAMES = [
  'dateOfBirth',
  'earnedIncome',
  'receivesPip',
  'benefits',
  'householdMembers',
  'housingSituation',
  'householdSize',
  'fullName',
  'homeAddress',
  'dateOfBrith',
  'this',
  'globalThis',
  'date',
];
const SUB_FIELDS = ['age', 'income', 'relationship', 'isPregnant', 'dateOfBirth', 'nope'];
const FUNCTION_NAMES = [
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
  'any',
  'all',
  'countWhere',
  'if',
  'eval',
  'require',
];
const BINARY_OPS: BinaryOp[] = [
  'or',
  'and',
  '=',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  'in',
  'not in',
  '+',
  '-',
  '*',
  '/',
];

export const dateText = fc
  .record({
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map((d) => formatDate(d) ?? '2000-01-01');

/** Numbers the lexer accepts: not negative, at most 6 decimal places. */
const plainNumber = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 1000),
);

const literal: fc.Arbitrary<ExprNode> = fc.oneof(
  plainNumber.map((value) => ({ kind: 'literal', type: 'number', value, span: SPAN }) as ExprNode),
  fc
    .integer({ min: 0, max: 100_000_000_000 })
    .map((value) => ({ kind: 'literal', type: 'money', value, span: SPAN }) as ExprNode),
  fc
    .oneof(
      fc.string({ maxLength: 8 }),
      fc.string({ maxLength: 6, unit: fc.constantFrom('"', "'", '\\', ' ', '£', 'é', '😀', ')', 'a') }),
    )
    .filter((s) => !/[\r\n]/.test(s))
    .map((value) => ({ kind: 'literal', type: 'string', value, span: SPAN }) as ExprNode),
  fc.boolean().map((value) => ({ kind: 'literal', type: 'boolean', value, span: SPAN }) as ExprNode),
  dateText.map((value) => ({ kind: 'literal', type: 'date', value, span: SPAN }) as ExprNode),
);

const field: fc.Arbitrary<ExprNode> = fc.oneof(
  fc.constantFrom(...FIELD_NAMES).map((name) => ({ kind: 'field', name, span: SPAN }) as ExprNode),
  fc
    .constantFrom(...SUB_FIELDS)
    .map((sub) => ({ kind: 'field', name: 'item', path: [sub], span: SPAN }) as ExprNode),
);

/** Trees the parser could produce (spans aside), small enough to stay under the length and depth limits. */
export const arbitraryAst: fc.Arbitrary<ExprNode> = fc.letrec<{ node: ExprNode }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 5, depthIdentifier: 'ast' },
    literal,
    field,
    fc.record({
      kind: fc.constant('list'),
      items: fc.array(tie('node'), { maxLength: 3 }),
      span: fc.constant(SPAN),
    }),
    fc.record({
      kind: fc.constant('unary'),
      op: fc.constantFrom('not', '-'),
      operand: tie('node'),
      span: fc.constant(SPAN),
    }),
    fc.record({
      kind: fc.constant('binary'),
      op: fc.constantFrom(...BINARY_OPS),
      left: tie('node'),
      right: tie('node'),
      span: fc.constant(SPAN),
    }),
    fc.record({
      kind: fc.constant('call'),
      name: fc.constantFrom(...FUNCTION_NAMES),
      args: fc.array(tie('node'), { maxLength: 3 }),
      span: fc.constant(SPAN),
    }),
  ) as fc.Arbitrary<ExprNode>,
})).node;

const TOKENS = [
  'and',
  'or',
  'not',
  'in',
  'not in',
  'true',
  'false',
  '(',
  ')',
  '[',
  ']',
  ',',
  '.',
  '=',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '==',
  '&&',
  '||',
  '!',
  '12',
  '3.5',
  '0',
  '£7,400',
  '£616.67',
  '£10',
  '"pip"',
  "'dla'",
  '"a\\"b"',
  'date("2024-02-29")',
  'date("2023-02-29")',
  'dateOfBirth',
  'earnedIncome',
  'benefits',
  'householdMembers',
  'item',
  'item.age',
  'ageInYears',
  'any',
  'countWhere',
  'today()',
  '__proto__',
  'constructor',
  'prototype',
  'this',
  'globalThis',
  'constructor.constructor("x")()',
  'toString',
  'eval',
  'Function',
  'process',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is exactly the hostile input wanted
  '${x}',
  '`',
  '\\',
  '#',
  '@',
  '£',
  '"',
];

const VALUES = [
  '12',
  '3.5',
  '£7,400',
  '£0',
  '"pip"',
  "'rough'",
  'true',
  'date("2024-02-29")',
  'today()',
  'dateOfBirth',
  'earnedIncome',
  'receivesPip',
  'benefits',
  'housingSituation',
  'householdSize',
  'ageInYears(dateOfBirth)',
  'count(householdMembers)',
  'any(householdMembers, item.age >= 18)',
  '["pip", "dla"]',
  'answered(fullName)',
  'if(receivesPip, £0, earnedIncome / householdSize)',
  'not receivesPip',
  '-householdSize',
  'this',
  'globalThis',
  'toLocaleString',
  'addMonths(dateOfBirth, 1)',
  'earnedIncome / householdSize',
];
const OPERATORS = [
  ' and ',
  ' or ',
  ' = ',
  ' != ',
  ' < ',
  ' >= ',
  ' in ',
  ' not in ',
  ' + ',
  ' - ',
  ' * ',
  ' / ',
];

const randomSoup = fc
  .array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom('', ' ', '\n', '\t', '  ')), { maxLength: 24 })
  .map((parts) => parts.map(([token, space]) => token + space).join(''));

/** Values joined by operators, sometimes bracketed or with a stray token: mostly parsable, so later stages run. */
const nearlyValid = fc
  .array(
    fc.tuple(fc.constantFrom(...VALUES), fc.constantFrom(...OPERATORS), fc.integer({ min: 0, max: 9 })),
    { minLength: 1, maxLength: 6 },
  )
  .chain((parts) =>
    fc.constantFrom(...TOKENS).map((stray) =>
      parts
        .map(([value, op, roll], i) => {
          const operand = roll === 0 ? `(${value})` : roll === 1 ? `${value} ${stray}` : value;
          return i === parts.length - 1 ? operand : operand + op;
        })
        .join(''),
    ),
  );

/** Random sequences of plausible and hostile tokens with random spacing. */
export const tokenSoup: fc.Arbitrary<string> = fc.oneof(randomSoup, nearlyValid);

/** Any JavaScript value an answer store might hand over, sensible or not. */
export const anyAnswer: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 12 }),
  dateText,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.constantFrom('pip', 'dla', 'esa'), { maxLength: 4 }),
  fc.array(
    fc.dictionary(
      fc.constantFrom(...SUB_FIELDS, '__proto__', 'constructor'),
      fc.oneof(fc.integer({ min: 0, max: 99 }), fc.boolean(), dateText),
    ),
    { maxLength: 4 },
  ),
  fc.object({ maxDepth: 2 }),
);

export const anyAnswers: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  fc.constantFrom(...FIELD_NAMES),
  anyAnswer,
  { maxKeys: 6 },
);
