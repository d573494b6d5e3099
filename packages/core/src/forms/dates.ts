import { messageTable } from './messages';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when `text` is a YYYY-MM-DD date that exists on the calendar. */
export function isRealIsoDate(text: string): boolean {
  const match = isoDate.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
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
