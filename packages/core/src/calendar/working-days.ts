/** Which days count as working days, for deadlines given in working days. */
export interface WorkingDayCalendar {
  readonly name: string;
  /** Whether a 'YYYY-MM-DD' date is a working day. */
  isWorkingDay(date: string): boolean;
}

/**
 * A calendar of working days: weekdays except the given holidays.
 * @example
 * const council = createWorkingDayCalendar({ name: 'my-council', holidays: ['2026-12-29'] });
 * council.isWorkingDay('2026-12-29') // false
 */
export function createWorkingDayCalendar(options: {
  name: string;
  holidays: readonly string[];
  /** Days of the week that are never working days, 0 = Sunday; Saturday and Sunday when absent. */
  weekend?: readonly number[];
}): WorkingDayCalendar {
  const holidays = new Set(options.holidays);
  const weekend = new Set(options.weekend ?? [0, 6]);
  return {
    name: options.name,
    isWorkingDay: (date) => !holidays.has(date) && !weekend.has(new Date(`${date}T00:00:00Z`).getUTCDay()),
  };
}

/**
 * The date `days` calendar days after a 'YYYY-MM-DD' date.
 * @example addDays('2026-12-31', 1) // '2027-01-01'
 */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * The Nth working day after a date: day 1 is the first working day after `from` (the day a request
 * arrives does not count, as for FOI requests).
 * @example addWorkingDays(englandAndWales, '2026-12-24', 1) // '2026-12-29'
 */
export function addWorkingDays(calendar: WorkingDayCalendar, from: string, workingDays: number): string {
  let date = from;
  let counted = 0;
  while (counted < workingDays) {
    date = addDays(date, 1);
    if (calendar.isWorkingDay(date)) counted += 1;
  }
  return date;
}

/**
 * How many working days fall after `from` up to and including `until` (0 when until is not later).
 * @example countWorkingDays(englandAndWales, '2026-12-24', '2026-12-31') // 3
 */
export function countWorkingDays(calendar: WorkingDayCalendar, from: string, until: string): number {
  let count = 0;
  for (let date = addDays(from, 1); date <= until; date = addDays(date, 1)) {
    if (calendar.isWorkingDay(date)) count += 1;
  }
  return count;
}
