import type { ComponentView } from '@fingerpost/core';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Pence as the resident would type pounds: 1250 → "12.50", 1200 → "12". */
export function poundsText(pence: number): string {
  return pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2);
}

/**
 * What a single input shows: what the resident typed when the page was refused, otherwise the
 * answer held, written as they would type it.
 */
export function inputText(view: ComponentView): string {
  if (view.raw !== null && view.raw !== undefined) {
    if (typeof view.raw === 'string') return view.raw;
    if (typeof view.raw === 'number') return String(view.raw);
    return '';
  }
  const value = view.value;
  if (value === null || value === undefined) return '';
  if (view.type === 'money' && typeof value === 'number') return poundsText(value);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return '';
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

const partText = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/** A date's day, month and year inputs: as typed when refused, otherwise from the held YYYY-MM-DD. */
export function dateParts(view: ComponentView): DateParts {
  if (isRecord(view.raw)) {
    return { day: partText(view.raw.day), month: partText(view.raw.month), year: partText(view.raw.year) };
  }
  const match = typeof view.value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(view.value) : null;
  if (!match) return { day: '', month: '', year: '' };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}

export const ADDRESS_PARTS = ['line1', 'line2', 'town', 'county', 'postcode'] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];

/** An address's inputs: as typed when refused, otherwise the held address. */
export function addressParts(view: ComponentView): Record<AddressPart, string> {
  const source = isRecord(view.raw) ? view.raw : isRecord(view.value) ? view.value : {};
  const parts = {} as Record<AddressPart, string>;
  for (const part of ADDRESS_PARTS) parts[part] = partText(source[part]);
  return parts;
}

/**
 * The address input a refusal is about, worked out the way the engine checks an address: line 1,
 * then the town, then the postcode (missing or not a real one).
 */
export function addressPartInError(view: ComponentView): AddressPart {
  const parts = addressParts(view);
  if (parts.line1.trim() === '') return 'line1';
  if (parts.town.trim() === '') return 'town';
  return 'postcode';
}

/** "yes" or "no" for a yes/no question's radios. */
export function yesNoValue(view: ComponentView): string | null {
  const source = view.raw ?? view.value;
  if (source === true || source === 'yes' || source === 'true') return 'yes';
  if (source === false || source === 'no' || source === 'false') return 'no';
  return null;
}

/** The name of an uploaded file held as the answer. */
export function heldFileName(view: ComponentView): string | null {
  return isRecord(view.value) && typeof view.value.name === 'string' ? view.value.name : null;
}

/** The id of an uploaded file held as the answer. */
export function heldFileId(value: unknown): string | null {
  return isRecord(value) && typeof value.id === 'string' ? value.id : null;
}
