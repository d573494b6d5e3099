/**
 * Calendar arithmetic on 'YYYY-MM-DD' strings. Done with whole-day numbers
 * rather than Date objects so that time zones and clock changes can never
 * shift an answer by a day.
 */

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why `text` is not a real 'YYYY-MM-DD' date, or undefined when it is one. */
export function dateProblem(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return `"${text}" is not written as YYYY-MM-DD, for example "2026-09-01"`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1) return `"${text}" is not a real date: years start at 0001`;
  if (month < 1 || month > 12) return `"${text}" is not a real date: there is no month ${month}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    return `"${text}" is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${days} days`;
  }
  return undefined;
}

export function parseDate(text: unknown): CivilDate | undefined {
  if (typeof text !== 'string' || dateProblem(text) !== undefined) return undefined;
  return { year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)), day: Number(text.slice(8, 10)) };
}

export function formatDate({ year, month, day }: CivilDate): string | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return undefined;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 (Hinnant's days_from_civil). */
export function toDayNumber({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The results below are undefined when they would fall outside years 0001 to 9999. */
export function addDays(date: CivilDate, days: number): string | undefined {
  if (Math.abs(days) > 4_000_000) return undefined;
  return formatDate(fromDayNumber(toDayNumber(date) + days));
}

/** Adds calendar months, moving to the last day of the month when the day does not exist (31 Jan + 1 month = 28 or 29 Feb). */
export function addMonths(date: CivilDate, months: number): string | undefined {
  if (Math.abs(months) > 200_000) return undefined;
  const total = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  if (year < 1 || year > 9999) return undefined;
  return formatDate({ year, month, day: Math.min(date.day, daysInMonth(year, month)) });
}

export function addYears(date: CivilDate, years: number): string | undefined {
  return addMonths(date, years * 12);
}

export function daysBetween(from: CivilDate, to: CivilDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

const before = (a: CivilDate, b: CivilDate): boolean => toDayNumber(a) < toDayNumber(b);

/**
 * Whole months from `from` to `to`, negative when `to` is earlier. A month is
 * complete on the same day number of a later month, or on that month's last
 * day when it has no such day (31 January to 28 February is one month).
 */
export function monthsBetween(from: CivilDate, to: CivilDate): number {
  if (before(to, from)) return -monthsBetween(to, from);
  let months = (to.year - from.year) * 12 + (to.month - from.month);
  if (to.day < Math.min(from.day, daysInMonth(to.year, to.month))) months--;
  return months;
}

/**
 * Whole years from `from` to `to`, counted like birthdays: someone born on
 * 29 February is a year older on 1 March in years without a 29 February.
 */
export function yearsBetween(from: CivilDate, to: CivilDate): number {
  if (before(to, from)) return -yearsBetween(to, from);
  let years = to.year - from.year;
  if (to.month < from.month || (to.month === from.month && to.day < from.day)) years--;
  return years;
}
