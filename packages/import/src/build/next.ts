import type { Next, Transition } from '@fingerpost/schema';

/**
 * A step's `next`: the step id alone when nothing is conditional, else the transitions followed
 * by the default.
 * @example nextOf([{ when: 'age >= 18', goTo: 'adult' }], 'child') // [{ when: 'age >= 18', goTo: 'adult' }, { goTo: 'child' }]
 */
export function nextOf(transitions: readonly Transition[], otherwise: string): Next {
  if (transitions.length === 0) return otherwise;
  const all: Transition[] = [...transitions, { goTo: otherwise }];
  return all as [Transition, ...Transition[]];
}
