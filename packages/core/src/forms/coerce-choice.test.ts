import { describe, expect, it } from 'vitest';
import { formFor, inEnglish, inWelsh } from './council-journey.fixture';

describe('benefits checkboxes', () => {
  const form = formFor('benefits');

  it('turns one checked box into a list', () => {
    expect(form.parse({ benefits: 'universal-credit' }, inEnglish())).toEqual({
      ok: true,
      values: { benefits: ['universal-credit'] },
      hidden: [],
    });
  });

  it('keeps several, dropping blanks and repeats', () => {
    expect(
      form.parse({ benefits: ['income-support', '', 'universal-credit', 'income-support'] }, inEnglish()),
    ).toMatchObject({
      values: { benefits: ['income-support', 'universal-credit'] },
    });
  });

  it('accepts "None of these" on its own', () => {
    expect(form.parse({ benefits: ['none'] }, inEnglish())).toMatchObject({
      ok: true,
      values: { benefits: ['none'] },
    });
  });

  it('refuses "None of these" with a benefit, in both languages', () => {
    const input = { benefits: ['universal-credit', 'none'] };
    expect(form.parse(input, inEnglish())).toMatchObject({
      ok: false,
      errors: [
        {
          field: 'benefits',
          code: 'format',
          message: "Select 'None of these' on its own, or select your benefits",
        },
      ],
      raw: input,
    });
    expect(form.parse(input, inWelsh())).toMatchObject({
      errors: [{ message: "Dewiswch 'Dim un o'r rhain' ar ei ben ei hun, neu dewiswch eich budd-daliadau" }],
    });
  });

  it('asks to select when nothing is ticked', () => {
    expect(form.parse({}, inEnglish())).toMatchObject({
      errors: [{ code: 'required', message: 'Select your benefits' }],
    });
    expect(form.parse({ benefits: [] }, inWelsh())).toMatchObject({
      errors: [{ message: 'Dewiswch eich budd-daliadau' }],
    });
  });

  it('refuses values that are not options', () => {
    expect(form.parse({ benefits: ['child-benefit'] }, inEnglish())).toMatchObject({
      errors: [{ code: 'format' }],
    });
    expect(form.parse({ benefits: [42] }, inEnglish())).toMatchObject({ errors: [{ code: 'format' }] });
  });

  it('applies maxItems', () => {
    const three = ['universal-credit', 'income-support', 'pension-credit'];
    expect(form.parse({ benefits: three }, inEnglish())).toMatchObject({
      errors: [{ code: 'maxItems', message: 'Select no more than 2 options' }],
    });
    expect(form.parse({ benefits: three }, inWelsh())).toMatchObject({
      errors: [{ message: 'Peidiwch â dewis mwy na 2 opsiwn' }],
    });
  });
});

describe('yes or no', () => {
  const form = formFor('pip');

  it.each([
    ['yes', true],
    ['No', false],
    [true, true],
    [false, false],
    ['true', true],
  ])('reads %j as %s', (posted, value) => {
    expect(form.parse({ getsPip: posted }, inEnglish())).toMatchObject({
      ok: true,
      values: { getsPip: value },
    });
  });

  it("uses the journey's own message, per language", () => {
    expect(form.parse({}, inEnglish())).toMatchObject({
      errors: [{ code: 'required', message: 'Select yes if you get Personal Independence Payment' }],
    });
    expect(form.parse({}, inWelsh())).toMatchObject({
      errors: [{ message: 'Dewiswch ‘ydw’ os ydych chi’n cael Taliad Annibyniaeth Personol' }],
    });
    expect(form.parse({}, { ...inEnglish(), language: 'fr' })).toMatchObject({
      errors: [{ message: 'Select yes if you get Personal Independence Payment' }],
    });
  });
});

describe('single choice', () => {
  const form = formFor('contact');

  it('must be one of the options', () => {
    expect(form.parse({ contactMethod: 'pigeon' }, inEnglish())).toMatchObject({
      errors: [{ field: 'contactMethod', code: 'format', message: 'Select how we should contact you' }],
    });
    expect(form.parse({ contactMethod: 'post' }, inEnglish())).toMatchObject({
      ok: true,
      values: { contactMethod: 'post' },
    });
  });
});
