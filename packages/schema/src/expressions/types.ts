import type { FieldType } from '../generated/journey';
import type { ExpressionError } from './errors';

// One definition of the question types: the journey schema's.
export type { FieldType };

export interface FieldTypeInfo {
  type: FieldType;
  /** Option values of a singleChoice or multipleChoice question. */
  options?: string[];
  /** The questions asked for each member of a group. */
  fields?: Record<string, FieldTypeInfo>;
}

/** The data model an expression is checked against: the journey's questions by name. */
export interface ExpressionScope {
  fields: Record<string, FieldTypeInfo>;
}

/** The type of an expression, as worked out by the checker. */
export type ExprType =
  | { kind: 'number' }
  | { kind: 'money' }
  | { kind: 'date' }
  | { kind: 'string' }
  | { kind: 'boolean' }
  | { kind: 'choice'; options?: string[]; field?: string }
  | { kind: 'list'; of: 'choice' | 'string'; options?: string[]; field?: string }
  | { kind: 'group'; fields: Record<string, FieldTypeInfo> }
  | { kind: 'address' }
  | { kind: 'file' }
  | { kind: 'unknown' };

export type ExprKind = ExprType['kind'];

/**
 * What evaluation produces. Money is integer pence, dates are 'YYYY-MM-DD',
 * and null means the expression depends on a question nobody answered.
 */
export type Value = number | string | boolean | string[] | Record<string, unknown>[] | null;

export interface EvaluationContext {
  /** Answers by field name. A missing key means the question was not answered. */
  answers: Readonly<Record<string, unknown>>;
  /** The date to treat as today, 'YYYY-MM-DD'. Expressions never read the system clock. */
  today: string;
  /**
   * The journey's data model. When given, each answer is checked against its
   * question's type, and money arithmetic on money questions rounds to whole pence.
   */
  scope?: ExpressionScope;
}

export type EvaluationResult = { ok: true; value: Value } | { ok: false; error: ExpressionError };

const TEXT_FIELDS: ReadonlySet<FieldType> = new Set(['text', 'longText', 'email', 'phone', 'postcode']);

export function exprTypeOfField(info: FieldTypeInfo, name?: string): ExprType {
  if (TEXT_FIELDS.has(info.type)) return { kind: 'string' };
  const named = name === undefined ? {} : { field: name };
  const options = Array.isArray(info.options) ? { options: info.options } : {};
  switch (info.type) {
    case 'number':
    case 'money':
    case 'date':
    case 'address':
    case 'file':
      return { kind: info.type };
    case 'yesNo':
      return { kind: 'boolean' };
    case 'singleChoice':
      return { kind: 'choice', ...options, ...named };
    case 'multipleChoice':
      return { kind: 'list', of: 'choice', ...options, ...named };
    case 'group':
      return { kind: 'group', fields: info.fields ?? {} };
    default:
      return { kind: 'unknown' };
  }
}

const DESCRIPTIONS: Readonly<Record<ExprKind, string>> = {
  number: 'a number',
  money: 'an amount of money',
  date: 'a date',
  string: 'text',
  boolean: 'a yes or no value',
  choice: 'a choice',
  list: 'a list',
  group: 'a group of answers',
  address: 'an address',
  file: 'a file',
  unknown: 'a value',
};

/** "an amount of money", for messages. */
export function describeKind(kind: ExprKind): string {
  return DESCRIPTIONS[kind];
}

/** Text and choices compare with each other and with text literals. */
export const isTextLike = (type: ExprType): boolean => type.kind === 'string' || type.kind === 'choice';
export const isNumeric = (type: ExprType): boolean => type.kind === 'number' || type.kind === 'money';
