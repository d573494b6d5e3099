import { type Coerced, scalarText } from './coerced';

/** Text answers are trimmed; a textarea's CRLF line ends become LF so lengths count as residents see. */
export function coerceText(input: unknown, multiline: boolean): Coerced {
  const text = scalarText(input);
  if (text === null) return { status: 'error', issue: { code: 'format', key: 'pattern' }, raw: input };
  if (text === '') return { status: 'empty', raw: input };
  return { status: 'value', value: multiline ? text.replace(/\r\n?/g, '\n') : text, raw: input };
}

// Royal Mail's outward and inward code shapes, plus the Girobank code.
const postcodePattern =
  /^(?:GIR 0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9](?:[0-9]|[ABEHMNPRV-Y])?|[0-9][A-HJKPS-UW]) [0-9][ABD-HJLNP-UW-Z]{2})$/;

/**
 * Upper-cases a UK postcode and puts the single space before the inward code; null when it is not
 * the shape of a UK postcode.
 *
 * @example
 * normalisePostcode('sw1a1aa'); // 'SW1A 1AA'
 */
export function normalisePostcode(text: string): string | null {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  if (compact.length < 5 || compact.length > 7) return null;
  const spaced = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  return postcodePattern.test(spaced) ? spaced : null;
}

export function coercePostcode(input: unknown): Coerced {
  const text = coerceText(input, false);
  if (text.status !== 'value') return text;
  const postcode = normalisePostcode(text.value as string);
  return postcode === null
    ? { status: 'error', issue: { code: 'format', key: 'postcode' }, raw: input }
    : { status: 'value', value: postcode, raw: input };
}

/**
 * Normalises a telephone number: UK numbers to their national digits ("07700900982", whatever the
 * spacing, "+44" or "(0)"), other countries to "+" and digits; null when it cannot be a number.
 *
 * @example
 * normalisePhone('+44 (0)7700 900-982'); // '07700900982'
 */
export function normalisePhone(text: string): string | null {
  if (!/^[0-9+\s()\-.]+$/.test(text)) return null;
  const international = text.startsWith('+') || text.startsWith('00');
  let digits = (international ? text.replace(/\(0\)/g, '') : text).replace(/\D/g, '');
  if (text.startsWith('00')) digits = digits.slice(2);
  if (international && digits.startsWith('44')) digits = `0${digits.slice(2)}`;
  else if (international) return digits.length >= 7 && digits.length <= 15 ? `+${digits}` : null;
  return /^0[1-9]\d{8,9}$/.test(digits) ? digits : null;
}

export function coercePhone(input: unknown): Coerced {
  const text = coerceText(input, false);
  if (text.status !== 'value') return text;
  const phone = normalisePhone(text.value as string);
  return phone === null
    ? { status: 'error', issue: { code: 'format', key: 'phone' }, raw: input }
    : { status: 'value', value: phone, raw: input };
}
