import { poundsAndPence } from '@fingerpost/react';
import type { Journey, Step } from '@fingerpost/schema';
import { STEP_KIND_NAMES } from '../state/edits/templates';
import { textIn } from '../state/text';

/** A step's name as the map shows it: its title, its first question, or its id. */
export function stepTitle(step: Step): string {
  if ('title' in step && step.title !== undefined) {
    const title = textIn(step.title, 'en');
    if (title) return title;
  }
  if (step.type === 'question') return textIn(step.components[0]?.label, 'en') || step.id;
  if (step.type === 'approval') return step.tasks[0]?.title ?? step.id;
  if (step.type === 'branch') return step.description ?? 'Branch';
  if (step.type === 'eligibility')
    return `${step.rules.length} eligibility rule${step.rules.length === 1 ? '' : 's'}`;
  return STEP_KIND_NAMES[step.type];
}

/** The kind of step in words, with an outcome page's outcome and a payment's price. */
export function stepKindName(step: Step): string {
  if (step.type === 'end') return `Outcome: ${step.outcome}`;
  if (step.type === 'payment')
    return `Payment: ${typeof step.amount === 'number' ? poundsAndPence(step.amount) : 'worked out from the answers'}`;
  return STEP_KIND_NAMES[step.type];
}

/** Where a step leads, in words, for screen readers (the map's arrows are pictures). */
export function routesInWords(
  journey: Journey,
  edges: ReadonlyArray<{ to: string; label: string | null }>,
): string {
  if (edges.length === 0) return 'The journey ends here.';
  const byId = new Map(journey.steps.map((s) => [s.id, s]));
  return `Leads to ${edges
    .map((e) => {
      const target = byId.get(e.to);
      const name = target ? stepTitle(target) : `${e.to} (missing step)`;
      return e.label ? `${name} (${e.label})` : name;
    })
    .join('; ')}.`;
}
