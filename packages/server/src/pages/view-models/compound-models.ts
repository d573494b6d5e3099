import type { ComponentView } from '@fingerpost/core';
import { errorParams, type FieldContext, type FieldModel, legendParams, type Params } from './field-parts';
import { type AddressPart, addressParts, dateParts } from './field-values';

const ERROR_CLASS = ' govuk-input--error';

/**
 * Day, month and year inputs (posted as `{field}-day` and so on). GOV.UK highlights only the input a
 * problem is about, or all three when the date as a whole is wrong.
 */
export function dateModel(view: ComponentView, ctx: FieldContext): FieldModel {
  const t = ctx.texts;
  const values = dateParts(view);
  const part = view.error?.part;
  const highlight = (name: string) => view.error !== null && (part === undefined || part === name);
  const bday = view.autocomplete === 'bday';
  const item = (name: 'day' | 'month' | 'year', label: string, width: string): Params => ({
    name,
    label,
    value: values[name],
    classes: `${width}${highlight(name) ? ERROR_CLASS : ''}`,
    ...(bday ? { autocomplete: `bday-${name}` } : {}),
  });
  const params: Params = {
    id: view.field,
    namePrefix: view.field,
    fieldset: { legend: legendParams(view, ctx) },
    hint: { text: view.hint ?? t.dateHint },
    errorMessage: errorParams(view, t),
    items: [
      item('day', t.day, 'govuk-input--width-2'),
      item('month', t.month, 'govuk-input--width-2'),
      item('year', t.year, 'govuk-input--width-4'),
    ],
  };
  return { macro: 'dateInput', params, errorTarget: `${view.field}-${part ?? 'day'}` };
}

const ADDRESS_INPUTS: ReadonlyArray<{
  part: AddressPart;
  label: 'addressLine1' | 'addressLine2' | 'addressTown' | 'addressCounty' | 'addressPostcode';
  autocomplete?: string;
  classes?: string;
}> = [
  { part: 'line1', label: 'addressLine1', autocomplete: 'address-line1' },
  { part: 'line2', label: 'addressLine2', autocomplete: 'address-line2' },
  { part: 'town', label: 'addressTown', autocomplete: 'address-level2', classes: 'govuk-!-width-two-thirds' },
  { part: 'county', label: 'addressCounty', classes: 'govuk-!-width-two-thirds' },
  {
    part: 'postcode',
    label: 'addressPostcode',
    autocomplete: 'postal-code',
    classes: 'govuk-input--width-10',
  },
];

/**
 * GOV.UK's address pattern: a fieldset of inputs (posted as `{field}-line1` and so on) with
 * autocomplete attributes; a problem shows beside the input it is about.
 */
export function addressModel(view: ComponentView, ctx: FieldContext, partInError: AddressPart): FieldModel {
  const values = addressParts(view);
  const parts = ADDRESS_INPUTS.map((input) => ({
    id: `${view.field}-${input.part}`,
    name: `${view.field}-${input.part}`,
    value: values[input.part],
    label: { text: ctx.texts[input.label] },
    ...(input.autocomplete ? { autocomplete: input.autocomplete } : {}),
    ...(input.classes ? { classes: input.classes } : {}),
    ...(input.part === partInError ? { errorMessage: errorParams(view, ctx.texts) } : {}),
  }));
  const hintId = `${view.field}-hint`;
  const params: Params = {
    fieldset: { legend: legendParams(view, ctx), ...(view.hint ? { describedBy: hintId } : {}) },
    hint: view.hint ? { text: view.hint, id: hintId } : undefined,
    parts,
    ...(ctx.addressLookup
      ? {
          notice: ctx.addressLookup.notice,
          lookup: { href: ctx.addressLookup.href, text: ctx.texts.findAddressAgain },
        }
      : {}),
  };
  return { macro: 'address', params, errorTarget: `${view.field}-${partInError}` };
}
