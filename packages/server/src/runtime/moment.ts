import { type Clock, londonDate } from '@fingerpost/core';

/** The clock read once: the instant, and the London date it falls on. */
export function momentOf(clock: Clock): { at: string; today: string } {
  const now = clock();
  return { at: now.toISOString(), today: londonDate(now) };
}
