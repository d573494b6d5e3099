import { describe, expect, it } from 'vitest';
import { formFor, inEnglish, inWelsh } from './council-journey.fixture';

const form = formFor('date-of-birth');
const typed = (day: string, month: string, year: string) => ({
  'dateOfBirth-day': day,
  'dateOfBirth-month': month,
  'dateOfBirth-year': year,
});

describe('date of birth from day, month and year inputs', () => {
  it('accepts 29 February in a leap year as 2024-02-29', () => {
    expect(form.parse(typed('29', '2', '2024'), inEnglish())).toEqual({
      ok: true,
      values: { dateOfBirth: '2024-02-29' },
      hidden: [],
    });
  });

  it('accepts padded parts, spaces and month names', () => {
    const result = form.parse(typed(' 07 ', 'March', '1980'), inEnglish());
    expect(result).toMatchObject({ ok: true, values: { dateOfBirth: '1980-03-07' } });
    expect(form.parse(typed('7', 'Mawrth', '1980'), inWelsh())).toMatchObject({
      values: { dateOfBirth: '1980-03-07' },
    });
  });

  it('asks for the date when nothing is entered', () => {
    const result = form.parse(typed('', '', ''), inEnglish());
    expect(result).toMatchObject({
      ok: false,
      errors: [{ field: 'dateOfBirth', code: 'required', message: 'Enter date of birth' }],
    });
  });

  it('names the missing part', () => {
    const result = form.parse(typed('12', '', '1990'), inEnglish());
    expect(result).toMatchObject({
      ok: false,
      errors: [{ code: 'required', part: 'month', message: 'Date of birth must include a month' }],
    });
    const twoMissing = form.parse(typed('', '', '1990'), inEnglish());
    expect(twoMissing).toMatchObject({
      errors: [{ part: 'day', message: 'Date of birth must include a day and month' }],
    });
  });

  it('rejects 31 February and 29 February 2023 as not real dates', () => {
    for (const input of [typed('31', '2', '2024'), typed('29', '2', '2023')]) {
      expect(form.parse(input, inEnglish())).toMatchObject({
        ok: false,
        errors: [
          { field: 'dateOfBirth', code: 'format', part: 'day', message: 'Date of birth must be a real date' },
        ],
      });
    }
  });

  it('rejects month 13, letters and a 2-digit year, naming the part', () => {
    expect(form.parse(typed('1', '13', '1990'), inEnglish())).toMatchObject({ errors: [{ part: 'month' }] });
    expect(form.parse(typed('1x', '1', '1990'), inEnglish())).toMatchObject({
      errors: [{ part: 'day', message: 'Date of birth must be a real date' }],
    });
    expect(form.parse(typed('1', '1', '90'), inEnglish())).toMatchObject({
      errors: [{ code: 'format', part: 'year', message: 'Year must include 4 numbers' }],
    });
  });

  it('wants a date of birth in the past, relative to the injected today', () => {
    expect(form.parse(typed('2', '6', '2025'), inEnglish())).toMatchObject({
      errors: [{ code: 'past', message: 'Date of birth must be in the past' }],
    });
    expect(form.parse(typed('1', '6', '2025'), inEnglish())).toMatchObject({ ok: true });
    expect(form.parse(typed('1', '1', '2030'), { ...inEnglish(), today: '2031-01-01' })).toMatchObject({
      ok: true,
    });
  });

  it('applies notBefore with the date written out', () => {
    expect(form.parse(typed('31', '12', '1899'), inEnglish())).toMatchObject({
      errors: [{ code: 'notBefore', message: 'Date of birth must be the same as or after 1 January 1900' }],
    });
  });

  it('accepts ISO dates and part objects from JSON clients', () => {
    expect(form.parse({ dateOfBirth: '1990-05-17' }, inEnglish())).toMatchObject({
      values: { dateOfBirth: '1990-05-17' },
    });
    expect(form.parse({ dateOfBirth: { day: 17, month: 5, year: 1990 } }, inEnglish())).toMatchObject({
      values: { dateOfBirth: '1990-05-17' },
    });
    expect(form.parse({ dateOfBirth: '1990-02-30' }, inEnglish())).toMatchObject({
      errors: [{ code: 'format' }],
    });
  });

  it('keeps exactly what was typed when there is an error', () => {
    const result = form.parse(typed(' 31', 'Feb', '2024 '), inEnglish());
    expect(result).toMatchObject({
      ok: false,
      raw: { dateOfBirth: { day: ' 31', month: 'Feb', year: '2024 ' } },
    });
  });
});
