import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideMoney, formatMoney, multiplyMoney } from './money';

describe('money', () => {
  it.each([
    [740_000, '£7,400'],
    [61_667, '£616.67'],
    [5, '£0.05'],
    [123_456_789, '£1,234,567.89'],
    [-50, '-£0.50'],
  ])('writes %i pence as %s', (pence, text) => {
    expect(formatMoney(pence)).toBe(text);
  });

  it('multiplies in exact decimals, rounding halves away from zero', () => {
    expect(multiplyMoney(10, 1.15)).toBe(12); // 11.5p: binary floating point would give 11
    expect(multiplyMoney(-10, 1.15)).toBe(-12);
    expect(multiplyMoney(1, 0.4)).toBe(0);
    expect(multiplyMoney(74_000, 0.55)).toBe(40_700);
  });

  it('divides in exact decimals', () => {
    expect(divideMoney(100, 3)).toBe(33);
    expect(divideMoney(200, 3)).toBe(67);
    expect(divideMoney(100, 0.3)).toBe(333);
  });

  it('refuses results too large to hold exactly', () => {
    expect(multiplyMoney(Number.MAX_SAFE_INTEGER, 2)).toBeUndefined();
  });

  it('agrees with rounded floating point away from exact halves', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 1, max: 10_000 }),
        (pence, hundredths) => {
          const exact = (pence * hundredths) / 100;
          fc.pre(Math.abs(exact - Math.trunc(exact)) !== 0.5);
          expect(multiplyMoney(pence, hundredths / 100)).toBe(Math.round(exact) || 0);
        },
      ),
    );
  });
});
