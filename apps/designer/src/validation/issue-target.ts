import type { Journey } from '@fingerpost/schema';
import type { Selection } from '../state/editor-types';

/** A JSON Pointer's segments, unescaped (RFC 6901). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * What a validation problem is about, as something the designer can select: a question on a page,
 * a step, or the journey's settings. Problems with a field select the first question that asks it.
 * @example issueSelection(journey, '/steps/2/components/0/label') // { kind: 'component', stepId: 'age', index: 0 }
 */
export function issueSelection(journey: Journey, pointer: string): Selection {
  const [head, second, third, fourth] = pointerSegments(pointer);
  if (head === 'steps' && second !== undefined) {
    const step = journey.steps[Number(second)];
    if (!step) return { kind: 'journey' };
    if (
      third === 'components' &&
      fourth !== undefined &&
      'components' in step &&
      step.components[Number(fourth)]
    ) {
      return { kind: 'component', stepId: step.id, index: Number(fourth) };
    }
    return { kind: 'step', stepId: step.id };
  }
  if (head === 'fields' && second !== undefined) {
    for (const step of journey.steps) {
      if (step.type === 'question') {
        const index = step.components.findIndex((c) => c.field === second);
        if (index >= 0) return { kind: 'component', stepId: step.id, index };
      }
      if (step.type === 'addAnother' && step.group === second) return { kind: 'step', stepId: step.id };
    }
  }
  if (head === 'start' && journey.steps.some((s) => s.id === journey.start)) {
    return { kind: 'step', stepId: journey.start };
  }
  return { kind: 'journey' };
}

/** Words for where a problem is, for the validation panel: "Step which-bin, question 1". */
export function issuePlace(journey: Journey, pointer: string): string {
  const selection = issueSelection(journey, pointer);
  if (selection.kind === 'journey') return pointer === '' ? 'Journey' : `Journey settings (${pointer})`;
  if (selection.kind === 'step') return `Step ${selection.stepId}`;
  return `Step ${selection.stepId}, question ${selection.index + 1}`;
}
