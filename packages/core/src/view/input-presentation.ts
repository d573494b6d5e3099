import type { Component, Text } from '@fingerpost/schema';

/** How GOV.UK presents a text box, whatever renders it (Nunjucks on the server, React in a browser). */
export interface InputPresentation {
  inputType: 'text' | 'email' | 'tel';
  /** The on-screen keyboard: numbers and money get digits without forcing type="number". */
  inputMode?: 'numeric' | 'decimal';
  autocomplete?: string;
  /** Off for answers a spell checker would only mangle. */
  spellcheck?: false;
  /** A GOV.UK width class hinting at the answer's length. */
  widthClass?: string;
  prefix?: string;
  suffix?: Text;
}

const WIDTH_CLASSES: Record<NonNullable<Component['width']>, string> = {
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

const BY_FIELD_TYPE: Record<string, InputPresentation> = {
  email: { inputType: 'email', autocomplete: 'email', spellcheck: false, widthClass: WIDTH_CLASSES['30'] },
  phone: { inputType: 'tel', autocomplete: 'tel', widthClass: WIDTH_CLASSES['20'] },
  postcode: { inputType: 'text', autocomplete: 'postal-code', widthClass: WIDTH_CLASSES['10'] },
  number: { inputType: 'text', inputMode: 'decimal', spellcheck: false, widthClass: WIDTH_CLASSES['10'] },
  money: {
    inputType: 'text',
    inputMode: 'decimal',
    spellcheck: false,
    widthClass: WIDTH_CLASSES['10'],
    prefix: '£',
  },
};

/**
 * How a field's text box is presented: the GOV.UK defaults for its type, with the component's own
 * width, autocomplete, prefix and suffix winning.
 * @example inputPresentation('money') // { inputType: 'text', inputMode: 'decimal', prefix: '£', … }
 */
export function inputPresentation(
  fieldType: string,
  component?: Pick<Component, 'width' | 'autocomplete' | 'prefix' | 'suffix' | 'validation'>,
): InputPresentation {
  const integer = fieldType === 'number' && component?.validation?.integer === true;
  return {
    ...(BY_FIELD_TYPE[fieldType] ?? { inputType: 'text' }),
    ...(integer ? { inputMode: 'numeric' as const } : {}),
    ...(component?.width ? { widthClass: WIDTH_CLASSES[component.width] } : {}),
    ...(component?.autocomplete ? { autocomplete: component.autocomplete } : {}),
    ...(component?.prefix ? { prefix: component.prefix } : {}),
    ...(component?.suffix ? { suffix: component.suffix } : {}),
  };
}
