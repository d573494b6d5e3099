import type { CompiledExpression } from '../expression';
import { evaluate } from '../expression';

/** A payment step's amount: fixed pence, or a money expression over the answers. */
export type CompiledAmount = number | CompiledExpression;

/**
 * The amount to pay in pence, or null when the expression cannot be worked out (an answer it needs
 * is missing). Zero or less means nothing to pay.
 * @example paymentAmount(4000, {}, '2026-04-01') // 4000
 */
export function paymentAmount(
  amount: CompiledAmount,
  answers: Record<string, unknown>,
  today: string,
): number | null {
  if (typeof amount === 'number') return amount;
  const value = evaluate(amount, answers, today);
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}
