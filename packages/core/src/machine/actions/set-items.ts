import { type ContextUpdate, eventOf } from './action-types';

/** An add-another list changed (an item added, changed or removed). */
export const setItems: ContextUpdate<{ group: string }> = (context, event, { group }) => {
  const items = eventOf(event, 'ITEMS');
  if (!items) return {};
  return { answers: { ...context.answers, [group]: items.items } };
};
