import type { ActionResult, PaymentOutcome } from '@fingerpost/core';
import type { UseJourneyResult } from '@fingerpost/react';

let made = 0;

/** A payment id no provider made, unique in this browser tab, of the shape GOV.UK Pay uses. */
export function previewPaymentId(): string {
  made += 1;
  return `preview-${Date.now().toString(36)}-${made}`;
}

/**
 * Pays on the payment step the preview is on, without a provider: starts a made-up payment and
 * settles it as the designer chose, through the engine, as GOV.UK Pay's answer would.
 */
export function simulatePayment(
  running: Pick<UseJourneyResult, 'paymentStarted' | 'paymentSettled'>,
  state: PaymentOutcome,
): ActionResult {
  const paymentId = previewPaymentId();
  const started = running.paymentStarted(paymentId);
  if (!started.ok) return started;
  return running.paymentSettled({ paymentId, state, ...(state === 'failed' ? { code: 'P0010' } : {}) });
}
