import type { ExprNode } from './ast';
import { parseDate } from './dates';
import { fail } from './errors';
import { bool, describeSource, NONE, num, text, type Val } from './runtime-values';
import type { FieldTypeInfo } from './types';

/** Reads an own property only: answers come from outside and must never lead into a prototype. */
export function ownValue(container: unknown, name: string): unknown {
  if (typeof container !== 'object' || container === null) return undefined;
  return Object.hasOwn(container, name) ? (container as Record<string, unknown>)[name] : undefined;
}

/** A field's declared type, if the scope declares it in a usable shape. */
export function lookupField(fields: unknown, name: string): FieldTypeInfo | undefined {
  const info = ownValue(fields, name);
  if (typeof info !== 'object' || info === null || typeof (info as FieldTypeInfo).type !== 'string')
    return undefined;
  return info as FieldTypeInfo;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

type Charge = (steps: number) => void;

/**
 * Turns a raw answer into an evaluation value. With a declared type the answer
 * must match it; without one its type is inferred from its JavaScript shape.
 */
export function readAnswer(
  raw: unknown,
  info: FieldTypeInfo | undefined,
  node: ExprNode,
  charge: Charge,
): Val {
  if (raw === undefined || raw === null) return NONE;
  const wrong = (expected: string): never => {
    const shown = typeof raw === 'string' ? `the text "${raw.slice(0, 40)}"` : describeShape(raw);
    return fail(
      'expression.runtime',
      `${capitalise(describeSource(node))} should be ${expected}, but it is ${shown}`,
      node.span,
    );
  };
  switch (info?.type) {
    case undefined:
      return inferAnswer(raw, node, charge, wrong);
    case 'text':
    case 'longText':
    case 'email':
    case 'phone':
    case 'postcode':
    case 'singleChoice':
      return typeof raw === 'string' ? text(raw) : wrong('text');
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw) ? num(raw) : wrong('a number');
    case 'money':
      return Number.isSafeInteger(raw)
        ? num(raw as number, true)
        : wrong('an amount of money in whole pence');
    case 'date':
      return parseDate(raw) ? text(raw as string, true) : wrong('a date written as YYYY-MM-DD');
    case 'yesNo':
      return typeof raw === 'boolean' ? bool(raw) : wrong('true or false');
    case 'multipleChoice':
      return arrayOf(raw, charge, (v) => typeof v === 'string')
        ? { kind: 'texts', value: raw as string[] }
        : wrong('a list of options');
    case 'group':
      return arrayOf(raw, charge, isRecord)
        ? { kind: 'items', value: raw as Record<string, unknown>[], fields: info.fields }
        : wrong('a list of answers for each member of the group');
    case 'address':
    case 'file':
      return isRecord(raw)
        ? { kind: 'record', value: raw, label: `an ${info.type}` }
        : wrong(`an ${info.type}`);
    default:
      return inferAnswer(raw, node, charge, wrong);
  }
}

function inferAnswer(raw: unknown, node: ExprNode, charge: Charge, wrong: (expected: string) => never): Val {
  if (typeof raw === 'string') return text(raw);
  if (typeof raw === 'boolean') return bool(raw);
  if (typeof raw === 'number') return Number.isFinite(raw) ? num(raw) : wrong('a finite number');
  if (Array.isArray(raw)) {
    const first: unknown = raw[0];
    if (typeof first !== 'object' && arrayOf(raw, charge, (v) => typeof v === 'string')) {
      return { kind: 'texts', value: raw as string[] };
    }
    if (arrayOf(raw, charge, isRecord))
      return { kind: 'items', value: raw as Record<string, unknown>[], fields: undefined };
    return wrong('a list of options or a list of group answers');
  }
  if (isRecord(raw)) return { kind: 'record', value: raw, label: 'a set of details' };
  return fail(
    'expression.runtime',
    `${capitalise(describeSource(node))} is not a value Fingerpost can use`,
    node.span,
  );
}

/** Checks every element, charging a step for each so that huge answers cannot stall evaluation. */
function arrayOf(raw: unknown, charge: Charge, test: (v: unknown) => boolean): boolean {
  if (!Array.isArray(raw)) return false;
  charge(raw.length);
  for (let i = 0; i < raw.length; i++) if (!test(raw[i])) return false;
  return true;
}

function describeShape(raw: unknown): string {
  if (Array.isArray(raw)) return 'a list';
  if (typeof raw === 'object') return 'a set of details';
  if (typeof raw === 'number') return `the number ${raw}`;
  if (typeof raw === 'boolean') return raw ? 'true' : 'false';
  return `a ${typeof raw}`;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
