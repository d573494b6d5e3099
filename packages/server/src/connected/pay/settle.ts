import type { PayClient, PayError, Payment } from './types';

/**
 * What a payment means for the journey:
 * success → continue; failed (declined or a provider error), cancelled, expired → offer to try
 * again or stop; pending → the resident has not finished paying (send them back to nextUrl, or
 * wait); unavailable → GOV.UK Pay could not be asked: change nothing, let them try later.
 */
export type SettledPayment =
  | { outcome: 'success'; payment: Payment }
  | {
      outcome: 'failed' | 'cancelled' | 'expired';
      payment: Payment;
      reason: { code: string; message: string };
    }
  | { outcome: 'pending'; payment: Payment }
  | { outcome: 'unavailable'; error: PayError };

const REASONS: Readonly<Record<string, { outcome: 'failed' | 'cancelled' | 'expired'; message: string }>> = {
  P0010: { outcome: 'failed', message: 'The payment was declined' },
  P0020: { outcome: 'expired', message: 'The payment expired: it was not completed within 90 minutes' },
  P0030: { outcome: 'cancelled', message: 'The payment was cancelled by the resident' },
  P0040: { outcome: 'cancelled', message: 'The payment was cancelled by the council' },
  P0050: { outcome: 'failed', message: 'The payment provider had a problem taking the payment' },
};

/**
 * Interprets a payment's state, without asking GOV.UK Pay again.
 *
 * @example
 * interpretPayment(payment).outcome; // 'expired' for state { status: 'failed', finished: true, code: 'P0020' }
 */
export function interpretPayment(payment: Payment): SettledPayment {
  const { status, code } = payment.state;
  if (status === 'success') return { outcome: 'success', payment };
  if (!payment.state.finished && status !== 'failed' && status !== 'cancelled' && status !== 'error') {
    return { outcome: 'pending', payment };
  }
  const known = code === undefined ? undefined : REASONS[code];
  if (known) {
    return { outcome: known.outcome, payment, reason: { code: code as string, message: known.message } };
  }
  const outcome = status === 'cancelled' ? 'cancelled' : 'failed';
  return {
    outcome,
    payment,
    reason: { code: code ?? status, message: payment.state.message ?? `The payment ended as "${status}"` },
  };
}

/**
 * Asks GOV.UK Pay where a payment has got to and says what it means for the journey. It only
 * reads, so a double return from the payment page or a refresh gives the same answer and can
 * never take a second payment: the caller records the outcome against the payment id and moves
 * on once, whichever request arrives first.
 *
 * @example
 * const settled = await settlePayment(pay, instance.paymentId);
 * if (settled.outcome === 'success') continueJourney();
 * else if (settled.outcome === 'unavailable') showTryAgainLater(settled.error);
 */
export async function settlePayment(client: PayClient, paymentId: string): Promise<SettledPayment> {
  const result = await client.getPayment(paymentId);
  if (!result.ok) return { outcome: 'unavailable', error: result.error };
  return interpretPayment(result.payment);
}
