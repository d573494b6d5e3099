import { describe, expect, it } from 'vitest';
import { parsePounds } from './coerce-number';
import { formFor, inEnglish, inWelsh } from './council-journey.fixture';

const income = formFor('income');
const children = formFor('children');

describe('income in pounds and pence', () => {
  it.each([
    ['£7,400', 740000],
    ['7400.5', 740050],
    ['£1,250.50', 125050],
    ['1250', 125000],
    ['1,250.5', 125050],
    [' £ 616.67 ', 61667],
    ['0.99', 99],
  ])('reads %j as %i pence', (typed, pence) => {
    expect(income.parse({ income: typed }, inEnglish())).toEqual({
      ok: true,
      values: { income: pence },
      hidden: [],
    });
  });

  it('takes integer pence from JSON clients', () => {
    expect(income.parse({ income: 740000 }, inEnglish())).toMatchObject({ values: { income: 740000 } });
    expect(income.parse({ income: 7400.5 }, inEnglish())).toMatchObject({
      ok: false,
      errors: [{ code: 'format' }],
    });
  });

  it('rejects misplaced commas as not an amount of money', () => {
    expect(income.parse({ income: '£1,2,3' }, inEnglish())).toMatchObject({
      ok: false,
      errors: [
        {
          field: 'income',
          code: 'format',
          message: 'Your household income must be an amount of money, like 600 or 193.54',
        },
      ],
      raw: { income: '£1,2,3' },
    });
  });

  it('rejects more than 2 decimal places with its own message', () => {
    expect(income.parse({ income: '12.345' }, inEnglish())).toMatchObject({
      errors: [
        {
          code: 'format',
          message: 'Your household income must not have more than 2 numbers after the decimal point',
        },
      ],
    });
  });

  it('shows money limits in pounds', () => {
    expect(income.parse({ income: '£100,000.01' }, inEnglish())).toMatchObject({
      errors: [{ code: 'max', message: 'Your household income must be £100,000 or less' }],
    });
    expect(income.parse({ income: '£100,000.01' }, inWelsh())).toMatchObject({
      errors: [{ code: 'max', message: "Rhaid i incwm eich aelwyd fod yn £100,000 neu'n llai" }],
    });
  });

  it('asks for an amount when left blank', () => {
    expect(income.parse({ income: '  ' }, inEnglish())).toMatchObject({
      errors: [{ code: 'required', message: 'Enter your household income' }],
    });
  });

  it('parsePounds refuses signs, letters and lone points', () => {
    for (const typed of ['-5', '5p', '.', '£', 'ten', '1.2.3', '£1,000,00']) {
      expect(parsePounds(typed)).toHaveProperty('error');
    }
  });
});

describe('number of children', () => {
  it('reads numbers typed with commas or sent as numbers', () => {
    expect(children.parse({ children: '3' }, inEnglish())).toMatchObject({ values: { children: 3 } });
    expect(children.parse({ children: 2 }, inEnglish())).toMatchObject({ values: { children: 2 } });
  });

  it('wants a whole number', () => {
    expect(children.parse({ children: '2.5' }, inEnglish())).toMatchObject({
      errors: [{ code: 'integer', message: 'The number of children must be a whole number' }],
    });
  });

  it('says "between" when both limits are set', () => {
    expect(children.parse({ children: '0' }, inEnglish())).toMatchObject({
      errors: [{ code: 'min', message: 'The number of children must be between 1 and 20' }],
    });
    expect(children.parse({ children: '1,200' }, inEnglish())).toMatchObject({
      errors: [{ code: 'max', message: 'The number of children must be between 1 and 20' }],
    });
  });

  it('rejects words and keeps them for the form', () => {
    expect(children.parse({ children: 'three' }, inEnglish())).toMatchObject({
      ok: false,
      errors: [{ code: 'format', message: 'The number of children must be a number' }],
      values: {},
      raw: { children: 'three' },
    });
  });
});
