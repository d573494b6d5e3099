import type { ExprNode } from './ast';
import { type CivilDate, parseDate } from './dates';
import { fail } from './errors';
import type { FieldTypeInfo, Value } from './types';

/**
 * A value during evaluation. Numbers remember whether they are money so that
 * arithmetic can round to whole pence; text remembers whether it is a date so
 * that comparing a date with something that is not a date is caught.
 */
export type Val =
  | { kind: 'none' }
  | { kind: 'number'; value: number; money: boolean }
  | { kind: 'text'; value: string; date: boolean }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'texts'; value: readonly string[] }
  | {
      kind: 'items';
      value: readonly Record<string, unknown>[];
      fields: Record<string, FieldTypeInfo> | undefined;
    }
  | { kind: 'record'; value: Record<string, unknown>; label: string };

export const NONE: Val = { kind: 'none' };
export const bool = (value: boolean): Val => ({ kind: 'boolean', value });
export const num = (value: number, money = false): Val => ({ kind: 'number', value, money });
export const text = (value: string, date = false): Val => ({ kind: 'text', value, date });

/** How a value is described in a runtime message: `the answer to "earnedIncome"` or `this value`. */
export function describeSource(node: ExprNode): string {
  if (node.kind === 'field') return `the answer to "${[node.name, ...(node.path ?? [])].join('.')}"`;
  return 'this value';
}

const SHOWN: Readonly<Record<Val['kind'], string>> = {
  none: 'not answered',
  number: 'a number',
  text: 'text',
  boolean: 'a yes or no value',
  texts: 'a list',
  items: 'a group of answers',
  record: 'a set of details',
};

function wrongType(val: Val, node: ExprNode, wanted: string): never {
  let shown = SHOWN[val.kind];
  if (val.kind === 'text') shown = `the text "${val.value.slice(0, 40)}"`;
  if (val.kind === 'number') shown = val.money ? 'an amount of money' : `the number ${val.value}`;
  const is = val.kind === 'record' ? `${val.label}` : shown;
  fail('expression.runtime', `Expected ${wanted}, but ${describeSource(node)} is ${is}`, node.span);
}

export function expectNumber(val: Val, node: ExprNode): { value: number; money: boolean } {
  if (val.kind !== 'number') wrongType(val, node, 'a number or an amount of money');
  return val;
}

export function expectWhole(val: Val, node: ExprNode): number {
  const { value, money } = expectNumber(val, node);
  if (money || !Number.isInteger(value)) wrongType(val, node, 'a whole number');
  return value;
}

export function expectDate(val: Val, node: ExprNode): CivilDate {
  const date = val.kind === 'text' ? parseDate(val.value) : undefined;
  if (!date) wrongType(val, node, 'a date written as YYYY-MM-DD');
  return date;
}

export function expectText(val: Val, node: ExprNode): string {
  if (val.kind !== 'text') wrongType(val, node, 'text');
  return val.value;
}

export function expectBoolean(val: Val, node: ExprNode): boolean {
  if (val.kind !== 'boolean') wrongType(val, node, 'true or false');
  return val.value;
}

/** Converts to the public result shape; copies so that callers cannot alter the answers through it. */
export function toValue(val: Val, node: ExprNode): Value {
  switch (val.kind) {
    case 'none':
      return null;
    case 'number':
    case 'text':
    case 'boolean':
      return val.value;
    case 'texts':
      return [...val.value];
    case 'items':
      return val.value.map((item) => ({ ...item }));
    case 'record':
      return fail(
        'expression.runtime',
        `This expression gives ${val.label}, which a rule cannot use directly. To check it was given, use answered()`,
        node.span,
      );
  }
}
