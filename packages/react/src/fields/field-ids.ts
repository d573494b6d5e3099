import type { ComponentView, FieldError } from '@fingerpost/core';

/** The id of a question's first input: what its label points at and the error summary links to. */
export function inputId(field: string, type: string): string {
  if (type === 'date') return `${field}-day`;
  if (type === 'address') return `${field}-line1`;
  return field;
}

/**
 * Where an error in the summary links to: the field's first input, or for a date the part that is
 * wrong, as the GOV.UK error summary asks.
 * @example errorTarget({ field: 'dateOfBirth', code: 'required', message: '…', part: 'month' }, components) // '#dateOfBirth-month'
 */
export function errorTarget(error: FieldError, components: readonly ComponentView[]): string {
  const component = components.find((c) => c.field === error.field);
  if (component?.type === 'date') return `#${error.field}-${error.part ?? 'day'}`;
  return `#${inputId(error.field, component?.type ?? 'text')}`;
}

/** Joins the ids an input is described by, leaving out the absent ones. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}
