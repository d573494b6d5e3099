import type { Component } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { formFor, inEnglish, inWelsh } from './council-journey.fixture';
import { messagesCy } from './messages-cy';
import { messagesEn } from './messages-en';
import { subjectFor } from './subject';
import { afterI, softMutate } from './welsh-grammar';

const labelled = (label: Component['label']): Component => ({ field: 'x', label });

describe('subjects derived from labels', () => {
  it.each([
    ['What is your full name?', 'your full name'],
    ["What's your national insurance number?", 'your national insurance number'],
    ['Date of birth', 'date of birth'],
    ['Do you get Personal Independence Payment?', 'if you get Personal Independence Payment'],
    ['Are you a full-time student?', 'if you are a full-time student'],
    ['Which benefits do you get?', 'which benefits you get'],
    ['How many bedrooms does your home have?', 'an answer'],
    ['How many children live with you?', 'how many children live with you'],
    ['Is the bin damaged?', 'an answer'],
    ['PIP reference', 'PIP reference'],
  ])('%j gives %j', (label, subject) => {
    expect(subjectFor(labelled(label), 'en')).toBe(subject);
  });

  it('derives Welsh subjects from Welsh labels', () => {
    expect(subjectFor(labelled({ en: 'What is your name?', cy: 'Beth yw eich enw?' }), 'cy')).toBe(
      'eich enw',
    );
    expect(subjectFor(labelled({ en: 'Do you rent?', cy: 'Ydych chi’n rhentu?' }), 'cy')).toBe('ateb');
  });
});

describe('Welsh built-in messages', () => {
  it('mutates the subject after a verb and contracts after "i"', () => {
    expect(softMutate('dyddiad geni')).toBe('ddyddiad geni');
    expect(softMutate('cyfeiriad e-bost')).toBe('gyfeiriad e-bost');
    expect(softMutate('Gwasanaeth')).toBe('Wasanaeth');
    expect(softMutate('llythyr')).toBe('lythyr');
    expect(softMutate('PIP')).toBe('PIP');
    expect(softMutate('eich enw')).toBe('eich enw');
    expect(afterI('eich dyddiad geni')).toBe("i'ch dyddiad geni");
    expect(afterI('y dyddiad')).toBe("i'r dyddiad");
    expect(afterI('dyddiad y cais')).toBe('i ddyddiad y cais');
  });

  it('words date errors in Welsh', () => {
    const form = formFor('date-of-birth');
    expect(form.parse({}, inWelsh())).toMatchObject({ errors: [{ message: 'Rhowch eich dyddiad geni' }] });
    expect(form.parse({ 'dateOfBirth-day': '3', 'dateOfBirth-year': '1990' }, inWelsh())).toMatchObject({
      errors: [{ part: 'month', message: "Rhaid i'ch dyddiad geni gynnwys mis" }],
    });
    expect(form.parse({ dateOfBirth: { day: '31', month: '2', year: '2024' } }, inWelsh())).toMatchObject({
      errors: [{ message: "Rhaid i'ch dyddiad geni fod yn ddyddiad go iawn" }],
    });
    expect(form.parse({ dateOfBirth: '2030-01-01' }, inWelsh())).toMatchObject({
      errors: [{ code: 'past', message: "Rhaid i'ch dyddiad geni fod yn y gorffennol" }],
    });
    expect(form.parse({ dateOfBirth: '1850-01-01' }, inWelsh())).toMatchObject({
      errors: [
        { code: 'notBefore', message: "Rhaid i'ch dyddiad geni fod ar 1 Ionawr 1900 neu ar ôl hynny" },
      ],
    });
  });

  it('falls back to English for a language without built-in messages', () => {
    const form = formFor('your-name');
    expect(form.parse({}, { ...inEnglish(), language: 'gd' })).toMatchObject({
      errors: [{ message: 'Enter your full name' }],
    });
  });
});

describe('message tables', () => {
  const params = {
    subject: 'your date of birth',
    min: '1',
    max: '2',
    count: 2,
    option: 'None',
    types: 'PDF',
    size: '2MB',
    item: 'person',
    parts: ['day' as const],
  };

  it('never say "invalid" or "please", in either language', () => {
    for (const table of [messagesEn, messagesCy]) {
      for (const [key, message] of Object.entries(table)) {
        if (key === 'words') continue;
        const text = (message as (p: typeof params) => string)(params);
        expect(text).not.toMatch(/invalid|please|annilys|os gwelwch yn dda/i);
        expect(text.length).toBeGreaterThan(5);
      }
    }
  });

  it('have the same messages in Welsh as in English', () => {
    expect(Object.keys(messagesCy).sort()).toEqual(Object.keys(messagesEn).sort());
    expect(messagesCy.requiredEnter(params)).not.toBe(messagesEn.requiredEnter(params));
  });
});
