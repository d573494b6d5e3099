import type { Journey } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { normalisePhone, normalisePostcode } from './coerce-text';
import { councilJourney, formFor, inEnglish, inWelsh } from './council-journey.fixture';

describe('postcodes', () => {
  const form = formFor('postcode');

  it.each([
    ['sw1a1aa', 'SW1A 1AA'],
    ['  cf10 1ep ', 'CF10 1EP'],
    ['M1 1AE', 'M1 1AE'],
    ['b33   8th', 'B33 8TH'],
  ])('normalises %j to %j', (typed, postcode) => {
    expect(form.parse({ postcode: typed }, inEnglish())).toMatchObject({ ok: true, values: { postcode } });
  });

  it('rejects what cannot be a UK postcode', () => {
    for (const typed of ['12345', 'SW1A', 'QQ1 1AA', 'SW1A 1A', 'SW1A-1AA!']) {
      expect(normalisePostcode(typed)).toBeNull();
    }
    expect(form.parse({ postcode: 'not a postcode' }, inEnglish())).toMatchObject({
      errors: [{ field: 'postcode', code: 'format', message: 'Enter a real postcode' }],
      raw: { postcode: 'not a postcode' },
    });
    expect(form.parse({ postcode: 'XYZ' }, inWelsh())).toMatchObject({
      errors: [{ message: 'Rhowch god post go iawn' }],
    });
  });

  it('derives the subject from "What is your postcode?"', () => {
    expect(form.parse({}, inEnglish())).toMatchObject({ errors: [{ message: 'Enter your postcode' }] });
    expect(form.parse({}, inWelsh())).toMatchObject({ errors: [{ message: 'Rhowch eich cod post' }] });
  });
});

describe('phone numbers', () => {
  it.each([
    ['07700 900 982', '07700900982'],
    ['+44 7700 900982', '07700900982'],
    ['+44 (0)20 7946 0000', '02079460000'],
    ['0044 1632 960001', '01632960001'],
    ['(01632) 960-001', '01632960001'],
    ['+33 1 23 45 67 89', '+33123456789'],
  ])('normalises %j to %j', (typed, phone) => {
    expect(normalisePhone(typed)).toBe(phone);
  });

  it('rejects numbers too short, too long or with letters', () => {
    for (const typed of ['0770090', '077009009821234', '0800 FLOWERS', '12345678901']) {
      expect(normalisePhone(typed)).toBeNull();
    }
  });
});

describe('email addresses', () => {
  const form = formFor('contact');
  const byEmail = (email: string) => ({ contactMethod: 'email', email });

  it('trims and accepts a well-formed address', () => {
    expect(form.parse(byEmail('  resident@example.org.uk '), inEnglish())).toMatchObject({
      ok: true,
      values: { email: 'resident@example.org.uk' },
    });
  });

  it('rejects an address without a domain', () => {
    for (const email of ['resident@', 'resident.example.com', 'resident@example', 'two@@example.com']) {
      expect(form.parse(byEmail(email), inEnglish())).toMatchObject({
        errors: [
          {
            field: 'email',
            code: 'format',
            message: 'Enter an email address in the correct format, like name@example.com',
          },
        ],
      });
    }
  });
});

describe('text rules', () => {
  const withRules = (validation: object, optional = false): Journey => ({
    ...councilJourney,
    steps: [
      {
        id: 'reference',
        type: 'question',
        components: [{ field: 'fullName', label: 'Your council tax reference', optional, validation }],
        next: 'done',
      },
      { id: 'done', type: 'end', outcome: 'submitted', title: 'Application sent' },
    ],
  });

  it('matches a pattern against the whole answer', () => {
    const form = formFor('reference', withRules({ pattern: '[0-9]{8}' }));
    expect(form.parse({ fullName: '12345678' }, inEnglish())).toMatchObject({ ok: true });
    expect(form.parse({ fullName: 'A12345678B' }, inEnglish())).toMatchObject({
      errors: [{ code: 'pattern', message: 'Enter your council tax reference in the correct format' }],
    });
  });

  it('treats a pattern that does not compile as a format error instead of crashing', () => {
    const form = formFor('reference', withRules({ pattern: '([0-9]' }));
    expect(form.parse({ fullName: '12345678' }, inEnglish())).toMatchObject({
      ok: false,
      errors: [{ code: 'format' }],
    });
  });

  it('answers a near-miss for a pattern that would make a backtracking engine hang', () => {
    // Four adjacent overlapping repetitions take n^4 steps in RegExp: years on 5,000 characters.
    const form = formFor('reference', withRules({ pattern: '[0-9]*[0-9]*[0-9]*[0-9]*x' }));
    expect(form.parse({ fullName: `${'1'.repeat(5_000)}!` }, inEnglish())).toMatchObject({
      errors: [{ code: 'pattern' }],
    });
    expect(form.parse({ fullName: '1234x' }, inEnglish())).toMatchObject({ ok: true });
  });

  it('treats a lookahead, which answers are not matched with, as a format error instead of crashing', () => {
    const form = formFor('reference', withRules({ pattern: '(?!0000)[0-9]{4}' }));
    expect(form.parse({ fullName: '1234' }, inEnglish())).toMatchObject({
      ok: false,
      errors: [{ code: 'format' }],
    });
  });

  it('counts characters as residents see them, not UTF-16 units', () => {
    const form = formFor('reference', withRules({ maxLength: 3, minLength: 2 }));
    expect(form.parse({ fullName: '😀😀😀' }, inEnglish())).toMatchObject({ ok: true });
    expect(form.parse({ fullName: 'abcd' }, inEnglish())).toMatchObject({
      errors: [{ code: 'maxLength', message: 'Your council tax reference must be 3 characters or less' }],
    });
    expect(form.parse({ fullName: 'a' }, inEnglish())).toMatchObject({
      errors: [{ code: 'minLength', message: 'Your council tax reference must be 2 characters or more' }],
    });
  });

  it('leaves an optional question blank without error and without a value', () => {
    const form = formFor('reference', withRules({ minLength: 2 }, true));
    expect(form.parse({ fullName: '   ' }, inEnglish())).toEqual({ ok: true, values: {}, hidden: [] });
  });
});

describe('long text', () => {
  const form = formFor('proof');
  const proof = { id: 'f1', name: 'letter.pdf', size: 1000, type: 'application/pdf' };

  it('turns CRLF into LF so line breaks count once', () => {
    expect(
      form.parse({ proofOfBenefits: proof, moreInformation: 'Line one\r\nLine two  ' }, inEnglish()),
    ).toMatchObject({
      values: { moreInformation: 'Line one\nLine two' },
    });
  });

  it('limits words', () => {
    const words = Array.from({ length: 101 }, () => 'ok').join(' ');
    expect(form.parse({ proofOfBenefits: proof, moreInformation: words }, inEnglish())).toMatchObject({
      errors: [
        {
          field: 'moreInformation',
          code: 'maxWords',
          message: 'Anything else we should know must be 100 words or fewer',
        },
      ],
    });
  });
});
