import type { AddAnotherStep, Journey, QuestionStep } from '@fingerpost/schema';
import type { CompiledStep } from '../compile/compiled-journey';
import { fieldCandidates, itemFieldCandidates } from './field-candidates';
import type { JourneyConditions } from './journey-conditions';

/** Beyond this many combinations a page's varied questions are varied one at a time. */
const MAX_COMBINATIONS = 64;
/** Add-another pages: the most item lists tried, and the most items in one list. */
const MAX_ITEM_LISTS = 24;
const MAX_ITEMS = 10;

type Candidates = Array<{ name: string; values: unknown[] }>;

/**
 * Every combination of the candidates, or (when there are too many) the first value of each
 * question with one question at a time taking each of its other values.
 */
function combinations(candidates: Candidates, limit: number): Array<Record<string, unknown>> {
  const total = candidates.reduce((n, c) => n * c.values.length, 1);
  const base = Object.fromEntries(candidates.map((c) => [c.name, c.values[0]]));
  if (total > limit) {
    const varied = [base];
    for (const { name, values } of candidates)
      for (const value of values.slice(1)) varied.push({ ...base, [name]: value });
    return varied;
  }
  let all: Array<Record<string, unknown>> = [{}];
  for (const { name, values } of candidates) {
    all = all.flatMap((partial) => values.map((value) => ({ ...partial, [name]: value })));
  }
  return all;
}

function withoutBlanks(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}

function distinct<T>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What the explorer submits on a question page: one input per combination of the answers the
 * route can depend on, each other question given a valid sample, questions hidden by `showIf` left out.
 */
export function questionInputs(
  compiled: CompiledStep,
  journey: Journey,
  conditions: JourneyConditions,
  answers: Record<string, unknown>,
  today: string,
): Array<Record<string, unknown>> {
  const step = compiled.step as QuestionStep;
  const candidates: Candidates = step.components.map((component) => {
    const field = journey.fields[component.field];
    return {
      name: component.field,
      values: field ? fieldCandidates(component.field, field, component, conditions, today) : [undefined],
    };
  });
  const inputs = combinations(candidates, MAX_COMBINATIONS).map((input) => {
    const visible = new Set(compiled.form?.visibleFields({ ...answers, ...input }, today) ?? []);
    return withoutBlanks(Object.fromEntries(Object.entries(input).filter(([name]) => visible.has(name))));
  });
  return distinct(inputs);
}

/** How many items to add: the group's minimum (at least one), and either side of any count() limit. */
function itemCounts(step: AddAnotherStep, journey: Journey, conditions: JourneyConditions): number[] {
  const group = journey.fields[step.group];
  const least = group?.type === 'group' ? (group.minItems ?? 0) : 0;
  const most = Math.min(group?.type === 'group' ? (group.maxItems ?? MAX_ITEMS) : MAX_ITEMS, MAX_ITEMS);
  const counts = [Math.max(1, least)];
  for (const c of conditions.comparisons.get(step.group) ?? []) {
    if (c.via === 'count' && typeof c.value === 'number')
      counts.push(Math.ceil(c.value) - 1, Math.ceil(c.value), Math.ceil(c.value) + 1);
  }
  return [...new Set(counts)].filter((n) => n >= least && n <= most);
}

/**
 * The lists of items the explorer adds on an add-another page: the group's minimum number of items
 * (or one), and other counts near count() limits, each item with every combination of the
 * sub-answers conditions read through `item.…`.
 */
export function itemLists(
  compiled: CompiledStep,
  journey: Journey,
  conditions: JourneyConditions,
  answers: Record<string, unknown>,
  today: string,
): Array<Array<Record<string, unknown>>> {
  const step = compiled.step as AddAnotherStep;
  const group = journey.fields[step.group];
  if (group?.type !== 'group') return [[]];
  const candidates: Candidates = step.components.map((component) => {
    const field = group.fields[component.field];
    return {
      name: component.field,
      values: field
        ? itemFieldCandidates(step.group, component.field, field, component, conditions, today)
        : [undefined],
    };
  });
  const items = distinct(
    combinations(candidates, 16).map((item) => {
      const visible = new Set(compiled.form?.visibleFields({ ...answers, ...item }, today) ?? []);
      return withoutBlanks(Object.fromEntries(Object.entries(item).filter(([name]) => visible.has(name))));
    }),
  );
  const lists: Array<Array<Record<string, unknown>>> = [];
  for (const count of itemCounts(step, journey, conditions)) {
    if (count === 0) lists.push([]);
    else for (const item of items) lists.push(Array.from({ length: count }, () => item));
  }
  return lists.slice(0, MAX_ITEM_LISTS);
}
