import type { ComponentView, StepView } from '@fingerpost/core';
import { expect } from 'vitest';
import { parseXgovCondition } from '../../src/xgov/condition-parser';
import { engineInput, shiftDate } from './engine-input';
import { evaluateExprEval } from './expr-eval-semantics';
import type { AnswerProvider, Route } from './journey-driver';
import type { Json } from './json';

/**
 * A small interpreter of XGovFormBuilder's routing, written from its runner's rules for these
 * tests: from the start page, each page goes to the first link whose condition holds, else to its
 * last link without a condition, else to the summary. Answers are kept by section, as the runner
 * keeps them, and conditions read `section.name`.
 */
type Answers = Record<string, unknown>;

const text = (t: unknown): string => (typeof t === 'string' ? t : ((t as Json | undefined)?.en ?? ''));
const CONTENT = new Set(['Para', 'Html', 'InsetText', 'Details', 'List', 'FlashCard']);
const isSummary = (page: Json) => /summary/i.test(page.controller ?? '');

export function runXgov(form: Json, answers: Answers, today: string): Route {
  const state: Json = {};
  const pages: string[][] = [];
  let page: Json | undefined = form.pages.find((p: Json) => p.path === form.startPage);
  for (let guard = 0; page && guard < 60; guard++) {
    if (isSummary(page)) return { pages, end: { kind: 'summary' } };
    const inputs = (page.components as Json[]).filter((c) => !CONTENT.has(c.type));
    pages.push(
      page.title && text(page.title)
        ? [text(page.title), ...inputs.map((c) => text(c.title))]
        : inputs.map((c) => text(c.title)),
    );
    if (page.section && !state[page.section]) state[page.section] = {};
    const scope = page.section ? state[page.section] : state;
    for (const component of inputs) {
      if (answers[component.name] !== undefined) scope[component.name] = answers[component.name];
      for (const item of listOf(form, component.list)?.items ?? [])
        for (const revealed of item.conditional?.components ?? [])
          if (answers[revealed.name] !== undefined) scope[revealed.name] = answers[revealed.name];
    }
    page = nextPage(form, page, state, today);
  }
  return { pages, end: { kind: 'summary' } };
}

function nextPage(form: Json, page: Json, state: Json, today: string): Json | undefined {
  let fallback: Json | undefined;
  for (const link of page.next ?? []) {
    const target = form.pages.find((p: Json) => p.path === link.path);
    if (!target) continue;
    if (!link.condition) {
      fallback = target;
      continue;
    }
    if (holds(form, link.condition, state, today, [])) return target;
  }
  return fallback ?? form.pages.find(isSummary);
}

function holds(form: Json, name: string, state: Json, today: string, seen: string[]): boolean {
  const condition = (form.conditions ?? []).find((c: Json) => c.name === name);
  if (!condition || seen.includes(name)) return false;
  const lookup = (path: string[]): unknown => {
    if (path.length === 1 && (form.conditions ?? []).some((c: Json) => c.name === path[0]))
      return holds(form, path[0]!, state, today, [...seen, name]);
    return path.reduce<unknown>((v, key) => (v as Json | undefined)?.[key], state);
  };
  if (typeof condition.value === 'string') {
    const parsed = parseXgovCondition(condition.value);
    return parsed.ok && evaluateExprEval(parsed.expr, lookup, today);
  }
  return group(condition.value.conditions, (item) => {
    if (item.conditionName) return holds(form, item.conditionName, state, today, [...seen, name]);
    if (item.conditions) return group(item.conditions, (inner) => structured(inner, lookup, today));
    return structured(item, lookup, today);
  });
}

/** Conditions joined by their coordinators, "and" before "or". */
function group(items: Json[], test: (item: Json) => boolean): boolean {
  let any = false;
  let all = true;
  items.forEach((item, i) => {
    if (i > 0 && item.coordinator === 'or') {
      any ||= all;
      all = true;
    }
    all &&= test(item);
  });
  return any || all;
}

function structured(item: Json, lookup: (path: string[]) => unknown, today: string): boolean {
  const actual = lookup(item.field.name.split('.'));
  const value = item.value;
  if (value.type === 'RelativeTime') {
    if (typeof actual !== 'string') return false;
    const past = value.direction === 'in the past';
    const boundary = shiftDate(today, (past ? -1 : 1) * Number(value.timePeriod), value.timeUnit);
    const ops: Record<string, [(a: string, b: string) => boolean, (a: string, b: string) => boolean]> = {
      'is at least': [(a, b) => a <= b, (a, b) => a >= b],
      'is at most': [(a, b) => a >= b, (a, b) => a <= b],
      'is less than': [(a, b) => a > b, (a, b) => a < b],
      'is more than': [(a, b) => a < b, (a, b) => a > b],
    };
    const pair = ops[item.operator]!;
    return (past ? pair[0] : pair[1])(actual, boundary);
  }
  const expected = String(value.value);
  const same = () =>
    item.field.type === 'YesNoField'
      ? actual === (expected === 'true')
      : actual !== undefined && String(actual) === expected;
  switch (item.operator) {
    case 'is':
      return same();
    case 'is not':
      return !same();
    case 'contains':
      return Array.isArray(actual) && actual.map(String).includes(expected);
    case 'does not contain':
      return !(Array.isArray(actual) && actual.map(String).includes(expected));
    case 'is longer than':
      return typeof actual === 'string' && actual.length > Number(expected);
    case 'is shorter than':
      return typeof actual === 'string' && actual.length < Number(expected);
    case 'has length':
      return typeof actual === 'string' && actual.length === Number(expected);
    case 'is at least':
      return typeof actual === 'number' && actual >= Number(expected);
    case 'is at most':
      return typeof actual === 'number' && actual <= Number(expected);
    case 'is less than':
      return typeof actual === 'number' && actual < Number(expected);
    case 'is more than':
      return typeof actual === 'number' && actual > Number(expected);
    case 'is before':
      return typeof actual === 'string' && actual < expected;
    case 'is after':
      return typeof actual === 'string' && actual > expected;
    default:
      return false;
  }
}

function listOf(form: Json, name: string | undefined): Json | undefined {
  return name ? (form.lists ?? []).find((l: Json) => l.name === name) : undefined;
}

/** Answers the imported journey's questions from the same scenario, finding each source question by its title. */
export function xgovAnswers(form: Json, answers: Answers): AnswerProvider {
  const all: Json[] = [
    ...new Set<Json>(
      form.pages.flatMap((p: Json) =>
        (p.components as Json[]).flatMap((c) => [
          c,
          ...(listOf(form, c.list)?.items ?? []).flatMap((i: Json) => i.conditional?.components ?? []),
        ]),
      ),
    ),
  ];
  const sourceFor = (component: ComponentView) => {
    const found = all.filter((c) => text(c.title) === component.label);
    if (found.length !== 1)
      expect.fail(`expected one source question titled "${component.label}", found ${found.length}`);
    return found[0]!;
  };
  const labelOf = (source: Json) => (value: unknown) =>
    text(listOf(form, source.list)?.items.find((i: Json) => String(i.value) === String(value))?.text);
  const convert = (component: ComponentView, value: unknown) => {
    const source = sourceFor(component);
    return value === undefined ? undefined : engineInput(component, value, labelOf(source));
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
