import { type ContextUpdate, eventOf } from './action-types';

/**
 * Back pops the page the resident returns to; Change (from check your answers) remembers check your
 * answers for Back and turns on returning, so that finished pages are skipped on the way back.
 */
export const navigate: ContextUpdate = (context, event) => {
  const go = eventOf(event, 'GO');
  if (!go) return {};
  if (go.mode === 'back') return { backStack: context.backStack.slice(0, -1) };
  return { backStack: [...context.backStack, go.from], returning: true };
};
