import type { Moment } from '../clock';
import type { CompiledStep } from '../compile/compiled-journey';
import { type EngineError, engineError } from '../errors';
import { checkGroupCount } from '../forms/index';
import { RESIDENT } from '../history';
import { dispatch } from './dispatch';
import { pageError } from './preconditions';
import { contextOf, type RunCore } from './run-core';
import { formInvalid } from './submit';

type ItemsPage = { compiled: CompiledStep; group: string; items: unknown[] };

function itemsPage(core: RunCore, stepId: string): EngineError | ItemsPage {
  const checked = pageError(core, stepId);
  if (!('step' in checked)) return checked;
  const step = checked.step.step;
  if (step.type !== 'addAnother') {
    return engineError('step.not-add-another', `"${stepId}" is not a page that collects a list`, {
      path: stepId,
    });
  }
  const current = contextOf(core).answers[step.group];
  return { compiled: checked.step, group: step.group, items: Array.isArray(current) ? [...current] : [] };
}

function unknownItem(stepId: string, index: number, count: number): EngineError | null {
  if (Number.isInteger(index) && index >= 0 && index < count) return null;
  return engineError('item.unknown', `There is no item ${index} in the list (it has ${count})`, {
    path: `${stepId}/${index}`,
  });
}

function parseItem(
  core: RunCore,
  page: ItemsPage,
  input: Record<string, unknown>,
  now: Moment,
  index: number | null,
) {
  const result = page.compiled.form!.parse(input, {
    answers: contextOf(core).answers,
    today: now.today,
    language: core.language,
  });
  if (!result.ok)
    return { error: formInvalid(core, page.compiled.step.id, result.errors, result.raw, index) };
  return { item: result.values };
}

/** Adds an item to an add-another list, refused when the list is full. */
export function addItem(
  core: RunCore,
  stepId: string,
  input: Record<string, unknown>,
  now: Moment,
): EngineError | null {
  const page = itemsPage(core, stepId);
  if (!('items' in page)) return page;
  const step = page.compiled.step;
  const group = core.compiled.journey.fields[page.group];
  if (
    step.type === 'addAnother' &&
    group?.type === 'group' &&
    group.maxItems !== undefined &&
    page.items.length >= group.maxItems
  ) {
    const full = checkGroupCount([...page.items, {}], group, step.itemName, core.language, page.group);
    if (full) return formInvalid(core, stepId, [full], {}, null);
  }
  const parsed = parseItem(core, page, input, now, null);
  if (parsed.error) return parsed.error;
  const items = [...page.items, parsed.item];
  dispatch(
    core,
    now,
    { type: 'ITEMS', stepId, items },
    { type: 'itemAdded', actor: RESIDENT, stepId, data: { index: items.length - 1 } },
  );
  return null;
}

/** Replaces one item of an add-another list. */
export function changeItem(
  core: RunCore,
  stepId: string,
  index: number,
  input: Record<string, unknown>,
  now: Moment,
): EngineError | null {
  const page = itemsPage(core, stepId);
  if (!('items' in page)) return page;
  const unknown = unknownItem(stepId, index, page.items.length);
  if (unknown) return unknown;
  const parsed = parseItem(core, page, input, now, index);
  if (parsed.error) return parsed.error;
  const items = page.items.map((item, i) => (i === index ? parsed.item : item));
  dispatch(
    core,
    now,
    { type: 'ITEMS', stepId, items },
    { type: 'itemChanged', actor: RESIDENT, stepId, data: { index } },
  );
  return null;
}

/** Removes one item of an add-another list. */
export function removeItem(core: RunCore, stepId: string, index: number, now: Moment): EngineError | null {
  const page = itemsPage(core, stepId);
  if (!('items' in page)) return page;
  const unknown = unknownItem(stepId, index, page.items.length);
  if (unknown) return unknown;
  const items = page.items.filter((_, i) => i !== index);
  dispatch(
    core,
    now,
    { type: 'ITEMS', stepId, items },
    { type: 'itemRemoved', actor: RESIDENT, stepId, data: { index } },
  );
  return null;
}
