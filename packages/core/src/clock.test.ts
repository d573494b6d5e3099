import { describe, expect, it } from 'vitest';
import { londonDate, startOfLondonDay } from './clock';

describe('londonDate', () => {
  it('turns the date at London midnight, in summer and winter, however often it is asked', () => {
    const instants: Array<[string, string]> = [
      ['2026-06-30T22:59:59.999Z', '2026-06-30'],
      ['2026-06-30T22:59:59.999Z', '2026-06-30'],
      ['2026-06-30T23:00:00.000Z', '2026-07-01'],
      ['2026-06-30T23:59:59.000Z', '2026-07-01'],
      ['2026-12-31T23:59:59.999Z', '2026-12-31'],
      ['2027-01-01T00:00:00.000Z', '2027-01-01'],
      ['2026-06-30T22:30:00.000Z', '2026-06-30'],
    ];
    for (const [instant, date] of instants) expect(londonDate(new Date(instant))).toBe(date);
  });

  it('keeps London mean time before 1847, minutes off UTC', () => {
    expect(londonDate(new Date('1800-01-01T00:00:30Z'))).toBe('1799-12-31');
    expect(londonDate(new Date('1800-01-01T00:02:00Z'))).toBe('1800-01-01');
  });

  it('gives the instant a London day begins', () => {
    expect(startOfLondonDay('2026-07-01')).toBe('2026-06-30T23:00:00.000Z');
    expect(startOfLondonDay('2026-01-01')).toBe('2026-01-01T00:00:00.000Z');
  });
});
