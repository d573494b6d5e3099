import type { ComponentView, StepView } from '@fingerpost/core';
import { expect } from 'vitest';
import { engineInput, shiftDate } from './engine-input';
import type { AnswerProvider, Route } from './journey-driver';
import type { Json } from './json';

/**
 * A small interpreter of DEFRA forms-engine V2 routing, written for these tests: pages are asked
 * in order; a page whose condition does not hold is skipped; a terminal page ends the form; the
 * summary page ends the questions. Conditions join their items with the condition's coordinator.
 */
type Answers = Record<string, unknown>;

const CONTENT = new Set(['Para', 'Html', 'Markdown', 'InsetText', 'Details', 'List']);
const NOT_ASKED = new Set(['HiddenField']);

export function runDefra(form: Json, answers: Answers, today: string): Route {
  const state = new Map<string, unknown>();
  const pages: string[][] = [];
  for (const page of form.pages as Json[]) {
    if (/Summary/.test(page.controller ?? '')) return { pages, end: { kind: 'summary' } };
    if (page.condition && !holds(form, page.condition, state, today, [])) continue;
    if (/Terminal/.test(page.controller ?? '')) return { pages, end: { kind: 'exit', title: page.title } };
    const inputs = (page.components as Json[]).filter((c) => !CONTENT.has(c.type) && !NOT_ASKED.has(c.type));
    pages.push([page.title, ...inputs.map((c) => c.title)].filter((t) => t));
    for (const component of inputs)
      if (answers[component.name] !== undefined) state.set(component.id, answers[component.name]);
  }
  return { pages, end: { kind: 'summary' } };
}

function holds(form: Json, id: string, state: Map<string, unknown>, today: string, seen: string[]): boolean {
  const condition = (form.conditions as Json[]).find((c) => c.id === id);
  if (!condition || seen.includes(id)) return false;
  const results = (condition.items as Json[]).map((item) =>
    item.conditionId
      ? holds(form, item.conditionId, state, today, [...seen, id])
      : test(form, item, state, today),
  );
  return condition.coordinator === 'or' ? results.some(Boolean) : results.every(Boolean);
}

function test(form: Json, item: Json, state: Map<string, unknown>, today: string): boolean {
  const actual = state.get(item.componentId);
  const type = item.type ?? item.value?.type;
  let expected: unknown = item.value?.value ?? item.value;
  if (type === 'ListItemRef') {
    const list = (form.lists as Json[]).find((l) => l.id === item.value.listId);
    expected = list?.items.find((i: Json) => i.id === item.value.itemId)?.value;
  }
  if (type === 'RelativeDate') {
    const past = item.value.direction === 'in the past';
    const boundary = shiftDate(today, (past ? -1 : 1) * item.value.period, item.value.unit);
    if (typeof actual !== 'string') return false;
    const before = actual < boundary;
    const after = actual > boundary;
    switch (item.operator) {
      case 'is at least':
        return past ? !after : !before;
      case 'is at most':
        return past ? !before : !after;
      case 'is less than':
        return past ? after : before;
      case 'is more than':
        return past ? before : after;
      default:
        return false;
    }
  }
  switch (item.operator) {
    case 'is':
      return actual !== undefined && String(actual) === String(expected);
    case 'is not':
      return actual === undefined || String(actual) !== String(expected);
    case 'contains':
      return Array.isArray(actual) && actual.map(String).includes(String(expected));
    case 'does not contain':
      return !(Array.isArray(actual) && actual.map(String).includes(String(expected)));
    case 'is at least':
      return typeof actual === 'number' && actual >= Number(expected);
    case 'is at most':
      return typeof actual === 'number' && actual <= Number(expected);
    case 'is less than':
      return typeof actual === 'number' && actual < Number(expected);
    case 'is more than':
      return typeof actual === 'number' && actual > Number(expected);
    case 'is before':
      return typeof actual === 'string' && actual < String(expected);
    case 'is after':
      return typeof actual === 'string' && actual > String(expected);
    default:
      return false;
  }
}

/** Answers the imported journey's questions from the same scenario, by the source questions' titles. */
export function defraAnswers(form: Json, answers: Answers): AnswerProvider {
  const all: Json[] = (form.pages as Json[]).flatMap((p) => p.components ?? []);
  const sourceFor = (component: ComponentView) => {
    const found = all.filter((c) => c.title === component.label);
    if (found.length !== 1)
      expect.fail(`expected one source question titled "${component.label}", found ${found.length}`);
    return found[0]!;
  };
  const convert = (component: ComponentView, value: unknown) => {
    const source = sourceFor(component);
    const list = (form.lists as Json[]).find((l) => l.id === source.list);
    const labelOf = (v: unknown) => list?.items.find((i: Json) => String(i.value) === String(v))?.text;
    if (source.type === 'DeclarationField') return value === true ? ['confirmed'] : undefined;
    return value === undefined ? undefined : engineInput(component, value, labelOf);
  };
  return {
    answer: (component) => convert(component, answers[sourceFor(component).name]),
    items: (step: StepView) => {
      const lists = step.components.map((c) => (answers[sourceFor(c).name] as unknown[] | undefined) ?? []);
      const count = Math.max(0, ...lists.map((l) => l.length));
      return Array.from({ length: count }, (_, i) =>
        Object.fromEntries(step.components.map((c, j) => [c.field, convert(c, lists[j]![i])])),
      );
    },
  };
}
