import { type HttpOutcome, requestJson } from '../http/request-json';
import { payErrorOf, readPayment, readRefund } from './pay-wire';
import type { CreatePaymentInput, PayClient, PayClientOptions, PayError, PaymentResult } from './types';

const DEFAULT_TIMEOUT_MS = 10_000;
const GOVUK_PAY_API = 'https://publicapi.payments.service.gov.uk';
// GOV.UK Pay's card pages: each payment's next_url is on this origin, not the API's.
const GOVUK_PAY_CARD_PAGES = 'https://card.payments.service.gov.uk';
export const MAX_PAYMENT_PENCE = 10_000_000;
// GOV.UK Pay's ids are short alphanumeric strings; anything else must not reach a URL path.
const PAYMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

const rejected = (message: string): { ok: false; error: PayError } => ({
  ok: false,
  error: { code: 'pay.rejected', message },
});

function inputProblem(input: CreatePaymentInput): string | undefined {
  const { amount, reference, description, returnUrl } = input;
  if (!Number.isInteger(amount) || amount < 1 || amount > MAX_PAYMENT_PENCE) {
    return `The amount must be a whole number of pence from 1 to ${MAX_PAYMENT_PENCE} (£100,000), but it is ${amount}`;
  }
  if (typeof reference !== 'string' || reference.trim() === '' || reference.length > 255)
    return 'The payment reference must be 1 to 255 characters';
  if (typeof description !== 'string' || description.trim() === '' || description.length > 255)
    return 'The payment description must be 1 to 255 characters';
  if (!URL.canParse(returnUrl)) return `The return URL must be a full address, but it is "${returnUrl}"`;
  return undefined;
}

/**
 * A client for GOV.UK Pay's public API. Every method resolves to a result value and never
 * throws: an outage, a timeout or a refusal comes back as `{ ok: false, error }`.
 *
 * @example
 * const pay = createPayClient({ baseUrl: 'https://publicapi.payments.service.gov.uk', apiKey: process.env.PAY_KEY! });
 * const created = await pay.createPayment({
 *   amount: 1000, reference: 'BB-2026-0042', description: 'Blue Badge fee',
 *   returnUrl: 'https://council.example/apply/blue-badge/payment-return',
 * });
 * if (created.ok) redirectTo(created.payment.nextUrl);
 */
export function createPayClient(options: PayClientOptions): PayClient {
  const fetchFn = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const auth = { authorization: `Bearer ${options.apiKey}` };

  const send = (method: 'GET' | 'POST', path: string, body?: unknown, headers?: Record<string, string>) =>
    requestJson(fetchFn, `${base}${path}`, {
      method,
      headers: { ...auth, ...headers },
      ...(body === undefined ? {} : { body }),
      timeoutMs,
    });

  const asPayment = (outcome: HttpOutcome, doing: string): PaymentResult => {
    if (outcome.kind === 'response' && outcome.status >= 200 && outcome.status < 300) {
      const payment = readPayment(outcome.body);
      if (payment) return { ok: true, payment };
    }
    return { ok: false, error: payErrorOf(outcome, doing) };
  };

  return {
    // Another base URL (a fake, a stub) serves its payment pages itself.
    paymentPageOrigins: [base === GOVUK_PAY_API ? GOVUK_PAY_CARD_PAGES : new URL(base).origin],

    async createPayment(input) {
      const problem = inputProblem(input);
      if (problem) return rejected(problem);
      const body = {
        amount: input.amount,
        reference: input.reference,
        description: input.description,
        return_url: input.returnUrl,
        ...(input.language ? { language: input.language } : {}),
        ...(input.metadata ? { metadata: input.metadata } : {}),
      };
      const headers = input.idempotencyKey ? { 'idempotency-key': input.idempotencyKey } : undefined;
      return asPayment(await send('POST', '/v1/payments', body, headers), 'creating the payment');
    },

    async getPayment(paymentId) {
      if (!PAYMENT_ID.test(paymentId)) return rejected(`"${paymentId}" is not a GOV.UK Pay payment id`);
      return asPayment(await send('GET', `/v1/payments/${paymentId}`), `checking payment ${paymentId}`);
    },

    async refund(paymentId, input) {
      if (!PAYMENT_ID.test(paymentId)) return rejected(`"${paymentId}" is not a GOV.UK Pay payment id`);
      if (!Number.isInteger(input.amount) || input.amount < 1)
        return rejected(`A refund must be a whole number of pence above 0, but it is ${input.amount}`);
      if (input.amount > input.refundAmountAvailable)
        return rejected(
          `Cannot refund ${input.amount}p: only ${input.refundAmountAvailable}p of this payment can be refunded`,
        );
      const outcome = await send('POST', `/v1/payments/${paymentId}/refunds`, {
        amount: input.amount,
        refund_amount_available: input.refundAmountAvailable,
      });
      if (outcome.kind === 'response' && outcome.status >= 200 && outcome.status < 300) {
        const refund = readRefund(outcome.body);
        if (refund) return { ok: true, refund };
      }
      return { ok: false, error: payErrorOf(outcome, `refunding payment ${paymentId}`) };
    },
  };
}
