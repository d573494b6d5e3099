import { parseDate } from '@fingerpost/schema';
import { messageTable } from './messages';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a YYYY-MM-DD date that exists on the calendar (the expression language's rule). */
export function isRealIsoDate(text: string): boolean {
  return parseDate(text) !== undefined;
}

export function toIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Writes a YYYY-MM-DD date the GOV.UK way, with month names in the language; other text unchanged.
 *
 * @example
 * formatLongDate('2024-02-29', 'cy'); // '29 Chwefror 2024'
 */
export function formatLongDate(iso: string, language: string): string {
  const match = isoDate.exec(iso);
  if (!match) return iso;
  const month = messageTable(language).words.months[Number(match[2]) - 1];
  return month === undefined ? iso : `${Number(match[3])} ${month} ${match[1]}`;
}
