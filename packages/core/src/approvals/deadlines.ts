import type { Deadline } from '@fingerpost/schema';
import { addDays, addWorkingDays, countWorkingDays, type WorkingDayCalendar } from '../calendar/working-days';
import { londonDate, type Moment, startOfLondonDay } from '../clock';

/** A task's due time: the instant, and for working-day deadlines the last working day. */
export interface DueTime {
  dueAt: string;
  lastWorkingDay: string | null;
}

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * Adds an ISO 8601 duration to an instant. Years, months, weeks and days are calendar units
 * counted in UTC; hours, minutes and seconds are elapsed time. Returns null for a malformed duration.
 * @example addDuration('2026-01-31T10:00:00.000Z', 'P1M') // '2026-02-28T10:00:00.000Z'
 */
export function addDuration(instant: string, duration: string): string | null {
  const m = DURATION.exec(duration);
  if (!m || duration === 'P' || duration.endsWith('T')) return null;
  const n = (i: number) => Number(m[i] ?? 0);
  const start = new Date(instant);
  const targetMonth = start.getUTCMonth() + n(2) + 12 * n(1);
  const d = new Date(start.getTime());
  d.setUTCDate(1);
  d.setUTCFullYear(start.getUTCFullYear(), targetMonth, 1);
  // Clamp to the month's last day: 31 January plus one month is 28 (or 29) February.
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  const ms = ((n(3) * 7 + n(4)) * 86_400 + n(5) * 3_600 + n(6) * 60 + n(7)) * 1_000;
  return new Date(d.getTime() + ms).toISOString();
}

/** The end of a London calendar day: the instant the next day begins. */
function endOfLondonDay(date: string): string {
  return startOfLondonDay(addDays(date, 1));
}

/**
 * When a task opened at `now` is due. Working days count from the day after `now` and the task is
 * due at the end of the last one (midnight, London time).
 * @example dueTime({ workingDays: 20 }, { at: '2026-12-24T10:00:00.000Z', today: '2026-12-24' }, englandAndWales)
 * // { dueAt: '2027-01-27T00:00:00.000Z', lastWorkingDay: '2027-01-26' }
 */
export function dueTime(deadline: Deadline, now: Moment, calendar: WorkingDayCalendar): DueTime {
  if ('workingDays' in deadline) {
    const last = addWorkingDays(calendar, now.today, deadline.workingDays);
    return { dueAt: endOfLondonDay(last), lastWorkingDay: last };
  }
  return { dueAt: addDuration(now.at, deadline.duration) ?? now.at, lastWorkingDay: null };
}

/**
 * The due time after the clock was stopped from `pausedAt` until `resumed`: calendar deadlines move
 * on by the time paused; working-day deadlines recount the working days that were left, from the
 * day after the resident answered.
 * @example resumedDueTime({ dueAt: '2026-03-10T00:00:00.000Z', lastWorkingDay: null }, '2026-03-01T00:00:00.000Z', { at: '2026-03-03T00:00:00.000Z', today: '2026-03-03' }, englandAndWales)
 * // { dueAt: '2026-03-12T00:00:00.000Z', lastWorkingDay: null }
 */
export function resumedDueTime(
  due: DueTime,
  pausedAt: string,
  resumed: Moment,
  calendar: WorkingDayCalendar,
): DueTime {
  if (due.lastWorkingDay !== null) {
    const left = countWorkingDays(calendar, londonDate(new Date(pausedAt)), due.lastWorkingDay);
    const last = addWorkingDays(calendar, resumed.today, left);
    return { dueAt: endOfLondonDay(last), lastWorkingDay: last };
  }
  const paused = Date.parse(resumed.at) - Date.parse(pausedAt);
  return { dueAt: new Date(Date.parse(due.dueAt) + Math.max(0, paused)).toISOString(), lastWorkingDay: null };
}
