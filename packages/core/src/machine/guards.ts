import { type CompiledExpression, holds } from '../expression';
import { type CompiledAmount, paymentAmount } from '../payments/payment-amount';
import { answersAfter, type JourneyContext, type JourneyEvent, todayOf } from './context';

type GuardArgs = { context: JourneyContext; event: JourneyEvent };

/** A journey condition (a transition's or an eligibility rule's `when`) on the answers. */
export function when({ context, event }: GuardArgs, params: { expression: CompiledExpression }): boolean {
  return holds(params.expression, answersAfter(context, event), todayOf(context, event));
}

/**
 * On the way back to check your answers, a finished page is passed through along its route, unless
 * a caseworker asked to see it again.
 */
export function skipFinished(
  { context, event }: GuardArgs,
  params: { stepId: string; expression: CompiledExpression | null },
): boolean {
  // The page the resident just asked for (Back, Change) is shown, however finished.
  if (event.type === 'GO' || !context.returning || context.pendingRevisit.includes(params.stepId))
    return false;
  if (!context.completed.includes(params.stepId)) return false;
  return params.expression === null || holds(params.expression, context.answers, todayOf(context, event));
}

/** Back or Change to this page. */
export function targetIs({ event }: GuardArgs, params: { stepId: string }): boolean {
  return event.type === 'GO' && event.target === params.stepId;
}

export function decisionIs({ event }: GuardArgs, params: { decision: string }): boolean {
  return event.type === 'DECIDE' && event.decision === params.decision;
}

/** An approval that leaves no task of the step undecided: the step is approved. */
export function completesApproval({ context, event }: GuardArgs, params: { stepId: string }): boolean {
  if (event.type !== 'DECIDE' || event.decision !== 'approve') return false;
  return context.tasks
    .filter((t) => t.stepId === params.stepId && t.id !== event.taskId)
    .every((t) => t.status === 'approved');
}

/** Check your answers submitted after a request for more information: back into that approval step. */
export function resubmittingTo({ context }: GuardArgs, params: { stepId: string }): boolean {
  return context.moreInformation?.stepId === params.stepId;
}

/** GOV.UK Pay said the payment succeeded, and the route's condition holds. */
export function paymentSucceeded(
  { context, event }: GuardArgs,
  params: { expression: CompiledExpression | null },
): boolean {
  if (event.type !== 'PAYMENT_SETTLED' || event.state !== 'success') return false;
  return params.expression === null || holds(params.expression, context.answers, todayOf(context, event));
}

/**
 * A payment step with nothing to pay passes straight on: the amount comes to £0 or less, or the
 * step was already paid (the resident is sent through it again).
 */
export function noPaymentNeeded(
  { context, event }: GuardArgs,
  params: { stepId: string; amount: CompiledAmount; expression: CompiledExpression | null },
): boolean {
  const today = todayOf(context, event);
  const paid = (context.payments ?? []).some((p) => p.stepId === params.stepId && p.state === 'success');
  const amount = paymentAmount(params.amount, context.answers, today);
  if (!paid && (amount === null || amount > 0)) return false;
  return params.expression === null || holds(params.expression, context.answers, today);
}
