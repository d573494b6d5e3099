import { formatAnswer, textFor } from '@fingerpost/core';
import type { Field, Journey } from '@fingerpost/schema';

/** A column of an export: one field of the journey's data model. */
export interface ExportField {
  name: string;
  type: Field['type'];
  /** The question's label (English), or the add-another page's title for a group. */
  label: string | null;
}

/**
 * The data model's fields in the order the journey declares them, with the label each is asked
 * with (first use wins).
 * @example exportFields(journey).map((f) => f.name) // ['binType', 'collectionDate', …]
 */
export function exportFields(journey: Journey): ExportField[] {
  const labels = new Map<string, string>();
  for (const step of journey.steps) {
    if (step.type === 'question')
      for (const c of step.components) if (!labels.has(c.field)) labels.set(c.field, textFor(c.label, 'en'));
    if (step.type === 'addAnother' && !labels.has(step.group))
      labels.set(step.group, textFor(step.title, 'en'));
  }
  return Object.entries(journey.fields).flatMap(([name, field]) =>
    field ? [{ name, type: field.type, label: labels.get(name) ?? null }] : [],
  );
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * An answer as a caseworker reads it: as check your answers shows it (£12.50, 3 March 2026, Yes,
 * option labels, addresses on one line), blank when unanswered. A group is a JSON array of its
 * items, each with its answers shown the same way.
 * @example displayValue(1250, { type: 'money' }) // '£12.50'
 */
export function displayValue(value: unknown, field: Field): string {
  if (isEmpty(value)) return '';
  if (field.type !== 'group') return formatAnswer(value, field, 'en');
  if (!Array.isArray(value)) return JSON.stringify(value);
  const items = value.map((item) => {
    const answers = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(field.fields).flatMap(([name, sub]) =>
        sub ? [[name, displayValue(answers[name], sub)]] : [],
      ),
    );
  });
  return JSON.stringify(items);
}
