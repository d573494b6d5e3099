import type { Journey, Next, Step } from './generated/journey';

/** A route out of a step: the step it leads to and where in the step it is written. */
export interface StepEdge {
  to: string;
  /** JSON Pointer segments below the step to the reference, e.g. ['next', 1, 'goTo']. */
  at: Array<string | number>;
  /** The condition that guards the edge, when there is one. */
  when?: string;
}

function nextEdges(next: Next, at: Array<string | number>): StepEdge[] {
  if (typeof next === 'string') return [{ to: next, at }];
  return next.map((t, i) =>
    t.when === undefined
      ? { to: t.goTo, at: [...at, i, 'goTo'] }
      : { to: t.goTo, at: [...at, i, 'goTo'], when: t.when },
  );
}

/**
 * Every step a step can lead to, in the order the journey tries them.
 * @example stepSuccessors({ id: 'age', type: 'question', components: [], next: 'done' }) // [{ to: 'done', at: ['next'] }]
 */
export function stepSuccessors(step: Step): StepEdge[] {
  switch (step.type) {
    case 'question':
    case 'addAnother':
    case 'content':
    case 'checkAnswers':
    case 'feedback':
    case 'branch':
    case 'payment':
      return nextEdges(step.next, ['next']);
    case 'eligibility':
      return [
        ...step.rules.map((rule, i) => ({ to: rule.next, at: ['rules', i, 'next'], when: rule.when })),
        { to: step.otherwise.next, at: ['otherwise', 'next'] },
      ];
    case 'approval':
      return [
        { to: step.next.approved, at: ['next', 'approved'] },
        { to: step.next.rejected, at: ['next', 'rejected'] },
      ];
    case 'end':
      return [];
  }
}

/** Steps by id; the first of any duplicate wins (duplicates are reported by the validator). */
export function stepsById(journey: Pick<Journey, 'steps'>): Map<string, Step> {
  const map = new Map<string, Step>();
  for (const step of journey.steps) if (!map.has(step.id)) map.set(step.id, step);
  return map;
}

/** Ids of the steps reachable from `from` by following every edge. */
export function reachableFrom(from: Iterable<string>, byId: Map<string, Step>): Set<string> {
  const seen = new Set<string>();
  const queue = [...from];
  while (queue.length > 0) {
    const id = queue.pop()!;
    const step = byId.get(id);
    if (seen.has(id) || !step) continue;
    seen.add(id);
    for (const edge of stepSuccessors(step)) queue.push(edge.to);
  }
  return seen;
}
