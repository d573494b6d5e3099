import { daysInMonth } from '@fingerpost/schema';
import { type Coerced, type Issue, isPlainObject } from './coerced';
import { isRealIsoDate, toIsoDate } from './dates';
import type { DatePart } from './types';

const partOrder: readonly DatePart[] = ['day', 'month', 'year'];

// GOV.UK asks services to accept month names as well as numbers; Welsh residents may type Welsh ones.
const monthNames: ReadonlyMap<string, number> = new Map(
  [
    ['january', 'jan', 'ionawr', 'ion'],
    ['february', 'feb', 'chwefror', 'chwe'],
    ['march', 'mar', 'mawrth', 'maw'],
    ['april', 'apr', 'ebrill', 'ebr'],
    ['may', 'mai'],
    ['june', 'jun', 'mehefin', 'meh'],
    ['july', 'jul', 'gorffennaf', 'gorff'],
    ['august', 'aug', 'awst', 'aws'],
    ['september', 'sep', 'sept', 'medi', 'med'],
    ['october', 'oct', 'hydref', 'hyd'],
    ['november', 'nov', 'tachwedd', 'tach'],
    ['december', 'dec', 'rhagfyr', 'rhag'],
  ].flatMap((names, index) => names.map((name): [string, number] => [name, index + 1])),
);

/** The day, month and year as posted: an object, or flat `${field}-day` keys from the HTML page. */
function dateParts(input: Readonly<Record<string, unknown>>, name: string): Record<DatePart, unknown> {
  const value = input[name];
  if (isPlainObject(value)) return { day: value.day, month: value.month, year: value.year };
  return { day: input[`${name}-day`], month: input[`${name}-month`], year: input[`${name}-year`] };
}

function partText(value: unknown): string | null {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return null;
}

const fail = (issue: Issue, raw: unknown): Coerced => ({ status: 'error', issue, raw });

/**
 * A date from 'YYYY-MM-DD' or from day, month and year as typed, with GOV.UK's checks in GOV.UK's
 * order: missing parts, then parts that are not numbers, then the year's 4 digits, then real dates.
 */
export function coerceDate(input: Readonly<Record<string, unknown>>, name: string): Coerced {
  const whole = input[name];
  if (typeof whole === 'string') {
    const text = whole.trim();
    if (text === '') return { status: 'empty', raw: whole };
    return isRealIsoDate(text)
      ? { status: 'value', value: text, raw: whole }
      : fail({ code: 'format', key: 'dateReal' }, whole);
  }
  if (whole !== undefined && whole !== null && !isPlainObject(whole)) {
    return fail({ code: 'format', key: 'dateReal' }, whole);
  }
  const raw = dateParts(input, name);
  const texts = { day: partText(raw.day), month: partText(raw.month), year: partText(raw.year) };
  const missing = partOrder.filter((part) => texts[part] === '');
  if (missing.length === 3) return { status: 'empty', raw };
  if (missing.length > 0) {
    return fail(
      { code: 'required', key: 'dateMissingParts', part: missing[0], params: { parts: missing } },
      raw,
    );
  }
  const day = texts.day !== null && /^\d{1,2}$/.test(texts.day) ? Number(texts.day) : Number.NaN;
  const month = monthNumber(texts.month);
  const yearText = texts.year;
  if (Number.isNaN(day)) return fail({ code: 'format', key: 'dateReal', part: 'day' }, raw);
  if (Number.isNaN(month)) return fail({ code: 'format', key: 'dateReal', part: 'month' }, raw);
  if (yearText === null || !/^\d+$/.test(yearText)) {
    return fail({ code: 'format', key: 'dateReal', part: 'year' }, raw);
  }
  if (yearText.length !== 4) return fail({ code: 'format', key: 'dateYearDigits', part: 'year' }, raw);
  const year = Number(yearText);
  if (month < 1 || month > 12) return fail({ code: 'format', key: 'dateReal', part: 'month' }, raw);
  if (day < 1 || day > daysInMonth(year, month)) {
    return fail({ code: 'format', key: 'dateReal', part: 'day' }, raw);
  }
  return { status: 'value', value: toIsoDate(year, month, day), raw };
}

function monthNumber(text: string | null): number {
  if (text === null) return Number.NaN;
  if (/^\d{1,2}$/.test(text)) return Number(text);
  return monthNames.get(text.toLowerCase().replace(/\.$/, '')) ?? Number.NaN;
}
