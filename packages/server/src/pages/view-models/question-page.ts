import type { ComponentView } from '@fingerpost/core';
import type { Component, Field } from '@fingerpost/schema';
import type { Texts } from '../i18n/texts';
import type { ErrorLink } from '../render/page';
import { type FieldModel, fieldModel } from './field-model';
import type { AddressLookupLink } from './field-parts';
import { labelText } from './field-parts';
import { paragraphs } from './paragraphs';
import { revealsOn } from './reveals';

/** A page of questions, ready for templates/resident/question.njk. */
export interface QuestionPage {
  /** A heading of its own, when no single label or legend can be the page heading. */
  heading: string | null;
  caption: string | null;
  intro: string[];
  fields: FieldModel[];
  /** Whether the form carries a file (multipart/form-data). */
  multipart: boolean;
  errors: ErrorLink[];
  /** What the page is called in its <title>. */
  title: string;
}

export interface QuestionPageInput {
  components: readonly ComponentView[];
  /** The journey's components of the page (for reveals, widths and prefixes). */
  definitions: readonly Component[];
  /** The fields the components ask (the group's fields on an add-another page). */
  fields: Readonly<Record<string, Field | undefined>>;
  title: string | null;
  caption: string | null;
  intro: string | null;
  texts: Texts;
  language: string;
  /** Turns a field into HTML, for questions revealed under an option. */
  renderField: (model: FieldModel) => string;
  /** Address questions found by postcode, by field. */
  addressLookups?: ReadonlyMap<string, AddressLookupLink>;
}

/**
 * Lays a page out the GOV.UK way: one question's label (or legend) is the page heading; a page
 * with several questions, or with text between the heading and the question, has its own heading.
 * Questions whose `showIf` names an option of an earlier question on the page are revealed under
 * that option. The error summary links each problem to the input it is about.
 */
export function questionPage(input: QuestionPageInput): QuestionPage {
  const { texts, language } = input;
  const definitionOf = (field: string) => input.definitions.find((d) => d.field === field);
  const reveals = revealsOn(input.definitions, input.fields);
  const top = input.components.filter(
    (c) => !reveals.has(c.field) && (c.visible || !definitionOf(c.field)?.showIf),
  );
  const intro = paragraphs(input.intro);
  const single = top.length === 1 ? top[0]! : null;
  const ownHeading = !single || intro.length > 0;
  const heading = ownHeading ? (input.title ?? (single ? labelText(single, texts) : null)) : null;
  const errors: ErrorLink[] = [];

  const modelOf = (view: ComponentView, nested: boolean, revealed?: Map<string, string>): FieldModel => {
    const model = fieldModel(view, {
      texts,
      language,
      asHeading: !nested && !ownHeading,
      definition: definitionOf(view.field),
      nested,
      hideLabel: !nested && single !== null && ownHeading && heading === labelText(single, texts),
      ...(revealed ? { reveals: revealed } : {}),
      addressLookup: input.addressLookups?.get(view.field),
    });
    if (view.error) errors.push({ text: view.error.message, href: `#${model.errorTarget}` });
    return model;
  };

  const fields = top.map((view) => {
    const under = new Map<string, string>();
    const nestedViews = input.components.filter((c) => reveals.get(c.field)?.controller === view.field);
    // The controller's own error comes first in the summary, then those of what it reveals.
    const placeholder = errors.length;
    for (const nestedView of nestedViews) {
      const option = reveals.get(nestedView.field)!.option;
      const html = input.renderField(modelOf(nestedView, true));
      under.set(option, (under.get(option) ?? '') + html);
    }
    const nestedErrors = errors.splice(placeholder);
    const model = modelOf(view, false, under);
    errors.push(...nestedErrors);
    return model;
  });

  return {
    heading,
    caption: input.caption,
    intro,
    fields,
    multipart: input.components.some((c) => c.type === 'file'),
    errors,
    title: heading ?? (single ? labelText(single, texts) : (input.title ?? '')),
  };
}
