import { answersAfter } from '../context';
import type { ContextUpdate } from './action-types';

/** A page was submitted: keep its answers, drop its hidden fields, remember it for Back. */
export const recordPage: ContextUpdate<{ stepId: string }> = (context, event, { stepId }) => ({
  answers: answersAfter(context, event),
  completed: context.completed.includes(stepId) ? context.completed : [...context.completed, stepId],
  backStack: [...context.backStack, stepId],
  pendingRevisit: context.pendingRevisit.filter((id) => id !== stepId),
});
