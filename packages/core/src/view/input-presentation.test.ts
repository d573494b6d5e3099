import { describe, expect, it } from 'vitest';
import { inputPresentation } from './input-presentation';

describe('inputPresentation', () => {
  it('gives each field type the GOV.UK defaults', () => {
    expect(inputPresentation('money')).toMatchObject({
      inputMode: 'decimal',
      prefix: '£',
      widthClass: 'govuk-input--width-10',
    });
    expect(inputPresentation('email')).toMatchObject({
      inputType: 'email',
      autocomplete: 'email',
      spellcheck: false,
    });
    expect(inputPresentation('text')).toEqual({ inputType: 'text' });
  });

  it('lets the component choose width, autocomplete, prefix and suffix, and whole numbers get a numeric keyboard', () => {
    expect(
      inputPresentation('number', { width: '3', suffix: 'bins', validation: { integer: true } }),
    ).toMatchObject({
      inputMode: 'numeric',
      widthClass: 'govuk-input--width-3',
      suffix: 'bins',
    });
    expect(inputPresentation('text', { autocomplete: 'bday', prefix: '#' })).toMatchObject({
      autocomplete: 'bday',
      prefix: '#',
    });
  });
});
