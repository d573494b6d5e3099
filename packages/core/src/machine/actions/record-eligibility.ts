import type { EligibilityResult } from '@fingerpost/schema';
import type { ContextUpdate } from './action-types';

/** The eligibility rule that decided, for the outcome, the view and the audit trail. */
export const recordEligibility: ContextUpdate<{ stepId: string; rule: string; result: EligibilityResult }> = (
  _context,
  _event,
  { stepId, rule, result },
) => ({ eligibility: { stepId, rule, result } });
