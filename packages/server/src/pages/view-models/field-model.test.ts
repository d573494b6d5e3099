import type { ComponentView } from '@fingerpost/core';
import { describe, expect, it } from 'vitest';
import { textsFor } from '../i18n/texts';
import { type FieldContext, fieldModel, fileTypeNames, sizeText } from './field-model';

const view = (overrides: Partial<ComponentView>): ComponentView => ({
  field: 'answer',
  type: 'text',
  label: 'Question',
  hint: null,
  optional: false,
  widget: null,
  autocomplete: null,
  value: null,
  raw: null,
  error: null,
  options: [],
  visible: true,
  validation: null,
  ...overrides,
});

const ctx = (language = 'en', extra: Partial<FieldContext> = {}): FieldContext => ({
  texts: textsFor(language),
  language,
  asHeading: true,
  ...extra,
});

describe('inputs', () => {
  it('shows money held in pence as pounds, after a £ prefix', () => {
    const model = fieldModel(view({ type: 'money', value: 65050 }), ctx());
    expect(model.params).toMatchObject({ value: '650.50', prefix: { text: '£' }, inputmode: 'decimal' });
    expect(fieldModel(view({ type: 'money', value: 1200 }), ctx()).params.value).toBe('12');
  });

  it('shows what was typed rather than the answer held, when the page was refused', () => {
    const model = fieldModel(view({ type: 'number', value: 2, raw: 'two' }), ctx());
    expect(model.params.value).toBe('two');
  });

  it('asks whole numbers with the numeric keypad', () => {
    const model = fieldModel(view({ type: 'number', validation: { integer: true } }), ctx());
    expect(model.params.inputmode).toBe('numeric');
  });

  it('makes the only question’s label the page heading, and says "(optional)" in the resident’s language', () => {
    const model = fieldModel(view({ optional: true }), ctx('cy'));
    expect(model.params.label).toEqual({
      text: 'Question (dewisol)',
      isPageHeading: true,
      classes: 'govuk-label--l',
    });
  });

  it('gives email, phone and postcode their input types and autocomplete', () => {
    expect(fieldModel(view({ type: 'email' }), ctx()).params).toMatchObject({
      type: 'email',
      autocomplete: 'email',
    });
    expect(fieldModel(view({ type: 'phone' }), ctx()).params).toMatchObject({
      type: 'tel',
      autocomplete: 'tel',
    });
    expect(fieldModel(view({ type: 'postcode' }), ctx()).params.autocomplete).toBe('postal-code');
  });
});

describe('dates', () => {
  it('splits the date held into day, month and year', () => {
    const model = fieldModel(view({ type: 'date', value: '2007-03-27' }), ctx());
    const items = model.params.items as Array<{ name: string; value: string }>;
    expect(items.map((i) => i.value)).toEqual(['27', '3', '2007']);
    expect(model.params.hint).toEqual({ text: 'For example, 27 3 2007' });
  });

  it('highlights only the part a problem is about, and links the summary to it', () => {
    const error = {
      field: 'answer',
      code: 'format' as const,
      message: 'Enter a real month',
      part: 'month' as const,
    };
    const model = fieldModel(
      view({ type: 'date', raw: { day: '1', month: '13', year: '2020' }, error }),
      ctx(),
    );
    const items = model.params.items as Array<{ name: string; classes: string; value: string }>;
    expect(items.map((i) => i.classes.includes('govuk-input--error'))).toEqual([false, true, false]);
    expect(items[1]!.value).toBe('13');
    expect(model.errorTarget).toBe('answer-month');
  });

  it('labels the parts in Welsh', () => {
    const items = fieldModel(view({ type: 'date' }), ctx('cy')).params.items as Array<{ label: string }>;
    expect(items.map((i) => i.label)).toEqual(['Diwrnod', 'Mis', 'Blwyddyn']);
  });
});

describe('addresses', () => {
  it('asks each line with its autocomplete token and puts a problem beside the line it is about', () => {
    const error = { field: 'answer', code: 'required' as const, message: 'Enter the town or city' };
    const model = fieldModel(view({ type: 'address', raw: { line1: '1 High St', town: '' }, error }), ctx());
    const parts = model.params.parts as Array<{ id: string; autocomplete?: string; errorMessage?: unknown }>;
    expect(parts.map((p) => p.autocomplete)).toEqual([
      'address-line1',
      'address-line2',
      'address-level2',
      undefined,
      'postal-code',
    ]);
    expect(parts.filter((p) => p.errorMessage).map((p) => p.id)).toEqual(['answer-town']);
    expect(model.errorTarget).toBe('answer-town');
  });
});

describe('long text and files', () => {
  it('counts characters up to the limit, with the count’s messages in Welsh', () => {
    const model = fieldModel(view({ type: 'longText', validation: { maxLength: 500 } }), ctx('cy'));
    expect(model.macro).toBe('characterCount');
    expect(model.params).toMatchObject({
      maxlength: 500,
      textareaDescriptionText: 'Gallwch ddefnyddio hyd at %{count} nod',
    });
    expect(fieldModel(view({ type: 'longText' }), ctx()).macro).toBe('textarea');
  });

  it('says which files it takes when the journey does not, and which file is already uploaded', () => {
    const model = fieldModel(
      view({
        type: 'file',
        value: { id: 'f1', name: 'letter.pdf', size: 10, type: 'application/pdf' },
        validation: { accept: ['image/jpeg', 'image/png', 'application/pdf'], maxSizeKb: 10240 },
      }),
      ctx(),
    );
    expect(model.params.hint).toEqual({
      text: 'The file must be a JPG, PNG or PDF. The file must be smaller than 10MB. You have uploaded letter.pdf. Choose another file only if you want to replace it.',
    });
    expect(model.params.attributes).toEqual({ accept: 'image/jpeg,image/png,application/pdf' });
    expect(fileTypeNames(['application/pdf'], 'or')).toBe('PDF');
    expect(sizeText(512)).toBe('512KB');
    expect(sizeText(1536)).toBe('1.5MB');
  });
});

describe('choices', () => {
  const options = [
    { value: 'a', label: 'A', hint: null, selected: false, exclusive: false },
    { value: 'none', label: 'None of these', hint: null, selected: true, exclusive: true },
  ];

  it('puts an option that cannot be combined last, after "or"', () => {
    const model = fieldModel(view({ type: 'multipleChoice', options }), ctx('cy'));
    expect(model.params.items).toEqual([
      expect.objectContaining({ value: 'a', checked: false }),
      { divider: 'neu' },
      expect.objectContaining({ value: 'none', checked: true, behaviour: 'exclusive' }),
    ]);
    expect(model.params.hint).toEqual({ text: 'Dewiswch bob un sy’n berthnasol' });
  });

  it('asks yes or no with inline radios, unless an answer reveals a question', () => {
    const plain = fieldModel(view({ type: 'yesNo', value: true }), ctx('cy'));
    expect(plain.params.classes).toBe('govuk-radios--inline');
    expect(plain.params.items).toEqual([
      expect.objectContaining({ value: 'yes', text: 'Ie', checked: true }),
      expect.objectContaining({ value: 'no', text: 'Na', checked: false }),
    ]);
    const revealing = fieldModel(
      view({ type: 'yesNo' }),
      ctx('en', { reveals: new Map([['yes', '<p>x</p>']]) }),
    );
    expect(revealing.params.classes).toBeUndefined();
    expect((revealing.params.items as Array<{ conditional?: unknown }>)[0]!.conditional).toEqual({
      html: '<p>x</p>',
    });
  });

  it('offers a select with an empty first choice', () => {
    const model = fieldModel(view({ type: 'singleChoice', widget: 'select', options }), ctx());
    expect(model.macro).toBe('select');
    expect(model.params.value).toBe('none');
    expect((model.params.items as Array<{ value: string }>)[0]).toEqual({
      value: '',
      text: 'Choose an option',
    });
  });
});
