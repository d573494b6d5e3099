import { describe, expect, it } from 'vitest';
import { addDuration, dueTime, resumedDueTime } from '../src/approvals/deadlines';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS, englandAndWales } from '../src/calendar/england-and-wales';
import { addWorkingDays, countWorkingDays, createWorkingDayCalendar } from '../src/calendar/working-days';
import { londonDate, startOfLondonDay } from '../src/clock';

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('England and Wales bank holidays', () => {
  it('lists eight holidays a year from 2024 to 2028, none at a weekend', () => {
    for (const year of ['2024', '2025', '2026', '2027', '2028']) {
      expect(ENGLAND_AND_WALES_BANK_HOLIDAYS.filter((d) => d.startsWith(year))).toHaveLength(8);
    }
    for (const date of ENGLAND_AND_WALES_BANK_HOLIDAYS) expect([0, 6]).not.toContain(weekday(date));
  });

  it('has the 2026 dates, with Boxing Day moved to Monday 28 December', () => {
    expect(ENGLAND_AND_WALES_BANK_HOLIDAYS.filter((d) => d.startsWith('2026'))).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
    expect(englandAndWales.isWorkingDay('2026-12-28')).toBe(false);
    expect(englandAndWales.isWorkingDay('2026-12-29')).toBe(true);
  });

  it('puts Good Friday two days before Easter Sunday and Easter Monday the day after', () => {
    const easter: Record<string, string> = {
      2024: '03-31',
      2025: '04-20',
      2026: '04-05',
      2027: '03-28',
      2028: '04-16',
    };
    for (const [year, day] of Object.entries(easter)) {
      const sunday = Date.parse(`${year}-${day}T00:00:00Z`);
      const iso = (offset: number) => new Date(sunday + offset * 86_400_000).toISOString().slice(0, 10);
      expect(ENGLAND_AND_WALES_BANK_HOLIDAYS).toContain(iso(-2));
      expect(ENGLAND_AND_WALES_BANK_HOLIDAYS).toContain(iso(1));
    }
  });
});

describe('working days', () => {
  it('counts from the day after: a request on Thursday 24 December 2026 has day 1 on Tuesday 29th', () => {
    expect(addWorkingDays(englandAndWales, '2026-12-24', 1)).toBe('2026-12-29');
    expect(addWorkingDays(englandAndWales, '2026-12-24', 4)).toBe('2027-01-04');
    expect(addWorkingDays(englandAndWales, '2026-12-24', 20)).toBe('2027-01-26');
  });

  it('counts working days between two dates', () => {
    expect(countWorkingDays(englandAndWales, '2026-12-24', '2026-12-31')).toBe(3);
    expect(countWorkingDays(englandAndWales, '2026-12-31', '2026-12-24')).toBe(0);
  });

  it('lets a council add its own closure days', () => {
    const council = createWorkingDayCalendar({
      name: 'anytown',
      holidays: [...ENGLAND_AND_WALES_BANK_HOLIDAYS, '2026-12-29'],
    });
    expect(addWorkingDays(council, '2026-12-24', 1)).toBe('2026-12-30');
  });
});

describe('London time', () => {
  it('gives the London date of an instant, in summer and winter', () => {
    expect(londonDate(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonDate(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('finds when a London day starts', () => {
    expect(startOfLondonDay('2026-07-01')).toBe('2026-06-30T23:00:00.000Z');
    expect(startOfLondonDay('2026-01-15')).toBe('2026-01-15T00:00:00.000Z');
  });
});

describe('due times', () => {
  it('adds ISO 8601 durations in calendar time', () => {
    expect(addDuration('2026-01-31T10:00:00.000Z', 'P1M')).toBe('2026-02-28T10:00:00.000Z');
    expect(addDuration('2026-03-01T10:00:00.000Z', 'P56D')).toBe('2026-04-26T10:00:00.000Z');
    expect(addDuration('2026-03-01T10:00:00.000Z', 'PT48H')).toBe('2026-03-03T10:00:00.000Z');
    expect(addDuration('2026-03-01T10:00:00.000Z', 'P1Y2W')).toBe('2027-03-15T10:00:00.000Z');
    expect(addDuration('2026-03-01T10:00:00.000Z', 'nonsense')).toBeNull();
  });

  it('is due at the end of the last working day, London time', () => {
    const due = dueTime(
      { workingDays: 20 },
      { at: '2026-12-24T10:00:00.000Z', today: '2026-12-24' },
      englandAndWales,
    );
    expect(due).toEqual({ dueAt: '2027-01-27T00:00:00.000Z', lastWorkingDay: '2027-01-26' });
    const summer = dueTime(
      { workingDays: 1 },
      { at: '2026-07-01T10:00:00.000Z', today: '2026-07-01' },
      englandAndWales,
    );
    expect(summer.dueAt).toBe('2026-07-02T23:00:00.000Z');
  });

  it('moves a paused deadline on: by the time paused, or by recounting the working days left', () => {
    const calendarDue = { dueAt: '2026-03-10T00:00:00.000Z', lastWorkingDay: null };
    expect(
      resumedDueTime(
        calendarDue,
        '2026-03-01T00:00:00.000Z',
        { at: '2026-03-03T00:00:00.000Z', today: '2026-03-03' },
        englandAndWales,
      ).dueAt,
    ).toBe('2026-03-12T00:00:00.000Z');
    // 20 working days from Monday 2 March 2026 end on Monday 30 March; paused on Wednesday 4 March
    // with 18 left; the resident answers on Friday 13 March, so the 18 count from Monday 16 March.
    const due = dueTime(
      { workingDays: 20 },
      { at: '2026-03-02T09:00:00.000Z', today: '2026-03-02' },
      englandAndWales,
    );
    expect(due.lastWorkingDay).toBe('2026-03-30');
    const resumed = resumedDueTime(
      due,
      '2026-03-04T12:00:00.000Z',
      { at: '2026-03-13T12:00:00.000Z', today: '2026-03-13' },
      englandAndWales,
    );
    expect(resumed.lastWorkingDay).toBe(addWorkingDays(englandAndWales, '2026-03-13', 18));
    expect(resumed.lastWorkingDay).toBe('2026-04-10');
  });
});
