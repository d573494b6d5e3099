import type { ComponentView } from '@fingerpost/core';
import {
  errorParams,
  type FieldContext,
  type FieldModel,
  hintParams,
  labelParams,
  legendParams,
  type Params,
} from './field-parts';
import { yesNoValue } from './field-values';

function conditional(ctx: FieldContext, value: string): Params {
  const html = ctx.reveals?.get(value);
  return html ? { conditional: { html } } : {};
}

function fieldset(view: ComponentView, ctx: FieldContext): Params {
  return { legend: legendParams(view, ctx) };
}

function yesNoModel(view: ComponentView, ctx: FieldContext): FieldModel {
  const chosen = yesNoValue(view);
  const revealing = (ctx.reveals?.size ?? 0) > 0;
  const params: Params = {
    name: view.field,
    idPrefix: view.field,
    // GOV.UK: inline radios cannot reveal questions, so a revealing yes/no is stacked.
    classes: revealing ? undefined : 'govuk-radios--inline',
    fieldset: fieldset(view, ctx),
    hint: hintParams(view.hint),
    errorMessage: errorParams(view, ctx.texts),
    items: [
      { value: 'yes', text: ctx.texts.yes, checked: chosen === 'yes', ...conditional(ctx, 'yes') },
      { value: 'no', text: ctx.texts.no, checked: chosen === 'no', ...conditional(ctx, 'no') },
    ],
  };
  return { macro: 'radios', params, errorTarget: view.field };
}

function selectModel(view: ComponentView, ctx: FieldContext): FieldModel {
  const chosen = view.options.find((o) => o.selected)?.value ?? '';
  const params: Params = {
    id: view.field,
    name: view.field,
    label: labelParams(view, ctx),
    hint: hintParams(view.hint),
    errorMessage: errorParams(view, ctx.texts),
    value: chosen,
    items: [
      { value: '', text: ctx.texts.chooseOption },
      ...view.options.map((o) => ({ value: o.value, text: o.label })),
    ],
  };
  return { macro: 'select', params, errorTarget: view.field };
}

function radiosModel(view: ComponentView, ctx: FieldContext): FieldModel {
  const params: Params = {
    name: view.field,
    idPrefix: view.field,
    fieldset: fieldset(view, ctx),
    hint: hintParams(view.hint),
    errorMessage: errorParams(view, ctx.texts),
    items: view.options.map((o) => ({
      value: o.value,
      text: o.label,
      hint: hintParams(o.hint),
      checked: o.selected,
      ...conditional(ctx, o.value),
    })),
  };
  return { macro: 'radios', params, errorTarget: view.field };
}

function checkboxesModel(view: ComponentView, ctx: FieldContext): FieldModel {
  const items: Params[] = [];
  for (const o of view.options) {
    // GOV.UK: an option that cannot be combined ("None of these") sits last, after "or".
    if (o.exclusive && items.length > 0) items.push({ divider: ctx.texts.or });
    items.push({
      value: o.value,
      text: o.label,
      hint: hintParams(o.hint),
      checked: o.selected,
      ...(o.exclusive ? { behaviour: 'exclusive' } : {}),
      ...conditional(ctx, o.value),
    });
  }
  const params: Params = {
    name: view.field,
    idPrefix: view.field,
    fieldset: fieldset(view, ctx),
    hint: { text: view.hint ?? ctx.texts.selectAllThatApply },
    errorMessage: errorParams(view, ctx.texts),
    items,
  };
  return { macro: 'checkboxes', params, errorTarget: view.field };
}

/** Radios, checkboxes or a select for a question with options (and yes/no radios). */
export function choiceModel(view: ComponentView, ctx: FieldContext): FieldModel {
  if (view.type === 'yesNo') return yesNoModel(view, ctx);
  if (view.type === 'multipleChoice') return checkboxesModel(view, ctx);
  if (view.widget === 'select') return selectModel(view, ctx);
  return radiosModel(view, ctx);
}
