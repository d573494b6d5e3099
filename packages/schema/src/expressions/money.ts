/**
 * Money is whole pence. Multiplying or dividing by a plain number is done in
 * exact decimal arithmetic (BigInt) so that £0.10 * 1.15 rounds the way a
 * person working it out on paper would, not the way binary floating point does.
 */

/** 740000 -> "£7,400"; 61667 -> "£616.67"; -50 -> "-£0.50". */
export function formatMoney(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  const whole = BigInt(Math.abs(Math.trunc(pence)));
  const pounds = (whole / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const remainder = whole % 100n;
  return remainder === 0n
    ? `${sign}£${pounds}`
    : `${sign}£${pounds}.${remainder.toString().padStart(2, '0')}`;
}

/** A finite number as an exact decimal fraction: digits / 10^scale. */
function toDecimal(n: number): { digits: bigint; scale: bigint } {
  const [mantissa = '0', exponentText = '0'] = String(n).toLowerCase().split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const exponent = Number(exponentText);
  const digits = BigInt(whole + fraction);
  const scale = fraction.length - exponent;
  return scale >= 0
    ? { digits, scale: BigInt(scale) }
    : { digits: digits * 10n ** BigInt(-scale), scale: 0n };
}

/** numerator / denominator rounded to the nearest integer, halves away from zero. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = n / d + (2n * (n % d) >= d ? 1n : 0n);
  return negative ? -quotient : quotient;
}

function toSafeNumber(value: bigint): number | undefined {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** pence * factor in whole pence, or undefined when too large to hold exactly. */
export function multiplyMoney(pence: number, factor: number): number | undefined {
  if (!Number.isSafeInteger(pence) || !Number.isFinite(factor)) return undefined;
  const { digits, scale } = toDecimal(factor);
  return toSafeNumber(divideRounded(BigInt(pence) * digits, 10n ** scale));
}

/** pence / divisor in whole pence; undefined when too large. The caller rules out dividing by zero. */
export function divideMoney(pence: number, divisor: number): number | undefined {
  if (!Number.isSafeInteger(pence) || !Number.isFinite(divisor) || divisor === 0) return undefined;
  const { digits, scale } = toDecimal(divisor);
  return toSafeNumber(divideRounded(BigInt(pence) * 10n ** scale, digits));
}

/** Rounds halves away from zero, as people expect: round(2.5) = 3, round(-2.5) = -3. */
export function roundHalfAwayFromZero(n: number): number {
  return Math.sign(n) * Math.round(Math.abs(n));
}
