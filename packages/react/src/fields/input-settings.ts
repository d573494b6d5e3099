import type { Component } from '@fingerpost/schema';

interface InputSettings {
  type: 'text' | 'email' | 'tel';
  inputMode?: 'numeric' | 'decimal' | 'email' | 'tel';
  autoComplete?: string;
  spellCheck?: boolean;
  widthClass: string;
  prefix?: string;
}

const WIDTHS: Record<string, string> = {
  '2': 'govuk-input--width-2',
  '3': 'govuk-input--width-3',
  '4': 'govuk-input--width-4',
  '5': 'govuk-input--width-5',
  '10': 'govuk-input--width-10',
  '20': 'govuk-input--width-20',
  '30': 'govuk-input--width-30',
  'one-quarter': 'govuk-!-width-one-quarter',
  'one-third': 'govuk-!-width-one-third',
  'one-half': 'govuk-!-width-one-half',
  'two-thirds': 'govuk-!-width-two-thirds',
  full: 'govuk-!-width-full',
};

/**
 * How GOV.UK presents each kind of text box: input type, keyboard, autocomplete and a width that
 * hints at the answer's length. A component's own settings win.
 */
export function inputSettings(type: string, definition: Component | undefined): InputSettings {
  const base: InputSettings = (() => {
    switch (type) {
      case 'email':
        return { type: 'email', autoComplete: 'email', spellCheck: false, widthClass: WIDTHS['30']! };
      case 'phone':
        return { type: 'tel', autoComplete: 'tel', widthClass: WIDTHS['20']! };
      case 'postcode':
        return { type: 'text', autoComplete: 'postal-code', widthClass: WIDTHS['10']! };
      case 'number':
        return { type: 'text', inputMode: 'decimal', spellCheck: false, widthClass: WIDTHS['10']! };
      case 'money':
        return {
          type: 'text',
          inputMode: 'decimal',
          spellCheck: false,
          widthClass: WIDTHS['10']!,
          prefix: '£',
        };
      default:
        return { type: 'text', widthClass: '' };
    }
  })();
  const width = definition?.width ? WIDTHS[definition.width] : undefined;
  return {
    ...base,
    ...(width ? { widthClass: width } : {}),
    ...(definition?.autocomplete ? { autoComplete: definition.autocomplete } : {}),
    ...(definition?.prefix ? { prefix: definition.prefix } : {}),
  };
}
