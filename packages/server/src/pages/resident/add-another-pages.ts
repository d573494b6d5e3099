import type { Field } from '@fingerpost/schema';
import type { Context } from 'hono';
import { fill } from '../i18n/texts';
import type { Kit } from '../kit';
import { renderPage } from '../render/page';
import { readForm, textField } from '../session/form-body';
import { setFlash } from '../session/session';
import { addAnotherList, itemComponents } from '../view-models/add-another';
import { questionPage } from '../view-models/question-page';
import { act } from './act';
import { pageAnswers } from './answers';
import { openStep } from './open-step';
import { FEEDBACK_ACTIONS, handleFeedback } from './page-feedback';
import { backLinkOf, flashErrors, type StepContext, saveLinkOf, stepChrome } from './step-frame';
import { fieldRenderer, stepDefinition } from './step-pages';

const REMOVE_FIELD = '_remove';
const REMOVE_ID = 'remove';

function groupFields(s: StepContext): Record<string, Field | undefined> {
  const step = stepDefinition(s);
  const group = step?.type === 'addAnother' ? s.journey.fields[step.group] : undefined;
  return group?.type === 'group' ? (group.fields as Record<string, Field | undefined>) : {};
}

/** The form for one item: adding (index null) or changing an item of the list. */
function renderItemForm(s: StepContext, index: number | null): Response {
  const step = s.view.step;
  const item = index === null ? null : (step.items?.[index] ?? null);
  const refusedHere = s.flash?.form === 'item';
  const q = questionPage({
    components: itemComponents(step.components, item?.values ?? null, refusedHere),
    definitions: stepDefinition(s)?.components ?? [],
    fields: groupFields(s),
    title: step.title,
    caption: step.caption,
    intro: null,
    texts: s.t,
    language: s.language,
    renderField: fieldRenderer(s),
  });
  const errors = q.errors.length > 0 ? q.errors : flashErrors(s, 'item');
  const hasItems = (step.items?.length ?? 0) > 0;
  const chrome = stepChrome(s, q.title, errors, hasItems ? s.base : backLinkOf(s));
  return renderPage(s.c, s.kit, 'resident/question.njk', chrome, {
    q,
    form: { action: s.path === s.base ? `${s.base}/add` : s.path, saveLink: saveLinkOf(s) },
  });
}

/** The add-another page: the item form while the list is empty, then the list. */
export function renderItemsPage(s: StepContext): Response {
  const step = s.view.step;
  if ((step.items?.length ?? 0) === 0) return renderItemForm(s, null);
  const definition = stepDefinition(s);
  const group = definition?.type === 'addAnother' ? s.journey.fields[definition.group] : undefined;
  const max = group?.type === 'group' ? group.maxItems : undefined;
  const listError =
    s.view.errors.find((e) => definition?.type === 'addAnother' && e.field === definition.group)?.message ??
    null;
  const list = addAnotherList({
    step,
    base: s.base,
    texts: s.t,
    full: max !== undefined && (step.items?.length ?? 0) >= max,
    listError,
    questionError: s.flash?.form === 'list' ? (s.flash.errors?.[0]?.message ?? null) : null,
  });
  return renderPage(s.c, s.kit, 'resident/add-another.njk', stepChrome(s, list.heading, list.errors), {
    list,
    form: { action: s.base, saveLink: saveLinkOf(s) },
  });
}

/** The item an address names (/items/1 is the first), or null. */
function itemIndex(s: StepContext, number: string | undefined): number | null {
  if (number === undefined || !/^[1-9]\d{0,3}$/.test(number)) return null;
  const index = Number(number) - 1;
  return index < (s.view.step.items?.length ?? 0) ? index : null;
}

/** GET /{journeyId}/{stepId}/add and /items/{n}. */
export async function showItem(c: Context, kit: Kit, journeyId: string, stepId: string, number?: string) {
  const s = await openStep(c, kit, journeyId, stepId);
  if (s instanceof Response) return s;
  if (s.view.step.type !== 'addAnother') return c.redirect(s.base, 303);
  const index = number === undefined ? null : itemIndex(s, number);
  if (number !== undefined && index === null) return c.redirect(s.base, 303);
  return renderItemForm(s, index);
}

/** POST /{journeyId}/{stepId}/add and /items/{n}: adds or changes an item, then back to the list. */
export async function submitItem(c: Context, kit: Kit, journeyId: string, stepId: string, number?: string) {
  const body = await readForm(c, kit.options.maxUploadBytes);
  const s = await openStep(c, kit, journeyId, stepId);
  if (s instanceof Response) return s;
  if (FEEDBACK_ACTIONS.has(textField(body, '_action'))) {
    return handleFeedback(c, kit, body, {
      journeyId,
      stepId,
      held: s.held,
      language: s.language,
      path: s.path,
    });
  }
  const index = number === undefined ? null : itemIndex(s, number);
  if (s.view.step.type !== 'addAnother' || (number !== undefined && index === null))
    return c.redirect(s.base, 303);
  const previous = index === null ? {} : (s.view.step.items?.[index]?.values ?? {});
  const answers = await pageAnswers(kit, s.held, s.view.step.components, body, s.t, previous);
  if (!answers.ok) {
    setFlash(c, { path: s.path, form: 'item', errors: answers.errors });
    return c.redirect(s.path, 303);
  }
  const action =
    index === null
      ? { type: 'addItem' as const, stepId, answers: answers.answers }
      : { type: 'changeItem' as const, stepId, index, answers: answers.answers };
  const result = await act(c, kit, s.held, action, s.path, 'item');
  return c.redirect(result.ok ? s.base : s.path, 303);
}

function removeQuestion(s: StepContext, summary: string, error: string | null) {
  return {
    name: REMOVE_FIELD,
    idPrefix: REMOVE_ID,
    classes: 'govuk-radios--inline',
    fieldset: {
      legend: {
        text: fill(s.t.removeItemQuestion, { summary }),
        isPageHeading: true,
        classes: 'govuk-fieldset__legend--l',
      },
    },
    errorMessage: error ? { text: error, visuallyHiddenText: s.t.errorHidden } : undefined,
    items: [
      { value: 'yes', text: s.t.removeItemYes },
      { value: 'no', text: s.t.removeItemNo },
    ],
  };
}

/** GET /{journeyId}/{stepId}/items/{n}/remove: "Are you sure you want to remove …?". */
export async function showRemove(c: Context, kit: Kit, journeyId: string, stepId: string, number: string) {
  const s = await openStep(c, kit, journeyId, stepId);
  if (s instanceof Response) return s;
  const index = itemIndex(s, number);
  const item = index === null ? undefined : s.view.step.items?.[index];
  if (!item) return c.redirect(s.base, 303);
  const errors = flashErrors(s, 'remove');
  const question = removeQuestion(s, item.summary, errors[0]?.text ?? null);
  const heading = fill(s.t.removeItemQuestion, { summary: item.summary });
  return renderPage(c, kit, 'resident/remove-item.njk', stepChrome(s, heading, errors, s.base), {
    question,
    form: { action: s.path },
  });
}

/** POST /{journeyId}/{stepId}/items/{n}/remove. */
export async function submitRemove(c: Context, kit: Kit, journeyId: string, stepId: string, number: string) {
  const body = await readForm(c, kit.options.maxUploadBytes);
  const s = await openStep(c, kit, journeyId, stepId);
  if (s instanceof Response) return s;
  if (FEEDBACK_ACTIONS.has(textField(body, '_action'))) {
    return handleFeedback(c, kit, body, {
      journeyId,
      stepId,
      held: s.held,
      language: s.language,
      path: s.path,
    });
  }
  const index = itemIndex(s, number);
  const item = index === null ? undefined : s.view.step.items?.[index];
  if (index === null || !item) return c.redirect(s.base, 303);
  const choice = textField(body, REMOVE_FIELD);
  if (choice === 'yes') {
    await act(c, kit, s.held, { type: 'removeItem', stepId, index }, s.path, 'remove');
    return c.redirect(s.base, 303);
  }
  if (choice === 'no') return c.redirect(s.base, 303);
  const message = fill(s.t.removeItemRequired, { summary: item.summary });
  setFlash(c, { path: s.path, form: 'remove', errors: [{ field: REMOVE_ID, message }] });
  return c.redirect(s.path, 303);
}
