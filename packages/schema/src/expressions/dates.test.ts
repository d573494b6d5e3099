import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  daysBetween,
  fromDayNumber,
  monthsBetween,
  parseDate,
  toDayNumber,
  yearsBetween,
} from './dates';
import { dateText } from './expression-arbitraries';

const anyDate = fc
  .integer({
    min: toDayNumber({ year: 1, month: 1, day: 1 }),
    max: toDayNumber({ year: 9999, month: 12, day: 31 }),
  })
  .map(fromDayNumber);

describe('calendar arithmetic', () => {
  it('agrees with the JavaScript UTC calendar on day numbers', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const utc = new Date(0);
        utc.setUTCFullYear(date.year, date.month - 1, date.day);
        expect(toDayNumber(date)).toBe(Math.round(utc.getTime() / 86_400_000));
      }),
    );
  });

  it('round-trips day numbers through dates', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(fromDayNumber(toDayNumber(date))).toEqual(date);
      }),
    );
  });

  it('counts n months between a date and that date plus n months', () => {
    fc.assert(
      fc.property(dateText, fc.integer({ min: -600, max: 600 }), (text, months) => {
        const start = parseDate(text)!;
        const end = parseDate(addMonths(start, months))!;
        expect(monthsBetween(start, end)).toBe(months);
      }),
    );
  });

  it('never counts a full year before the anniversary', () => {
    fc.assert(
      fc.property(dateText, dateText, (a, b) => {
        const from = parseDate(a)!;
        const to = parseDate(b)!;
        const years = yearsBetween(from, to);
        expect(Math.abs(daysBetween(from, to))).toBeGreaterThanOrEqual(Math.abs(years) * 365);
        expect(yearsBetween(to, from)).toBe(-years);
      }),
    );
  });
});
