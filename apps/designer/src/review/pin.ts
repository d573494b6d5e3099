import type { Journey } from '@fingerpost/schema';
import { stepTitle } from '../map/step-summary';
import type { Selection } from '../state/editor-types';
import { textIn } from '../state/text';

/** The questions of a step that a comment can be pinned to, by field. */
export function pinnableQuestions(journey: Journey, stepId: string): Array<{ field: string; label: string }> {
  const step = journey.steps.find((s) => s.id === stepId);
  if (!step || !('components' in step)) return [];
  return step.components.map((c) => ({ field: c.field, label: textIn(c.label, 'en') || c.field }));
}

/** The question a selection points at, if it is one. */
export function selectedField(journey: Journey, selection: Selection): string | null {
  if (selection.kind !== 'component') return null;
  return pinnableQuestions(journey, selection.stepId)[selection.index]?.field ?? null;
}

/**
 * Where a comment is pinned, in words.
 * @example pinName(journey, 'age', 'dateOfBirth') // 'What is your date of birth? (on Your age)'
 */
export function pinName(journey: Journey, stepId: string, field: string | null): string {
  const step = journey.steps.find((s) => s.id === stepId);
  if (!step) return `${stepId} (no longer in the journey)`;
  const page = stepTitle(step);
  if (field === null) return page;
  const question = pinnableQuestions(journey, stepId).find((q) => q.field === field)?.label ?? field;
  // A one-question page is named by its question: saying it twice helps nobody.
  return question === page ? `The question “${question}”` : `${question} (on ${page})`;
}
