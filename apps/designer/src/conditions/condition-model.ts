import {
  type ExpressionScope,
  type ExprNode,
  type FieldTypeInfo,
  formatExpression,
  parseExpression,
} from '@fingerpost/schema';

/** What a row of the condition builder can say about an answer. */
export type ConditionOperator =
  | 'isYes'
  | 'isNo'
  | 'is'
  | 'isNot'
  | 'includes'
  | 'excludes'
  | 'eq'
  | 'ne'
  | 'lt'
  | 'le'
  | 'gt'
  | 'ge'
  | 'before'
  | 'after'
  | 'onOrBefore'
  | 'onOrAfter'
  | 'ageAtLeast'
  | 'ageUnder'
  | 'answered'
  | 'notAnswered';

/** One comparison in the builder: an answer, what to check, and the value to check against. */
export interface ConditionRow {
  field: string;
  operator: ConditionOperator;
  value: string;
}

/** A condition the builder can show: rows joined by "and" (all) or "or" (any). */
export interface ConditionModel {
  join: 'all' | 'any';
  rows: ConditionRow[];
}

export const OPERATOR_NAMES: Record<ConditionOperator, string> = {
  isYes: 'is yes',
  isNo: 'is no',
  is: 'is',
  isNot: 'is not',
  includes: 'includes',
  excludes: 'does not include',
  eq: 'equals',
  ne: 'does not equal',
  lt: 'is less than',
  le: 'is at most',
  gt: 'is more than',
  ge: 'is at least',
  before: 'is before',
  after: 'is after',
  onOrBefore: 'is on or before',
  onOrAfter: 'is on or after',
  ageAtLeast: 'gives an age of at least',
  ageUnder: 'gives an age under',
  answered: 'is answered',
  notAnswered: 'is not answered',
};

const NO_VALUE: ReadonlySet<ConditionOperator> = new Set(['isYes', 'isNo', 'answered', 'notAnswered']);
export const needsValue = (operator: ConditionOperator) => !NO_VALUE.has(operator);

/** The checks that make sense for an answer of a type. */
export function operatorsFor(info: FieldTypeInfo | undefined): ConditionOperator[] {
  switch (info?.type) {
    case 'yesNo':
      return ['isYes', 'isNo', 'answered', 'notAnswered'];
    case 'singleChoice':
      return ['is', 'isNot', 'answered', 'notAnswered'];
    case 'multipleChoice':
      return ['includes', 'excludes', 'answered', 'notAnswered'];
    case 'number':
    case 'money':
      return ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'answered', 'notAnswered'];
    case 'date':
      return [
        'before',
        'after',
        'onOrBefore',
        'onOrAfter',
        'ageAtLeast',
        'ageUnder',
        'answered',
        'notAnswered',
      ];
    case 'text':
    case 'longText':
    case 'email':
    case 'phone':
    case 'postcode':
      return ['is', 'isNot', 'answered', 'notAnswered'];
    default:
      return ['answered', 'notAnswered'];
  }
}

const COMPARE: Partial<Record<ConditionOperator, string>> = {
  eq: '=',
  ne: '!=',
  lt: '<',
  le: '<=',
  gt: '>',
  ge: '>=',
  before: '<',
  after: '>',
  onOrBefore: '<=',
  onOrAfter: '>=',
};

const quote = (text: string) => JSON.stringify(text);

/**
 * The expression text for one row, or null while it is unfinished (no field, or no value where one
 * is needed).
 * @example rowSource({ field: 'earnedIncome', operator: 'le', value: '7400' }, { type: 'money' }) // 'earnedIncome <= £7400'
 */
export function rowSource(row: ConditionRow, info: FieldTypeInfo | undefined): string | null {
  const f = row.field;
  const v = row.value.trim();
  if (!f || (needsValue(row.operator) && v === '')) return null;
  switch (row.operator) {
    case 'isYes':
      return f;
    case 'isNo':
      return `not ${f}`;
    case 'answered':
      return `answered(${f})`;
    case 'notAnswered':
      return `not answered(${f})`;
    case 'is':
      return `${f} = ${quote(v)}`;
    case 'isNot':
      return `${f} != ${quote(v)}`;
    case 'includes':
      return `${quote(v)} in ${f}`;
    case 'excludes':
      return `${quote(v)} not in ${f}`;
    case 'ageAtLeast':
      return `ageInYears(${f}) >= ${v}`;
    case 'ageUnder':
      return `ageInYears(${f}) < ${v}`;
    case 'before':
    case 'after':
    case 'onOrBefore':
    case 'onOrAfter':
      return `${f} ${COMPARE[row.operator]} date(${quote(v)})`;
    default:
      return `${f} ${COMPARE[row.operator]} ${info?.type === 'money' ? `£${v.replace(/^£/, '')}` : v}`;
  }
}

/**
 * The expression text for the builder's rows, in canonical form; '' when no row is finished.
 * Rows that do not parse (a value the language cannot read) are left out rather than breaking
 * the condition.
 */
export function modelSource(model: ConditionModel, scope: ExpressionScope): string {
  const parts = model.rows
    .map((row) => rowSource(row, scope.fields[row.field]))
    .filter((s): s is string => s !== null && parseExpression(s).ok);
  if (parts.length === 0) return '';
  const joined = parts
    .map((p) => (parts.length > 1 ? `(${p})` : p))
    .join(model.join === 'all' ? ' and ' : ' or ');
  const parsed = parseExpression(joined);
  return parsed.ok ? formatExpression(parsed.ast) : joined;
}

function literalText(node: ExprNode): string | null {
  if (node.kind !== 'literal') return null;
  if (node.type === 'money' && typeof node.value === 'number') {
    const pounds = node.value / 100;
    return Number.isInteger(pounds) ? String(pounds) : pounds.toFixed(2);
  }
  return typeof node.value === 'boolean' ? null : String(node.value);
}

const REVERSE_COMPARE: Record<string, ConditionOperator> = {
  '=': 'eq',
  '!=': 'ne',
  '<': 'lt',
  '<=': 'le',
  '>': 'gt',
  '>=': 'ge',
};
const REVERSE_DATE: Record<string, ConditionOperator> = {
  '<': 'before',
  '>': 'after',
  '<=': 'onOrBefore',
  '>=': 'onOrAfter',
};

const fieldName = (node: ExprNode): string | null => (node.kind === 'field' && !node.path ? node.name : null);

/** One comparison as a builder row, or null when the builder cannot show it. */
export function rowOf(node: ExprNode, scope: ExpressionScope): ConditionRow | null {
  const type = (name: string | null) => (name ? scope.fields[name]?.type : undefined);
  const plain = fieldName(node);
  if (plain) return { field: plain, operator: 'isYes', value: '' };
  if (node.kind === 'unary' && node.op === 'not') {
    const inner = rowOf(node.operand, scope);
    if (inner?.operator === 'isYes') return { ...inner, operator: 'isNo' };
    if (inner?.operator === 'answered') return { ...inner, operator: 'notAnswered' };
    return null;
  }
  if (node.kind === 'call' && node.name === 'answered' && node.args.length === 1) {
    const name = fieldName(node.args[0]!);
    return name ? { field: name, operator: 'answered', value: '' } : null;
  }
  if (node.kind !== 'binary') return null;
  const left = fieldName(node.left);
  if (
    (node.op === 'in' || node.op === 'not in') &&
    node.left.kind === 'literal' &&
    node.left.type === 'string'
  ) {
    const field = fieldName(node.right);
    return field
      ? { field, operator: node.op === 'in' ? 'includes' : 'excludes', value: String(node.left.value) }
      : null;
  }
  if (
    left &&
    (node.op === '=' || node.op === '!=') &&
    node.right.kind === 'literal' &&
    node.right.type === 'boolean'
  ) {
    return { field: left, operator: node.right.value === (node.op === '=') ? 'isYes' : 'isNo', value: '' };
  }
  if (
    left &&
    (node.op === '=' || node.op === '!=') &&
    node.right.kind === 'literal' &&
    node.right.type === 'string' &&
    type(left) !== 'date'
  ) {
    return { field: left, operator: node.op === '=' ? 'is' : 'isNot', value: String(node.right.value) };
  }
  if (left && REVERSE_COMPARE[node.op] && (type(left) === 'number' || type(left) === 'money')) {
    const value = literalText(node.right);
    return value === null ? null : { field: left, operator: REVERSE_COMPARE[node.op]!, value };
  }
  if (left && REVERSE_DATE[node.op] && node.right.kind === 'literal' && node.right.type === 'date') {
    return { field: left, operator: REVERSE_DATE[node.op]!, value: String(node.right.value) };
  }
  if (node.left.kind === 'call' && node.left.name === 'ageInYears' && (node.op === '>=' || node.op === '<')) {
    const field = node.left.args[0] ? fieldName(node.left.args[0]) : null;
    const value = literalText(node.right);
    return field && value !== null
      ? { field, operator: node.op === '>=' ? 'ageAtLeast' : 'ageUnder', value }
      : null;
  }
  return null;
}

function flatten(node: ExprNode, op: 'and' | 'or'): ExprNode[] {
  return node.kind === 'binary' && node.op === op
    ? [...flatten(node.left, op), ...flatten(node.right, op)]
    : [node];
}

/**
 * The builder's rows for an expression, or null when it is written in a way the builder cannot
 * show (mixed "and" and "or", arithmetic, functions other than ageInYears and answered).
 * @example modelOf('hasPet and age >= 16', scope) // { join: 'all', rows: [isYes hasPet, ge age 16] }
 */
export function modelOf(source: string, scope: ExpressionScope): ConditionModel | null {
  if (source.trim() === '') return { join: 'all', rows: [] };
  const parsed = parseExpression(source);
  if (!parsed.ok) return null;
  const join = parsed.ast.kind === 'binary' && parsed.ast.op === 'or' ? 'any' : 'all';
  const rows = flatten(parsed.ast, join === 'all' ? 'and' : 'or').map((n) => rowOf(n, scope));
  return rows.every((r): r is ConditionRow => r !== null) ? { join, rows } : null;
}
