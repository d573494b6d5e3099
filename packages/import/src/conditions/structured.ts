import type { CompareOp, SourceExpr } from './source-ast';

/**
 * XGovFormBuilder's (and DEFRA's) condition operators, by name, as comparisons: the same
 * expressions their designers generate as text. Dates compared with a time relative to now use
 * `dateForComparison(±n, unit)`, negative for the past.
 */

export interface RelativeDate {
  amount: number;
  unit: string;
  past: boolean;
  timeOnly?: boolean;
}

export type OperatorValue =
  | { kind: 'value'; value: string | number | boolean }
  | { kind: 'relative'; date: RelativeDate };

const SIMPLE: Record<string, CompareOp> = {
  is: '==',
  'is not': '!=',
  'is at least': '>=',
  'is at most': '<=',
  'is less than': '<',
  'is more than': '>',
  'is before': '<',
  'is after': '>',
};

// "is at least 18 years in the past" means on or before the date 18 years ago.
const RELATIVE: Record<string, { past: CompareOp; future: CompareOp }> = {
  'is at least': { past: '<=', future: '>=' },
  'is at most': { past: '>=', future: '<=' },
  'is less than': { past: '>', future: '<' },
  'is more than': { past: '<', future: '>' },
};

const LENGTH: Record<string, CompareOp> = {
  'is longer than': '>',
  'is shorter than': '<',
  'has length': '==',
};

/**
 * One structured condition as a source expression, or the reason it cannot be read.
 * @example operatorCondition(['age'], 'is at least', { kind: 'value', value: 18 }) // age >= 18
 */
export function operatorCondition(
  field: readonly string[],
  operator: string,
  value: OperatorValue,
): SourceExpr | { unsupported: string } {
  const name: SourceExpr = { kind: 'name', path: [...field] };
  if (value.kind === 'relative') {
    const ops = RELATIVE[operator];
    if (!ops) return { unsupported: `"${operator}" cannot be used with a date relative to today` };
    const signed = value.date.past ? -Math.abs(value.date.amount) : Math.abs(value.date.amount);
    const call: SourceExpr = {
      kind: 'call',
      name: value.date.timeOnly ? 'timeForComparison' : 'dateForComparison',
      args: [
        { kind: 'literal', value: signed },
        { kind: 'literal', value: value.date.unit },
      ],
    };
    return { kind: 'compare', op: value.date.past ? ops.past : ops.future, left: name, right: call };
  }
  const literal: SourceExpr = { kind: 'literal', value: value.value };
  if (operator === 'contains') return { kind: 'compare', op: 'in', left: literal, right: name };
  if (operator === 'does not contain')
    return { kind: 'not', operand: { kind: 'compare', op: 'in', left: literal, right: name } };
  const length = LENGTH[operator];
  if (length)
    return {
      kind: 'compare',
      op: length,
      left: { kind: 'call', name: 'length', args: [name] },
      right: literal,
    };
  const op = SIMPLE[operator];
  if (!op)
    return { unsupported: `the operator "${operator}" is not one XGovFormBuilder or DEFRA forms define` };
  return { kind: 'compare', op, left: name, right: literal };
}
