import type { Span } from './ast';

export const EXPRESSION_ERROR_CODES = [
  'expression.syntax',
  'expression.unknown-field',
  'expression.unknown-function',
  'expression.arity',
  'expression.type-mismatch',
  'expression.unknown-option',
  'expression.not-boolean',
  'expression.too-long',
  'expression.too-deep',
  'expression.budget-exceeded',
  'expression.runtime',
] as const;

export type ExpressionErrorCode = (typeof EXPRESSION_ERROR_CODES)[number];

/** A problem with an expression, located in its source so an editor can underline it. */
export interface ExpressionError {
  code: ExpressionErrorCode;
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** 0-based offset into the source. */
  offset: number;
  length: number;
}

const NOWHERE: Span = { offset: 0, length: 0, line: 1, column: 1 };

export function expressionError(
  code: ExpressionErrorCode,
  message: string,
  span: Span | undefined,
): ExpressionError {
  // Hand-built or tampered nodes may lack a span; an error must still be reportable.
  const at = span && typeof span.offset === 'number' ? span : NOWHERE;
  return { code, message, line: at.line, column: at.column, offset: at.offset, length: at.length };
}

/**
 * Thrown only inside the parser and evaluator to unwind; never escapes the
 * public API. Deliberately not an Error: capturing a stack trace on every
 * rejected expression would dominate the cost of checking bad input.
 */
export class ExpressionFailure {
  constructor(readonly error: ExpressionError) {}
}

export function fail(code: ExpressionErrorCode, message: string, span: Span | undefined): never {
  throw new ExpressionFailure(expressionError(code, message, span));
}

/** 7400 -> "7,400", so numbers in messages read the way people write them. */
export function withThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
