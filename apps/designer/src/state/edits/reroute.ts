import type { Step } from '@fingerpost/schema';

/**
 * The step with one of its routes sent to another step: `at` is where the route's target sits in
 * the step (as `stepSuccessors` gives it: ['next'], ['next', 1, 'goTo'], ['rules', 0, 'next'],
 * ['next', 'approved'] …). Its condition, and every other route, stay as they were.
 * @example rerouteStep({ id: 'a', type: 'content', next: 'b' }, ['next'], 'c') // { …, next: 'c' }
 */
export function rerouteStep(step: Step, at: ReadonlyArray<string | number>, to: string): Step {
  if (at.length === 0) throw new Error('a route has a place in its step');
  const copy = structuredClone(step) as unknown as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of at.slice(0, -1)) {
    const child = parent[key];
    if (typeof child !== 'object' || child === null)
      throw new Error(`${step.id} has no route at ${at.join('.')}`);
    parent = child as Record<string | number, unknown>;
  }
  const last = at.at(-1)!;
  if (typeof parent[last] !== 'string') throw new Error(`${step.id} has no route at ${at.join('.')}`);
  parent[last] = to;
  return copy as unknown as Step;
}
