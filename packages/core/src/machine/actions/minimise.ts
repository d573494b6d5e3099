import { minimiseAnswers } from '../../path';
import { todayOf } from '../context';
import type { ContextUpdate } from './action-types';

/**
 * The route is complete (check your answers or an end): drop answers the route no longer needs, and
 * stop skipping finished pages.
 */
export const minimise: ContextUpdate = (context, event, _params, deps) => {
  const { answers, completed } = minimiseAnswers(
    deps.steps,
    deps.start,
    context.answers,
    context.completed,
    todayOf(context, event),
  );
  return { answers, completed, returning: false, pendingRevisit: [] };
};
