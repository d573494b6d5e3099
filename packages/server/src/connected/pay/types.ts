import type { FetchLike } from '../http/request-json';

/** GOV.UK Pay's payment statuses. Only success, failed, cancelled and error are finished. */
export type PaymentStatus =
  | 'created'
  | 'started'
  | 'submitted'
  | 'capturable'
  | 'success'
  | 'failed'
  | 'cancelled'
  | 'error';

/**
 * Where a payment has got to. When it did not succeed, `code` says why:
 * P0010 declined, P0020 expired (after 90 minutes), P0030 cancelled by the resident,
 * P0040 cancelled by the service, P0050 an error at the payment provider.
 */
export interface PaymentState {
  status: PaymentStatus;
  finished: boolean;
  code?: string;
  message?: string;
}

export interface Payment {
  paymentId: string;
  /** Where to send the resident to pay; absent once they have started or the payment is finished. */
  nextUrl?: string;
  state: PaymentState;
  /** In pence. */
  amount: number;
  reference: string;
  description: string;
  createdDate: string;
  /** What can still be refunded, in pence, and whether a refund is possible at all. */
  refund?: { status: string; amountAvailable: number; amountSubmitted: number };
}

export interface CreatePaymentInput {
  /** In pence, a whole number from 1 to 10,000,000 (£100,000). */
  amount: number;
  /** Shown to the council in GOV.UK Pay's admin; at most 255 characters. */
  reference: string;
  /** Shown to the resident on the payment page; at most 255 characters. */
  description: string;
  /** Where GOV.UK Pay sends the resident back to, paid or not. */
  returnUrl: string;
  language?: 'en' | 'cy';
  /** Up to 10 keys of the council's own, for reconciliation. */
  metadata?: Record<string, string | number | boolean>;
  /**
   * Sent as the Idempotency-Key header: GOV.UK Pay gives back the payment already made with the
   * same key instead of making another, so a double submit never creates two payments.
   */
  idempotencyKey?: string;
}

export type PayErrorCode = 'pay.unavailable' | 'pay.rejected' | 'pay.unauthorised';

/**
 * unavailable: GOV.UK Pay could not be reached, timed out or answered 5xx/429; try again later.
 * rejected: it refused this request (bad amount, unknown payment, not refundable…).
 * unauthorised: the API key is missing, wrong or revoked.
 */
export interface PayError {
  code: PayErrorCode;
  message: string;
  /** The HTTP status, when GOV.UK Pay answered. */
  status?: number;
  /** GOV.UK Pay's own error code, for example P0102, when it gave one. */
  providerCode?: string;
}

export type PaymentResult = { ok: true; payment: Payment } | { ok: false; error: PayError };

export interface RefundInput {
  /** In pence. */
  amount: number;
  /** What GOV.UK Pay last said could be refunded; it refuses the refund (412) when that has changed. */
  refundAmountAvailable: number;
}

export interface Refund {
  refundId: string;
  amount: number;
  status: 'submitted' | 'success' | 'error';
  createdDate: string;
}

export type RefundResult = { ok: true; refund: Refund } | { ok: false; error: PayError };

export interface PayClientOptions {
  /** https://publicapi.payments.service.gov.uk for test and live alike: the key decides which. */
  baseUrl: string;
  apiKey: string;
  fetch?: FetchLike;
  /** How long to wait for GOV.UK Pay before giving up with pay.unavailable. Default 10,000 ms. */
  timeoutMs?: number;
}

export interface PayClient {
  /**
   * Where the provider's payment pages (each payment's nextUrl) are served from: the page with
   * "Continue to payment" must allow them as form-action, since its redirect goes there.
   */
  readonly paymentPageOrigins: readonly string[];
  createPayment(input: CreatePaymentInput): Promise<PaymentResult>;
  getPayment(paymentId: string): Promise<PaymentResult>;
  refund(paymentId: string, input: RefundInput): Promise<RefundResult>;
}
