import { normalisePostcode } from './coerce-text';
import { type Coerced, isPlainObject, scalarText } from './coerced';

const addressParts = ['line1', 'line2', 'town', 'county', 'postcode'] as const;
type AddressPart = (typeof addressParts)[number];

/** A UK address from an object or from flat `${field}-line1` keys; line 1, town and postcode needed. */
export function coerceAddress(input: Readonly<Record<string, unknown>>, name: string): Coerced {
  const whole = input[name];
  if (whole !== undefined && whole !== null && !isPlainObject(whole)) {
    return { status: 'error', issue: { code: 'format', key: 'addressLine1' }, raw: whole };
  }
  const raw: Partial<Record<AddressPart, unknown>> = {};
  const text: Partial<Record<AddressPart, string>> = {};
  for (const part of addressParts) {
    const value = isPlainObject(whole) ? whole[part] : input[`${name}-${part}`];
    if (value !== undefined) raw[part] = value;
    const typed = scalarText(value);
    if (typed) text[part] = typed;
  }
  if (Object.keys(text).length === 0) return { status: 'empty', raw };
  if (!text.line1) return { status: 'error', issue: { code: 'required', key: 'addressLine1' }, raw };
  if (!text.town) return { status: 'error', issue: { code: 'required', key: 'addressTown' }, raw };
  if (!text.postcode) return { status: 'error', issue: { code: 'required', key: 'addressPostcode' }, raw };
  const postcode = normalisePostcode(text.postcode);
  if (postcode === null) return { status: 'error', issue: { code: 'format', key: 'postcode' }, raw };
  const address: Record<string, string> = { line1: text.line1 };
  if (text.line2) address.line2 = text.line2;
  address.town = text.town;
  if (text.county) address.county = text.county;
  address.postcode = postcode;
  return { status: 'value', value: address, raw };
}
