/** How GOV.UK Pay finished a payment, as far as the journey cares. */
export type PaymentOutcome = 'success' | 'failed' | 'cancelled' | 'expired';

/** One attempt to pay on a payment step: started with the provider, then settled. */
export interface PaymentRecord {
  stepId: string;
  /** The provider's payment id (GOV.UK Pay's `payment_id`). */
  paymentId: string;
  /** In pence, worked out from the answers when the payment was started. */
  amount: number;
  /** 'started' until the provider has said how it ended. */
  state: 'started' | PaymentOutcome;
  /** 1 for the first attempt on the step, 2 after one retry, … */
  attempt: number;
  startedAt: string;
  settledAt?: string;
}

/** What the provider said about a payment, passed to `paymentSettled`. */
export interface PaymentSettlement {
  paymentId: string;
  state: PaymentOutcome;
  /** The provider's reason code, e.g. GOV.UK Pay's P0010 (declined). */
  code?: string;
}

/** A refund a caseworker made with the provider, passed to `paymentRefunded`. */
export interface PaymentRefund {
  paymentId: string;
  /** In pence. */
  amount: number;
  /** The provider's refund id. */
  refundId: string;
  reason?: string;
}

/** A payment as a caseworker sees it: what was paid and what has been refunded. */
export interface PaymentView extends PaymentRecord {
  /** In pence. */
  refunded: number;
}

/** The payment step the resident is on. */
export interface PaymentStepView {
  /** In pence; null when the amount cannot be worked out from the answers. */
  amount: number | null;
  description: string;
  /** The latest attempt on this step, if any. */
  latest: PaymentRecord | null;
}

export const PAYMENT_OUTCOMES: ReadonlySet<string> = new Set(['success', 'failed', 'cancelled', 'expired']);
// Provider ids go into URLs and the history: keep them to the shape GOV.UK Pay uses.
export const PAYMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
