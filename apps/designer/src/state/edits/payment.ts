import type { PaymentStep } from '@fingerpost/schema';

/** The largest fixed price the format allows, in pence (£100,000). */
export const MAX_PAYMENT_PENCE = 10_000_000;

/**
 * Pounds as a designer types them ("52.50", "£1,040", "52") in pence; null when it is not a sum of
 * money with at most two decimal places.
 * @example penceFromPounds('£52.50') // 5250
 */
export function penceFromPounds(typed: string): number | null {
  const cleaned = typed.trim().replace(/^£/, '').replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const [pounds = '0', pence = ''] = cleaned.split('.');
  return Number(pounds) * 100 + Number(pence.padEnd(2, '0'));
}

/**
 * Pence as pounds for a money box: whole pounds without pence, otherwise two decimals.
 * @example poundsFromPence(5250) // '52.50'
 */
export function poundsFromPence(pence: number): string {
  return pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2);
}

/**
 * A money expression that means the same as a fixed price, so switching a step from a fixed price
 * to an expression starts from what it charged.
 * @example moneyLiteral(5250) // '£52.50'
 */
export function moneyLiteral(pence: number): string {
  return `£${poundsFromPence(pence)}`;
}

/** The payment step's amount as the kind of price it is. */
export function amountKind(step: PaymentStep): 'fixed' | 'expression' {
  return typeof step.amount === 'number' ? 'fixed' : 'expression';
}
