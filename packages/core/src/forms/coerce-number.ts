import { type Coerced, scalarText } from './coerced';

// Thousands separators must be in the right places: "1,250" yes, "1,2,3" no.
const decimalNumber = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;
const poundsAndPence = /^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;

/** A number from a JSON number or from text as typed ("1,200", "3.5"). */
export function coerceNumber(input: unknown): Coerced {
  if (typeof input === 'number') {
    return Number.isFinite(input)
      ? { status: 'value', value: input, raw: input }
      : { status: 'error', issue: { code: 'format', key: 'numberFormat' }, raw: input };
  }
  const text = scalarText(input);
  if (text === '') return { status: 'empty', raw: input };
  if (text === null || !/\d/.test(text) || !decimalNumber.test(text)) {
    return { status: 'error', issue: { code: 'format', key: 'numberFormat' }, raw: input };
  }
  return { status: 'value', value: Number(text.replace(/,/g, '')), raw: input };
}

/**
 * Converts pounds as typed to integer pence; null with the reason when it is not an amount.
 *
 * @example
 * parsePounds('£1,250.50'); // { pence: 125050 }
 * parsePounds('12.345'); // { error: 'moneyDecimals' }
 */
export function parsePounds(text: string): { pence: number } | { error: 'moneyFormat' | 'moneyDecimals' } {
  const amount = text.replace(/^£\s*/, '');
  const match = /\d/.test(amount) ? poundsAndPence.exec(amount) : null;
  if (!match) return { error: 'moneyFormat' };
  const decimals = match[1] ?? '';
  if (decimals.length > 2) return { error: 'moneyDecimals' };
  const [whole = ''] = amount.replace(/,/g, '').split('.');
  const pence = Number(whole || '0') * 100 + Number(decimals.padEnd(2, '0'));
  return Number.isSafeInteger(pence) ? { pence } : { error: 'moneyFormat' };
}

/** Money: JSON clients send integer pence; forms send pounds as typed. */
export function coerceMoney(input: unknown): Coerced {
  if (typeof input === 'number') {
    return Number.isSafeInteger(input)
      ? { status: 'value', value: input, raw: input }
      : { status: 'error', issue: { code: 'format', key: 'moneyFormat' }, raw: input };
  }
  const text = typeof input === 'string' ? input.trim() : input === undefined || input === null ? '' : null;
  if (text === '') return { status: 'empty', raw: input };
  if (text === null) return { status: 'error', issue: { code: 'format', key: 'moneyFormat' }, raw: input };
  const parsed = parsePounds(text);
  return 'pence' in parsed
    ? { status: 'value', value: parsed.pence, raw: input }
    : { status: 'error', issue: { code: 'format', key: parsed.error }, raw: input };
}
