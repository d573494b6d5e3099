import type { Moment } from '../clock';
import { type EngineError, engineError } from '../errors';
import type { HistoryActor, HistoryEvent } from '../history';
import { RESIDENT } from '../history';
import type { JourneyContext } from '../machine/context';
import { paymentAmount } from '../payments/payment-amount';
import {
  PAYMENT_ID,
  PAYMENT_OUTCOMES,
  type PaymentRecord,
  type PaymentRefund,
  type PaymentSettlement,
  type PaymentView,
} from '../payments/payment-types';
import { dispatch } from './dispatch';
import { pageError } from './preconditions';
import { contextOf, type RunCore } from './run-core';

const paymentsOf = (context: JourneyContext): PaymentRecord[] => context.payments ?? [];

/** The attempt on a step that is with the provider and not yet settled. */
export function paymentInProgress(context: JourneyContext, stepId: string): PaymentRecord | undefined {
  return paymentsOf(context).find((p) => p.stepId === stepId && p.state === 'started');
}

/**
 * The resident is sent to the provider: records the payment it created, with the amount worked out
 * from the answers now. Starting the same payment again changes nothing (a retried request); a
 * different one while another is in progress is refused, so two payments are never open at once.
 */
export function startPayment(
  core: RunCore,
  stepId: string,
  paymentId: string,
  actor: HistoryActor,
  now: Moment,
): EngineError | null {
  const checked = pageError(core, stepId);
  if (!('step' in checked)) return checked;
  const compiled = checked.step;
  if (compiled.step.type !== 'payment' || compiled.amount === null) {
    return engineError('step.not-current', `"${stepId}" is not a payment step`, { path: stepId });
  }
  if (typeof paymentId !== 'string' || !PAYMENT_ID.test(paymentId)) {
    return engineError('payment.invalid', 'A payment id is 1 to 64 letters, digits, "-" or "_"', {
      path: stepId,
    });
  }
  const context = contextOf(core);
  const open = paymentInProgress(context, stepId);
  if (open?.paymentId === paymentId) return null;
  if (open) {
    return engineError(
      'payment.in-progress',
      `Payment ${open.paymentId} is still in progress: settle it before starting another`,
      { path: stepId },
    );
  }
  if (paymentsOf(context).some((p) => p.paymentId === paymentId)) {
    return engineError('payment.invalid', `Payment ${paymentId} has already been used`, { path: stepId });
  }
  const amount = paymentAmount(compiled.amount, context.answers, now.today);
  if (amount === null || amount <= 0) {
    return engineError('payment.no-amount', 'The amount to pay cannot be worked out from the answers', {
      path: stepId,
    });
  }
  const attempt = paymentsOf(context).filter((p) => p.stepId === stepId).length + 1;
  dispatch(
    core,
    now,
    { type: 'PAYMENT_STARTED', stepId, paymentId, amount },
    { type: 'paymentStarted', actor, stepId, data: { paymentId, amount, attempt } },
  );
  return null;
}

/**
 * Records how the provider says a payment ended: success moves on along the step's route; failed,
 * cancelled or expired stays on the step so the resident can try again. Settling a payment again
 * with the same state changes nothing (a double return from the provider); with another state it is
 * refused.
 */
export function settlePayment(
  core: RunCore,
  stepId: string,
  settlement: PaymentSettlement,
  now: Moment,
): EngineError | null {
  const checked = pageError(core, stepId);
  if (!('step' in checked)) return checked;
  if (!PAYMENT_OUTCOMES.has(settlement?.state)) {
    return engineError('payment.invalid', 'A payment ends as success, failed, cancelled or expired', {
      path: stepId,
    });
  }
  const record = paymentsOf(contextOf(core)).find(
    (p) => p.stepId === stepId && p.paymentId === settlement.paymentId,
  );
  if (!record) {
    return engineError('payment.unknown', `No payment ${settlement.paymentId} was started on "${stepId}"`, {
      path: stepId,
    });
  }
  if (record.state === settlement.state) return null;
  if (record.state !== 'started') {
    return engineError(
      'payment.already-settled',
      `Payment ${record.paymentId} already ended as ${record.state}`,
      {
        path: stepId,
      },
    );
  }
  dispatch(
    core,
    now,
    { type: 'PAYMENT_SETTLED', stepId, paymentId: record.paymentId, state: settlement.state },
    {
      type: 'paymentSettled',
      actor: RESIDENT,
      stepId,
      data: {
        paymentId: record.paymentId,
        amount: record.amount,
        state: settlement.state,
        ...(settlement.code ? { code: settlement.code } : {}),
      },
    },
  );
  return null;
}

function refundedOf(history: readonly HistoryEvent[], paymentId: string): number {
  return history
    .filter((e) => e.type === 'paymentRefunded' && e.data.paymentId === paymentId)
    .reduce((sum, e) => sum + (typeof e.data.amount === 'number' ? e.data.amount : 0), 0);
}

/** Every payment on the application, with what has been refunded of each. */
export function paymentsView(
  core: RunCore,
  context = contextOf(core),
  historyLength = core.history.length,
): PaymentView[] {
  const payments = paymentsOf(context);
  // Most applications have no payment: their views need not read the history at all.
  if (payments.length === 0) return [];
  const history = core.history.list().slice(0, historyLength);
  return payments.map((p) => ({ ...p, refunded: refundedOf(history, p.paymentId) }));
}

/**
 * Records a refund a caseworker made with the provider. Allowed at any time, also after the
 * application has ended; never more than was paid and not yet refunded.
 */
export function refundPayment(
  core: RunCore,
  refund: PaymentRefund,
  actor: HistoryActor,
  now: Moment,
): EngineError | null {
  const payment = paymentsView(core).find((p) => p.paymentId === refund?.paymentId);
  if (payment?.state !== 'success') {
    return engineError('payment.unknown', `There is no successful payment ${String(refund?.paymentId)}`);
  }
  const left = payment.amount - payment.refunded;
  if (!Number.isSafeInteger(refund.amount) || refund.amount < 1 || refund.amount > left) {
    return engineError(
      'payment.refund-invalid',
      `A refund of payment ${payment.paymentId} is a whole number of pence from 1 to ${left}`,
    );
  }
  if (typeof refund.refundId !== 'string' || refund.refundId === '') {
    return engineError('payment.refund-invalid', 'A refund needs the provider’s refund id');
  }
  const reason = refund.reason?.trim();
  core.history.append(
    now.at,
    'paymentRefunded',
    actor,
    {
      paymentId: payment.paymentId,
      amount: refund.amount,
      refundId: refund.refundId,
      ...(reason ? { reason } : {}),
    },
    payment.stepId,
  );
  return null;
}
