import { evaluate } from '../../expression';
import { todayOf } from '../context';
import type { ContextUpdate } from './action-types';

/** The approval step's `onApproved.set`: values worked out on approval, such as a badge's expiry date. */
export const applyOnApproved: ContextUpdate<{ stepId: string }> = (context, event, { stepId }, deps) => {
  const compiled = deps.steps.get(stepId);
  if (!compiled || compiled.onApproved.length === 0) return {};
  const today = todayOf(context, event);
  const answers = { ...context.answers };
  for (const [field, expression] of compiled.onApproved) {
    const value = evaluate(expression, answers, today);
    if (value === null || value === undefined) delete answers[field];
    else answers[field] = value;
  }
  return { answers };
};
