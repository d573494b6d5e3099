import type { ComponentView } from '@fingerpost/core';
import type { Component } from '@fingerpost/schema';
import type { UiText } from '../ui-text';

/** What every question component is given. */
export interface FieldProps {
  component: ComponentView;
  /** The component as the journey defines it: widths, prefix and suffix, which the view leaves out. */
  definition: Component | undefined;
  /** A page with one question uses its label or legend as the page heading. */
  isPageHeading: boolean;
  caption: string | null;
  text: UiText;
  language: string;
  /** An add-another item being changed: its answer, shown instead of the component's value. */
  initial?: unknown;
}

/** The label as shown: "(optional)" after optional questions, never an asterisk. */
export function labelText(component: ComponentView, text: UiText): string {
  return component.optional ? `${component.label} ${text.optional}` : component.label;
}
