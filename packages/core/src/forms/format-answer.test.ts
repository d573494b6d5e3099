import type { Field } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { councilJourney } from './council-journey.fixture';
import { formatAnswer } from './format-answer';

const field = (name: string): Field => {
  const found = councilJourney.fields[name];
  if (!found) throw new Error(`fixture has no field ${name}`);
  return found;
};

describe('answers on check your answers', () => {
  it('writes money in pounds, with pence only when there are some', () => {
    expect(formatAnswer(125050, field('income'), 'en')).toBe('£1,250.50');
    expect(formatAnswer(740000, field('income'), 'cy')).toBe('£7,400');
    expect(formatAnswer(5, field('income'), 'en')).toBe('£0.05');
  });

  it('writes dates with month names in the language', () => {
    expect(formatAnswer('2024-02-29', field('dateOfBirth'), 'en')).toBe('29 February 2024');
    expect(formatAnswer('2024-02-29', field('dateOfBirth'), 'cy')).toBe('29 Chwefror 2024');
    expect(formatAnswer('1990-06-01', field('dateOfBirth'), 'cy')).toBe('1 Mehefin 1990');
  });

  it('writes yes and no', () => {
    expect(formatAnswer(true, field('getsPip'), 'en')).toBe('Yes');
    expect(formatAnswer(false, field('getsPip'), 'en')).toBe('No');
    expect(formatAnswer(true, field('getsPip'), 'cy')).toBe('Ie');
    expect(formatAnswer(false, field('getsPip'), 'cy')).toBe('Na');
  });

  it('writes option labels in the language, several joined', () => {
    expect(formatAnswer('email', field('contactMethod'), 'cy')).toBe('E-bost');
    expect(formatAnswer(['universal-credit', 'income-support'], field('benefits'), 'en')).toBe(
      'Universal Credit, Income Support',
    );
    expect(formatAnswer(['universal-credit'], field('benefits'), 'cy')).toBe('Credyd Cynhwysol');
  });

  it('writes an address on one line and a file by its name', () => {
    const address = { line1: '1 Castle Street', line2: 'Flat 2', town: 'Cardiff', postcode: 'CF10 1BH' };
    expect(formatAnswer(address, field('homeAddress'), 'en')).toBe(
      '1 Castle Street, Flat 2, Cardiff, CF10 1BH',
    );
    const file = { id: 'f1', name: 'award-letter.pdf', size: 1200, type: 'application/pdf' };
    expect(formatAnswer(file, field('proofOfBenefits'), 'cy')).toBe('award-letter.pdf');
  });

  it('writes numbers, phone numbers and text as people read them', () => {
    expect(formatAnswer(1200, field('children'), 'en')).toBe('1,200');
    expect(formatAnswer('07700900982', field('phone'), 'en')).toBe('07700 900982');
    expect(formatAnswer('02079460000', field('phone'), 'en')).toBe('020 7946 0000');
    expect(formatAnswer('+33123456789', field('phone'), 'en')).toBe('+33123456789');
    expect(formatAnswer('SW1A 1AA', field('postcode'), 'en')).toBe('SW1A 1AA');
    expect(formatAnswer('Line one\nLine two', field('moreInformation'), 'en')).toBe('Line one\nLine two');
  });

  it('says "Not provided" for unanswered questions', () => {
    for (const name of ['fullName', 'income', 'dateOfBirth', 'benefits', 'homeAddress', 'getsPip']) {
      expect(formatAnswer(undefined, field(name), 'en')).toBe('Not provided');
      expect(formatAnswer(null, field(name), 'cy')).toBe('Heb ei ddarparu');
    }
    expect(formatAnswer([], field('benefits'), 'en')).toBe('Not provided');
    expect(formatAnswer('', field('fullName'), 'en')).toBe('Not provided');
  });

  it('lists group items by their first answer', () => {
    const people = [{ name: 'Sam Jones' }, { name: 'Alex Jones' }];
    expect(formatAnswer(people, field('household'), 'en')).toBe('Sam Jones, Alex Jones');
  });
});
