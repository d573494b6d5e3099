import type { ExprNode, FieldType } from '@fingerpost/schema';
import { notNode } from './fingerpost-nodes';
import type { CompareOp } from './source-ast';
import type { ConditionField } from './translate';

/** Values written in source conditions, read for the Fingerpost field they are compared with. */

export class Untranslatable extends Error {}

export const fail = (reason: string): never => {
  throw new Untranslatable(reason);
};

export const TEXT_TYPES: ReadonlySet<FieldType> = new Set(['text', 'longText', 'email', 'phone', 'postcode']);

export const DATE_ADDERS: Record<string, string> = {
  years: 'addYears',
  year: 'addYears',
  months: 'addMonths',
  month: 'addMonths',
  days: 'addDays',
  day: 'addDays',
  weeks: 'addDays',
  week: 'addDays',
};

export function numericOf(value: string | number | boolean): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

export function yesNoOf(value: string | number | boolean, field: ConditionField): boolean {
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (text === 'true' || text === 'yes') return true;
  if (text === 'false' || text === 'no') return false;
  return fail(`"${String(value)}" is not yes or no, for "${field.name}"`);
}

export function dateOf(value: string | number | boolean, field: ConditionField): string {
  const text = String(value).trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(text);
  if (!match) return fail(`"${text}" is not a date (YYYY-MM-DD), for "${field.name}"`);
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d))
    return fail(`"${text}" is not a real date, for "${field.name}"`);
  return `${y}-${m}-${d}`;
}

/** One side of a comparison, as the translator has read it. */
export type Operand =
  | { kind: 'field'; node: ExprNode; field: ConditionField }
  | { kind: 'length'; node: ExprNode }
  | { kind: 'relativeDate'; node: ExprNode }
  | { kind: 'number'; node: ExprNode }
  | { kind: 'condition'; node: ExprNode }
  | { kind: 'literal'; value: string | number | boolean }
  | { kind: 'list'; values: Array<string | number | boolean> };

export function isQuestionSide(operand: Operand): boolean {
  return operand.kind === 'field' || operand.kind === 'length' || operand.kind === 'condition';
}

/** `someCondition == true` and the like: the condition itself, or its negation. */
export function conditionCompared(op: CompareOp, condition: ExprNode, value: Operand): ExprNode {
  if ((op === '==' || op === '!=') && value.kind === 'literal' && typeof value.value === 'boolean') {
    return value.value === (op === '==') ? condition : notNode(condition);
  }
  return fail('a condition can only be compared with true or false');
}

export function literalOf(value: Operand, field: ConditionField): string | number | boolean {
  if (value.kind === 'literal') return value.value;
  return fail(`"${field.name}" is compared with something that is not a written value`);
}
