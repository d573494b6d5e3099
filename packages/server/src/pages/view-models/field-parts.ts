import type { ComponentView } from '@fingerpost/core';
import type { Component } from '@fingerpost/schema';
import type { Texts } from '../i18n/texts';

export type Params = Record<string, unknown>;

/** One question ready for its GOV.UK Frontend macro (see templates/partials/field.njk). */
export interface FieldModel {
  macro:
    | 'input'
    | 'radios'
    | 'checkboxes'
    | 'select'
    | 'dateInput'
    | 'textarea'
    | 'characterCount'
    | 'fileUpload'
    | 'address';
  params: Params;
  /** The id the error summary links to. */
  errorTarget: string;
}

/** How to show one question on its page. */
export interface FieldContext {
  texts: Texts;
  language: string;
  /** The only question on the page: its label or legend is the page heading. */
  asHeading: boolean;
  /** The journey's component (width, prefix, suffix), when known. */
  definition?: Component | undefined;
  /** Hidden from sight but not from screen readers (the heading already says it). */
  hideLabel?: boolean;
  /** Revealed under an option of another question: a plain label. */
  nested?: boolean;
  /** HTML of components revealed under an option, by option value. */
  reveals?: ReadonlyMap<string, string>;
  /** An address found by postcode: the link back to the look-up, and why it is being typed. */
  addressLookup?: AddressLookupLink | undefined;
}

export interface AddressLookupLink {
  href: string;
  /** "We cannot look up addresses at the moment…", when the look-up failed. */
  notice: string | null;
}

/** The label (or legend) text, with "(optional)" when the question may be left blank. */
export function labelText(view: ComponentView, texts: Texts): string {
  return view.optional ? `${view.label} ${texts.optional}` : view.label;
}

function sizeClass(ctx: FieldContext, prefix: string): string {
  if (ctx.hideLabel) return 'govuk-visually-hidden';
  if (ctx.nested) return '';
  return ctx.asHeading ? `${prefix}--l` : `${prefix}--m`;
}

export function labelParams(view: ComponentView, ctx: FieldContext): Params {
  const heading = ctx.asHeading && !ctx.hideLabel;
  return { text: labelText(view, ctx.texts), isPageHeading: heading, classes: sizeClass(ctx, 'govuk-label') };
}

export function legendParams(view: ComponentView, ctx: FieldContext): Params {
  const heading = ctx.asHeading && !ctx.hideLabel;
  const classes = sizeClass(ctx, 'govuk-fieldset__legend');
  return { text: labelText(view, ctx.texts), isPageHeading: heading, classes };
}

export function hintParams(text: string | null | undefined): Params | undefined {
  return text ? { text } : undefined;
}

export function errorParams(view: ComponentView, texts: Texts): Params | undefined {
  return view.error ? { text: view.error.message, visuallyHiddenText: texts.errorHidden } : undefined;
}
