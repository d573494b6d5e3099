/** Where time comes from: the engine never reads the system clock itself. */
export type Clock = () => Date;

const londonDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date in England and Wales at an instant, as 'YYYY-MM-DD': "today" for expressions
 * and date validation.
 * @example londonDate(new Date('2026-06-30T23:30:00Z')) // '2026-07-01' (British Summer Time)
 */
export function londonDate(instant: Date): string {
  // London is a whole number of hours from UTC, so the date is the same all through a UTC hour:
  // remember the last hour's date (formatToParts is slow, and every action asks).
  const hour = Math.floor(instant.getTime() / 3_600_000);
  if (hour === lastHour) return lastDate;
  const parts = londonDateFormat.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const date = `${part('year')}-${part('month')}-${part('day')}`;
  // Before 1847 London kept its own mean time, minutes off UTC: not remembered.
  if (hour >= 0) {
    lastHour = hour;
    lastDate = date;
  }
  return date;
}

let lastHour = Number.NaN;
let lastDate = '';

/**
 * The instant a London calendar day begins. Clocks change at 01:00 UTC, so midnight is either
 * 00:00 UTC (GMT) or 23:00 UTC the day before (BST).
 * @example startOfLondonDay('2026-07-01') // '2026-06-30T23:00:00.000Z'
 */
export function startOfLondonDay(date: string): string {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const bstMidnight = new Date(utcMidnight - 3_600_000);
  return londonDate(bstMidnight) === date ? bstMidnight.toISOString() : new Date(utcMidnight).toISOString();
}

/** The time stamp every event carries: the instant and the London date it falls on. */
export interface Moment {
  at: string;
  today: string;
}

/** Reads the injected clock once. */
export function momentOf(clock: Clock): Moment {
  const now = clock();
  return { at: now.toISOString(), today: londonDate(now) };
}
