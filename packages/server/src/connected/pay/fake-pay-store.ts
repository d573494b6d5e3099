import { randomBytes } from 'node:crypto';
import type { PaymentStatus } from './types';

/** What the fake's test controls (and its payment page's buttons) can do to a payment. */
export type FakePayAction = 'start' | 'succeed' | 'decline' | 'cancel' | 'expire' | 'error';

export interface FakeRefund {
  refundId: string;
  amount: number;
  createdDate: string;
}

export interface FakePayment {
  paymentId: string;
  amount: number;
  reference: string;
  description: string;
  returnUrl: string;
  language: 'en' | 'cy';
  metadata?: Record<string, unknown>;
  status: PaymentStatus;
  code?: string;
  message?: string;
  createdAt: number;
  refunds: FakeRefund[];
  idempotencyKey?: string;
  /** The create request's body as sent, to tell a repeated Idempotency-Key with a different body. */
  requestBody: string;
}

const FINISHED: ReadonlySet<PaymentStatus> = new Set(['success', 'failed', 'cancelled', 'error']);
export const isFinished = (status: PaymentStatus): boolean => FINISHED.has(status);

const ENDINGS: Readonly<
  Record<Exclude<FakePayAction, 'start'>, Pick<FakePayment, 'status' | 'code' | 'message'>>
> = {
  succeed: { status: 'success' },
  decline: { status: 'failed', code: 'P0010', message: 'Payment method rejected' },
  expire: { status: 'failed', code: 'P0020', message: 'Payment expired' },
  cancel: { status: 'failed', code: 'P0030', message: 'Payment was cancelled by the user' },
  error: { status: 'error', code: 'P0050', message: 'Payment provider returned an error' },
};

/** In-memory payments for the fake GOV.UK Pay, with the provider's 90-minute expiry on an injected clock. */
export class FakePayStore {
  readonly payments = new Map<string, FakePayment>();

  constructor(
    private readonly now: () => number,
    private readonly expiryMs: number,
  ) {}

  create(fields: Omit<FakePayment, 'paymentId' | 'status' | 'createdAt' | 'refunds'>): FakePayment {
    // 26 lower-case letters and digits, like GOV.UK Pay's own ids.
    const paymentId = randomBytes(20)
      .toString('base64url')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 26);
    const payment: FakePayment = {
      ...fields,
      paymentId,
      status: 'created',
      createdAt: this.now(),
      refunds: [],
    };
    this.payments.set(paymentId, payment);
    return payment;
  }

  /** The payment as GOV.UK Pay would report it now: unfinished payments past 90 minutes have expired. */
  get(paymentId: string): FakePayment | undefined {
    const payment = this.payments.get(paymentId);
    if (payment && !isFinished(payment.status) && this.now() - payment.createdAt >= this.expiryMs) {
      Object.assign(payment, ENDINGS.expire);
    }
    return payment;
  }

  byIdempotencyKey(key: string): FakePayment | undefined {
    for (const payment of this.payments.values()) if (payment.idempotencyKey === key) return payment;
    return undefined;
  }

  /** Applies an action; false when the payment is unknown or already finished (as with the real one). */
  act(paymentId: string, action: FakePayAction): boolean {
    const payment = this.get(paymentId);
    if (!payment || isFinished(payment.status)) return false;
    if (action === 'start') payment.status = 'started';
    else Object.assign(payment, ENDINGS[action]);
    return true;
  }

  refundable(payment: FakePayment): number {
    if (payment.status !== 'success') return 0;
    return payment.amount - payment.refunds.reduce((sum, refund) => sum + refund.amount, 0);
  }

  refund(payment: FakePayment, amount: number): FakeRefund {
    const refund = {
      refundId: randomBytes(16).toString('hex').slice(0, 26),
      amount,
      createdDate: new Date(this.now()).toISOString(),
    };
    payment.refunds.push(refund);
    return refund;
  }

  /** The payment in GOV.UK Pay's JSON shape, with links rooted at the fake's own address. */
  toJson(payment: FakePayment, origin: string): Record<string, unknown> {
    const self = `${origin}/v1/payments/${payment.paymentId}`;
    const available = this.refundable(payment);
    const submitted = payment.refunds.reduce((sum, refund) => sum + refund.amount, 0);
    const finished = isFinished(payment.status);
    const refundStatus =
      payment.status !== 'success'
        ? finished
          ? 'unavailable'
          : 'pending'
        : available > 0
          ? 'available'
          : 'full';
    const links: Record<string, unknown> = {
      self: { href: self, method: 'GET' },
      events: { href: `${self}/events`, method: 'GET' },
      refunds: { href: `${self}/refunds`, method: 'GET' },
    };
    if (payment.status === 'created') {
      links.next_url = { href: `${origin}/pay/${payment.paymentId}`, method: 'GET' };
    }
    if (!finished) links.cancel = { href: `${self}/cancel`, method: 'POST' };
    return {
      amount: payment.amount,
      description: payment.description,
      reference: payment.reference,
      language: payment.language,
      ...(payment.metadata ? { metadata: payment.metadata } : {}),
      state: {
        status: payment.status,
        finished,
        ...(payment.code ? { code: payment.code, message: payment.message } : {}),
      },
      payment_id: payment.paymentId,
      payment_provider: 'sandbox',
      created_date: new Date(payment.createdAt).toISOString(),
      refund_summary: { status: refundStatus, amount_available: available, amount_submitted: submitted },
      settlement_summary: {},
      delayed_capture: false,
      moto: false,
      return_url: payment.returnUrl,
      _links: links,
    };
  }
}
