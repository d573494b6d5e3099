import { describe, expect, it } from 'vitest';
import { checkExpression } from './check';
import { councilScope, evaluated, parse, run } from './council-scope.fixture';
import { FUNCTIONS } from './functions';

describe('date functions', () => {
  it('today() is the injected date, never the system clock', () => {
    expect(evaluated('today()', {}, '1999-12-31')).toBe('1999-12-31');
  });

  it.each([
    ['addMonths(date("2026-01-31"), 1)', '2026-02-28'],
    ['addMonths(date("2024-01-31"), 1)', '2024-02-29'],
    ['addMonths(date("2026-03-31"), -1)', '2026-02-28'],
    ['addMonths(date("2026-08-31"), 1)', '2026-09-30'],
    ['addMonths(date("2026-11-15"), 3)', '2027-02-15'],
    ['addYears(date("2024-02-29"), 1)', '2025-02-28'],
    ['addYears(date("2024-02-29"), 4)', '2028-02-29'],
    ['addDays(date("2026-12-31"), 1)', '2027-01-01'],
    ['addDays(date("2024-03-01"), -1)', '2024-02-29'],
    ['addDays(date("2026-04-01"), 56)', '2026-05-27'],
  ])('%s is %s (months end on the last day when the day does not exist)', (source, expected) => {
    expect(evaluated(source)).toBe(expected);
  });

  it.each([
    ['daysBetween(date("2026-01-01"), date("2026-03-01"))', 59],
    ['daysBetween(date("2026-03-01"), date("2026-01-01"))', -59],
    ['daysBetween(date("2024-01-01"), date("2025-01-01"))', 366],
    ['monthsBetween(date("2026-01-31"), date("2026-02-28"))', 1],
    ['monthsBetween(date("2026-01-15"), date("2026-07-14"))', 5],
    ['monthsBetween(date("2026-01-15"), date("2026-07-15"))', 6],
    ['monthsBetween(date("2026-07-15"), date("2026-01-15"))', -6],
    ['yearsBetween(date("2020-06-30"), date("2026-06-29"))', 5],
    ['yearsBetween(date("2020-06-30"), date("2026-06-30"))', 6],
    ['yearsBetween(date("2024-02-29"), date("2025-02-28"))', 0],
    ['yearsBetween(date("2024-02-29"), date("2025-03-01"))', 1],
  ])('%s is %i', (source, expected) => {
    expect(evaluated(source)).toBe(expected);
  });

  it('checks a six month residence rule at its boundary', () => {
    const rule = 'addMonths(moveInDate, 6) <= today()';
    expect(evaluated(rule, { moveInDate: '2025-10-01' }, '2026-04-01')).toBe(true);
    expect(evaluated(rule, { moveInDate: '2025-10-02' }, '2026-04-01')).toBe(false);
  });

  it('refuses to add a fraction of a day', () => {
    const result = run('addDays(moveInDate, 1.5)', { moveInDate: '2026-01-01' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'expression.runtime',
        message: 'Expected a whole number, but this value is the number 1.5',
      },
    });
  });

  it('reports dates pushed beyond year 9999', () => {
    const result = run('addYears(date("9999-01-01"), 1)', {});
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'expression.runtime',
        message: 'The result of addYears() is outside the years 0001 to 9999',
      },
    });
  });
});

describe('number and text functions', () => {
  it.each([
    ['round(2.5)', 3],
    ['round(-2.5)', -3],
    ['round(2.4)', 2],
    ['floor(2.9)', 2],
    ['floor(-2.1)', -3],
    ['ceil(2.1)', 3],
    ['min(3, 2)', 2],
    ['max(£3, £2)', 300],
    ['length("Sam")', 3],
    ['length("")', 0],
    ['length("😀é")', 2],
  ])('%s is %s', (source, expected) => {
    expect(evaluated(source)).toBe(expected);
  });

  it('counts the characters of a text answer', () => {
    expect(evaluated('length(reasonForApplying) >= 10', { reasonForApplying: 'Eviction notice' })).toBe(true);
  });
});

describe('function examples', () => {
  it.each([...FUNCTIONS].map(([name, spec]) => [name, spec.example]))(
    'the example shown in messages about %s() is itself a valid expression: %s',
    (_name, example) => {
      expect(checkExpression(parse(example), councilScope)).toEqual([]);
    },
  );
});
