import type { ComponentView } from '@fingerpost/core';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whole pence as pounds the way residents type them: 125050 → "1250.50", 1200 → "12". */
export function penceAsPounds(pence: number): string {
  const pounds = Math.trunc(pence / 100);
  const rest = Math.abs(pence % 100);
  return rest === 0 ? String(pounds) : `${pounds}.${String(rest).padStart(2, '0')}`;
}

/**
 * What a text box shows: what the resident typed when the page was refused, else the answer held,
 * written as it would be typed.
 * @example inputText({ ...view, type: 'money', value: 1250, raw: null }) // '12.50'
 */
export function inputText(
  component: Pick<ComponentView, 'type' | 'value' | 'raw'>,
  initial?: unknown,
): string {
  const raw = component.raw;
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number') return String(raw);
  const value = initial !== undefined ? initial : component.value;
  if (value === null || value === undefined) return '';
  if (component.type === 'money' && typeof value === 'number') return penceAsPounds(value);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

export type DateParts = { day: string; month: string; year: string };

/** A date's day, month and year as shown in the three boxes. */
export function dateParts(component: Pick<ComponentView, 'value' | 'raw'>, initial?: unknown): DateParts {
  const raw = component.raw;
  if (isObject(raw)) {
    const part = (key: string) =>
      typeof raw[key] === 'string' || typeof raw[key] === 'number' ? String(raw[key]) : '';
    return { day: part('day'), month: part('month'), year: part('year') };
  }
  const value = initial !== undefined ? initial : component.value;
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return { day: '', month: '', year: '' };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' };
}

export const ADDRESS_PARTS = ['line1', 'line2', 'town', 'county', 'postcode'] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];

/** An address's lines as shown in its boxes. */
export function addressParts(
  component: Pick<ComponentView, 'value' | 'raw'>,
  initial?: unknown,
): Record<AddressPart, string> {
  const source = isObject(component.raw) ? component.raw : initial !== undefined ? initial : component.value;
  const parts = { line1: '', line2: '', town: '', county: '', postcode: '' };
  if (!isObject(source)) return parts;
  for (const part of ADDRESS_PARTS) {
    const value = source[part];
    if (typeof value === 'string') parts[part] = value;
  }
  return parts;
}

/** Which radio is chosen for a yes/no question: 'yes', 'no' or none. */
export function yesNoChoice(component: Pick<ComponentView, 'value' | 'raw'>, initial?: unknown): string {
  const raw = component.raw;
  if (typeof raw === 'string') return raw.toLowerCase();
  const value = initial !== undefined ? initial : component.value;
  return value === true ? 'yes' : value === false ? 'no' : '';
}

/** The options chosen, from what was typed or the answer (or an item being changed). */
export function chosenOptions(component: Pick<ComponentView, 'options'>, initial?: unknown): Set<string> {
  if (initial !== undefined) {
    const list = Array.isArray(initial) ? initial : [initial];
    return new Set(list.filter((v): v is string => typeof v === 'string'));
  }
  return new Set(component.options.filter((o) => o.selected).map((o) => o.value));
}
