import {
  type ChoiceField,
  type Component,
  evaluateExpression,
  type Field,
  type FieldComparison,
  type Validation,
} from '@fingerpost/schema';
import type { JourneyConditions } from './journey-conditions';
import { addDays, addMonthsToDate, dateAllowed, numberAllowed, sampleAnswer } from './sample-values';

/** Functions of a number that keep its boundaries where they are. */
const NUMBER_FUNCTIONS = new Set([undefined, 'round', 'floor', 'ceil', 'min', 'max']);
/** How far from a boundary, in each function's unit, the explorer looks. */
const DATE_UNITS: Record<string, (date: string, n: number) => string> = {
  ageInYears: (d, n) => addMonthsToDate(d, 12 * n),
  yearsBetween: (d, n) => addMonthsToDate(d, 12 * n),
  monthsBetween: addMonthsToDate,
  daysBetween: addDays,
};

function numbersAround(value: number): number[] {
  const near = [value, value + 1, value - 1];
  if (!Number.isInteger(value)) near.push(Math.floor(value), Math.ceil(value));
  return near;
}

function numberCandidates(comparisons: FieldComparison[], validation: Validation, money: boolean): number[] {
  return comparisons
    .filter((c) => typeof c.value === 'number' && NUMBER_FUNCTIONS.has(c.via))
    .flatMap((c) => numbersAround(c.value as number))
    .filter((n) => numberAllowed(n, validation, money));
}

/**
 * Dates either side of each comparison. The comparison does not say which way round a function's
 * arguments go (daysBetween(today(), d) or daysBetween(d, today())), so both directions are tried.
 */
function dateCandidates(comparisons: FieldComparison[], validation: Validation, today: string): string[] {
  const dates: string[] = [];
  for (const c of comparisons) {
    if (c.via === undefined && typeof c.value === 'string') {
      dates.push(c.value, addDays(c.value, 1), addDays(c.value, -1));
      continue;
    }
    const shift = c.via === undefined ? undefined : DATE_UNITS[c.via];
    if (!shift || typeof c.value !== 'number') continue;
    for (const n of [c.value, c.value + 1, c.value - 1]) {
      for (const anchor of [shift(today, -n), shift(today, n)]) {
        dates.push(anchor, addDays(anchor, 1), addDays(anchor, -1));
      }
    }
  }
  return dates.filter((d) => dateAllowed(d, validation, today));
}

function ensureSize(chosen: string[], ordinary: string[], size: number): string[] {
  const list = [...chosen];
  for (const value of ordinary) if (list.length < size && !list.includes(value)) list.push(value);
  return list;
}

/** None (when optional), each option alone (the exclusive "none of these" too), and sizes near count() limits. */
function choiceListCandidates(
  field: ChoiceField,
  comparisons: FieldComparison[],
  validation: Validation,
): Array<string[] | undefined> {
  const ordinary = field.options.filter((o) => !o.exclusive).map((o) => o.value);
  const least = Math.max(1, validation.minItems ?? 1);
  const lists: string[][] = field.options.map((o) =>
    o.exclusive ? [o.value] : ensureSize([o.value], ordinary, least),
  );
  for (const c of comparisons) {
    if (c.via !== 'count' || typeof c.value !== 'number') continue;
    for (const size of numbersAround(c.value)) if (size >= 1) lists.push(ordinary.slice(0, size));
  }
  return lists.filter(
    (list) =>
      list.length >= least &&
      list.length <= (validation.maxItems ?? Number.POSITIVE_INFINITY) &&
      (list.length === 1 || !list.some((v) => field.options.find((o) => o.value === v)?.exclusive)),
  );
}

function textCandidates(comparisons: FieldComparison[]): string[] {
  const texts: string[] = [];
  for (const c of comparisons) {
    if (c.via === undefined && typeof c.value === 'string') texts.push(c.value);
    if (c.via === undefined && Array.isArray(c.value)) texts.push(...c.value);
    if (c.via === 'length' && typeof c.value === 'number')
      for (const n of numbersAround(c.value)) if (n >= 1 && Number.isInteger(n)) texts.push('x'.repeat(n));
  }
  return texts;
}

/** The values a field can take as far as conditions go: a domain, or values near each boundary. */
export function domainOf(
  field: Field,
  component: Component,
  comparisons: FieldComparison[],
  today: string,
): unknown[] {
  const validation = component.validation ?? {};
  switch (field.type) {
    case 'yesNo':
      return [true, false];
    case 'singleChoice':
      return field.options.map((o) => o.value);
    case 'multipleChoice':
      return choiceListCandidates(field, comparisons, validation);
    case 'number':
    case 'money':
      return numberCandidates(comparisons, validation, field.type === 'money');
    case 'date':
      return dateCandidates(comparisons, validation, today);
    case 'text':
    case 'longText':
      return textCandidates(comparisons);
    default:
      return [];
  }
}

/** Keeps one value per region: values every comparison of the field treats alike are one region. */
function onePerRegion(values: unknown[], atoms: readonly unknown[] | undefined, name: string, today: string) {
  const seen = new Set<string>();
  return values.filter((value) => {
    const region =
      atoms === undefined
        ? (JSON.stringify(value) ?? 'unanswered')
        : JSON.stringify(
            atoms.map((atom) => {
              const result = evaluateExpression(atom as never, { answers: { [name]: value }, today });
              return result.ok ? result.value : 'error';
            }),
          ) + (value === undefined ? '?' : '');
    if (seen.has(region)) return false;
    seen.add(region);
    return true;
  });
}

/**
 * The answers the explorer tries for one question: for a field no condition reads, one valid
 * sample; otherwise each choice, yes and no, and values either side of every boundary the
 * journey's conditions draw (one per region), plus leaving it blank when it is optional.
 * @example
 * // with the condition `ageInYears(dateOfBirth) >= 66` and today 2026-01-05
 * fieldCandidates('dateOfBirth', field, component, conditions, '2026-01-05'); // ['1960-01-05', '1960-01-06', …]
 */
export function fieldCandidates(
  name: string,
  field: Field,
  component: Component,
  conditions: JourneyConditions,
  today: string,
): unknown[] {
  const sample = sampleAnswer(field, component, today);
  if (!conditions.referenced.has(name)) return [sample];
  const values: unknown[] = [...domainOf(field, component, conditions.comparisons.get(name) ?? [], today)];
  values.push(sample);
  if (component.optional) values.push(undefined);
  const regional = field.type !== 'yesNo' && !conditions.readOtherwise.has(name);
  return onePerRegion(values, regional ? conditions.atoms.get(name) : undefined, name, today);
}

/** The values tried for a sub-field of an add-another item (no regions: items are read in groups). */
export function itemFieldCandidates(
  group: string,
  name: string,
  field: Field,
  component: Component,
  conditions: JourneyConditions,
  today: string,
): unknown[] {
  const sample = sampleAnswer(field, component, today);
  if (!conditions.itemFields.get(group)?.has(name)) return [sample];
  const comparisons = conditions.itemComparisons.get(group)?.get(name) ?? [];
  return onePerRegion([...domainOf(field, component, comparisons, today), sample], undefined, name, today);
}
