import type { ComponentView, ItemView, StepView } from '@fingerpost/core';
import { fill, type Texts } from '../i18n/texts';
import type { ErrorLink } from '../render/page';

/** The radios asking "Do you need to add another…?", by id (the error summary links here). */
export const ADD_ANOTHER_FIELD = '_addAnother';
export const ADD_ANOTHER_ID = 'add-another';

const chosen = (value: unknown, option: string) =>
  Array.isArray(value) ? value.includes(option) : value === option;

/**
 * An item's questions, filled with the item's answers when it is being changed, and with what was
 * typed and its errors only when this very form was refused (the engine keeps one refusal per page).
 */
export function itemComponents(
  components: readonly ComponentView[],
  values: Readonly<Record<string, unknown>> | null,
  refusedHere: boolean,
): ComponentView[] {
  return components.map((view) => {
    if (refusedHere && (view.raw !== null || view.error !== null)) return view;
    const value = values ? (values[view.field] ?? null) : null;
    return {
      ...view,
      raw: null,
      error: null,
      value,
      options: view.options.map((o) => ({ ...o, selected: chosen(value, o.value) })),
    };
  });
}

/** The MOJ "add to a list" page: the items with Change and Remove, and "Do you need to add another?". */
export interface AddAnotherList {
  heading: string;
  caption: string | null;
  rows: object[];
  /** The yes/no radios' options (GOV.UK Frontend), or null when the list is full. */
  question: object | null;
  errors: ErrorLink[];
}

export function addAnotherList(input: {
  step: StepView;
  base: string;
  texts: Texts;
  full: boolean;
  /** The engine's problem with the list (too few or too many items). */
  listError: string | null;
  /** The resident did not say whether to add another. */
  questionError: string | null;
}): AddAnotherList {
  const { step, base, texts: t } = input;
  const itemName = step.itemName ?? '';
  const items: ItemView[] = step.items ?? [];
  const rows = items.map((item) => ({
    key: { text: item.summary, classes: 'govuk-!-font-weight-regular' },
    actions: {
      items: [
        { href: `${base}/items/${item.index + 1}`, text: t.change, visuallyHiddenText: item.summary },
        { href: `${base}/items/${item.index + 1}/remove`, text: t.remove, visuallyHiddenText: item.summary },
      ],
    },
  }));
  const error = input.questionError ?? input.listError;
  const question = input.full
    ? null
    : {
        name: ADD_ANOTHER_FIELD,
        idPrefix: ADD_ANOTHER_ID,
        classes: 'govuk-radios--inline',
        fieldset: {
          legend: {
            text: fill(t.addAnotherQuestion, { item: itemName }),
            classes: 'govuk-fieldset__legend--m',
          },
        },
        errorMessage: error ? { text: error, visuallyHiddenText: t.errorHidden } : undefined,
        items: [
          { value: 'yes', text: t.addAnotherYes },
          { value: 'no', text: t.addAnotherNo },
        ],
      };
  return {
    heading: step.title ?? itemName,
    caption: step.caption,
    rows,
    question,
    errors: error ? [{ text: error, href: `#${ADD_ANOTHER_ID}` }] : [],
  };
}
