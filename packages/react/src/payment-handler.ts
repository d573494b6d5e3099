import type { ActionResult, EngineError, JourneyView, PaymentSettlement } from '@fingerpost/core';

/** What the host is asked to charge on a payment step, with a way to record the payment it creates. */
export interface PaymentCharge {
  stepId: string;
  /** In pence (GOV.UK Pay's `amount`). */
  amount: number;
  /** In the resident's language; GOV.UK Pay shows it on its page and in its confirmation email. */
  description: string;
  /** The application's reference (GOV.UK Pay's `reference`); null when the host gave none. */
  reference: string | null;
  /** The resident's language ('en' or 'cy'; GOV.UK Pay's `language`). */
  language: string;
  /**
   * Records the payment the provider created. Call it before sending the resident to the provider's
   * page, so that the application `onChange` saves knows which payment to settle when they return.
   */
  started(paymentId: string): ActionResult;
}

/**
 * Takes a payment for the resident, as the host chooses: resolve with how it ended (a payment made on
 * the same page), or with nothing once `charge.started(paymentId)` has been called and the resident
 * has been sent to GOV.UK Pay (settle it with `paymentSettled` when they come back). Throwing or
 * rejecting means the payment service could not be used: the page says so and nothing is recorded.
 * @example
 * // A prototype's fake: every payment succeeds on the same page.
 * const takePayment: PaymentHandler = () => ({ paymentId: `fake-${Date.now()}`, state: 'success' });
 * // GOV.UK Pay: record the payment, then leave for its page; settle with paymentSettled on return.
 * const viaGovUkPay: PaymentHandler = async (charge) => {
 *   const { paymentId, nextUrl } = await createPaymentOnYourServer(charge);
 *   charge.started(paymentId);
 *   window.location.assign(nextUrl);
 *   return undefined;
 * };
 */
export type PaymentHandler = (
  charge: PaymentCharge,
) => Promise<PaymentSettlement | undefined> | PaymentSettlement | undefined;

/** The engine's actions a payment handler's answer is recorded with. */
export interface PaymentActions {
  view(): JourneyView;
  started(stepId: string, paymentId: string): ActionResult;
  settled(stepId: string, settlement: PaymentSettlement): ActionResult;
}

const refused = (code: string, message: string, path?: string): ActionResult => ({
  ok: false,
  error: { code, message, ...(path ? { path } : {}) } satisfies EngineError,
});

/**
 * Runs the host's payment handler for the payment step the resident is on, and records what it says:
 * the payment started, then settled. Never throws: a refusal comes back as an ActionResult.
 */
export async function takePaymentWith(
  handler: PaymentHandler | undefined,
  actions: PaymentActions,
): Promise<ActionResult> {
  const view = actions.view();
  const { step } = view;
  if (!handler) return refused('payment.no-handler', 'No payment handler was given (takePayment)');
  if (step.type !== 'payment' || !step.payment) {
    return refused('step.not-current', `"${step.id}" is not a payment step`, step.id);
  }
  if (step.payment.amount === null) {
    return refused('payment.no-amount', 'The amount to pay cannot be worked out from the answers', step.id);
  }
  let settlement: PaymentSettlement | undefined;
  try {
    settlement = await handler({
      stepId: step.id,
      amount: step.payment.amount,
      description: step.payment.description,
      reference: view.reference,
      language: view.language,
      started: (paymentId) => actions.started(step.id, paymentId),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refused('payment.unavailable', `The payment could not be taken: ${reason}`, step.id);
  }
  if (!settlement) return { ok: true, view: actions.view() };
  const started = actions.started(step.id, settlement.paymentId);
  if (!started.ok) return started;
  return actions.settled(step.id, settlement);
}
