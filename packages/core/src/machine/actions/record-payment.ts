import { instantOf } from '../context';
import type { ContextUpdate } from './action-types';
import { eventOf } from './action-types';

/** A payment was created with the provider: remember it as this step's latest attempt. */
export const recordPaymentStart: ContextUpdate = (context, event) => {
  const started = eventOf(event, 'PAYMENT_STARTED');
  if (!started) return {};
  const payments = context.payments ?? [];
  const attempt = payments.filter((p) => p.stepId === started.stepId).length + 1;
  return {
    payments: [
      ...payments,
      {
        stepId: started.stepId,
        paymentId: started.paymentId,
        amount: started.amount,
        state: 'started',
        attempt,
        startedAt: instantOf(context, event),
      },
    ],
  };
};

/**
 * The provider said how a payment ended. A paid step counts as done, and Back cannot go past it:
 * answers before a payment must not change once it is paid.
 */
export const recordPaymentOutcome: ContextUpdate = (context, event) => {
  const settled = eventOf(event, 'PAYMENT_SETTLED');
  if (!settled) return {};
  const payments = (context.payments ?? []).map((p) =>
    p.paymentId === settled.paymentId
      ? { ...p, state: settled.state, settledAt: instantOf(context, event) }
      : p,
  );
  if (settled.state !== 'success') return { payments };
  return {
    payments,
    completed: context.completed.includes(settled.stepId)
      ? context.completed
      : [...context.completed, settled.stepId],
    backStack: [],
  };
};

/** Check your answers leads on to a payment: Back from the payment page returns to it. */
export const rememberForBack: ContextUpdate<{ stepId: string }> = (context, _event, { stepId }) => ({
  backStack: [...context.backStack, stepId],
});
