import type { ComponentView, OptionView } from '@fingerpost/core';
import type { UiText } from '../ui-text';

/** A yes/no question's two answers, as radios show them. */
export function yesNoOptions(text: UiText): OptionView[] {
  return [
    { value: 'yes', label: text.yes, hint: null, selected: false, exclusive: false },
    { value: 'no', label: text.no, hint: null, selected: false, exclusive: false },
  ];
}

/**
 * The first item's id is the field's own (so the error summary's link lands on it); the others
 * are numbered, as GOV.UK's macros number them.
 */
export function itemId(component: ComponentView, index: number): string {
  return index === 0 ? component.field : `${component.field}-${index + 1}`;
}
