import type { Component, Journey } from '@fingerpost/schema';
import { uniqueFieldName } from '../ids';
import { changeKind } from './change-kind';
import { dropUnusedFields, setField, setGroupField } from './fields';
import { fieldsOfPage, isPage, type PageStep, updateStep, withComponents } from './journey-parts';
import { type ComponentKind, componentFor, fieldFor } from './templates';

function pageOf(journey: Journey, stepId: string): PageStep | undefined {
  const step = journey.steps.find((s) => s.id === stepId);
  return isPage(step) ? step : undefined;
}

function takenNames(journey: Journey, page: PageStep): Set<string> {
  const names = new Set(Object.keys(journey.fields));
  if (page.type === 'addAnother') {
    const group = journey.fields[page.group];
    if (group?.type === 'group') for (const name of Object.keys(group.fields)) names.add(name);
  }
  return names;
}

/**
 * Adds a question of a palette kind to a page at `index`, with a new field for its answer (in the
 * group, on an add-another page).
 * @example addComponent(journey, 'your-details', 'date', 0)
 */
export function addComponent(journey: Journey, stepId: string, kind: ComponentKind, index: number): Journey {
  const page = pageOf(journey, stepId);
  if (!page) return journey;
  const name = uniqueFieldName(
    kind === 'radios' || kind === 'select' || kind === 'checkboxes' ? 'choice' : kind,
    takenNames(journey, page),
  );
  const components = [...page.components];
  components.splice(Math.max(0, Math.min(index, components.length)), 0, componentFor(kind, name));
  const withField =
    page.type === 'question'
      ? setField(journey, name, fieldFor(kind))
      : setGroupField(journey, page.group, name, fieldFor(kind));
  const placed = withComponents(page, components);
  // A page of several questions needs a heading of its own; start from the first question's words.
  const titled =
    placed.type === 'question' && components.length > 1 && placed.title === undefined
      ? { ...placed, title: page.components[0]!.label }
      : placed;
  return updateStep(withField, stepId, () => titled);
}

/** Removes a question from a page; its field goes too unless something else uses it. */
export function removeComponent(journey: Journey, stepId: string, index: number): Journey {
  const page = pageOf(journey, stepId);
  const removed = page?.components[index];
  if (!page || !removed) return journey;
  const without = updateStep(journey, stepId, () =>
    withComponents(
      page,
      page.components.filter((_, i) => i !== index),
    ),
  );
  if (page.type === 'question') return dropUnusedFields(without, [removed.field]);
  const group = without.fields[page.group];
  if (group?.type !== 'group' || page.components.some((c, i) => i !== index && c.field === removed.field))
    return without;
  const fields = { ...group.fields };
  delete fields[removed.field];
  return setField(without, page.group, { ...group, fields });
}

/** Moves a question to another position on its page. */
export function moveComponent(journey: Journey, stepId: string, from: number, to: number): Journey {
  const page = pageOf(journey, stepId);
  if (!page || from === to || !page.components[from]) return journey;
  const components = [...page.components];
  const [moved] = components.splice(from, 1);
  components.splice(Math.max(0, Math.min(to, components.length)), 0, moved!);
  return updateStep(journey, stepId, () => withComponents(page, components));
}

/**
 * The pages a question can move to: other question pages (their answers share the journey's
 * fields); an add-another page's questions stay on pages of the same group.
 */
export function moveTargets(journey: Journey, stepId: string): PageStep[] {
  const page = pageOf(journey, stepId);
  if (!page) return [];
  return journey.steps.filter(
    (s): s is PageStep =>
      isPage(s) &&
      s.id !== stepId &&
      (page.type === 'question' ? s.type === 'question' : s.type === 'addAnother' && s.group === page.group),
  );
}

/** Moves a question to the end of another page (a page left with none is reported by the validator). */
export function moveComponentToStep(
  journey: Journey,
  stepId: string,
  index: number,
  target: string,
): Journey {
  const page = pageOf(journey, stepId);
  const component = page?.components[index];
  const destination = pageOf(journey, target);
  if (!page || !component || !destination || !moveTargets(journey, stepId).includes(destination))
    return journey;
  const removed = updateStep(journey, stepId, () =>
    withComponents(
      page,
      page.components.filter((_, i) => i !== index),
    ),
  );
  return updateStep(removed, target, (s) =>
    isPage(s) ? withComponents(s, [...s.components, component]) : s,
  );
}

/** Changes a question's properties (label, hint, optional, validation, condition…). */
export function updateComponent(
  journey: Journey,
  stepId: string,
  index: number,
  change: (component: Component) => Component,
): Journey {
  const page = pageOf(journey, stepId);
  const component = page?.components[index];
  if (!page || !component) return journey;
  const components = [...page.components];
  components[index] = change(component);
  return updateStep(journey, stepId, () => withComponents(page, components));
}

/**
 * Makes a question another kind (a date instead of text, a dropdown instead of radios): its field
 * takes the new type and the component the right widget, in one change.
 */
export function changeComponentKind(
  journey: Journey,
  stepId: string,
  index: number,
  kind: ComponentKind,
): Journey {
  const page = pageOf(journey, stepId);
  const component = page?.components[index];
  if (!page || !component) return journey;
  const changed = changeKind(component, fieldsOfPage(journey, page)[component.field], kind);
  const withField =
    page.type === 'question'
      ? setField(journey, component.field, changed.field)
      : setGroupField(journey, page.group, component.field, changed.field);
  return updateComponent(withField, stepId, index, () => changed.component);
}
