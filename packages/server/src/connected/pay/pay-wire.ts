import { type HttpOutcome, int, prop, str } from '../http/request-json';
import type { PayError, Payment, PaymentState, PaymentStatus, Refund } from './types';

const STATUSES: ReadonlySet<string> = new Set<PaymentStatus>([
  'created',
  'started',
  'submitted',
  'capturable',
  'success',
  'failed',
  'cancelled',
  'error',
]);

/** Reads GOV.UK Pay's payment JSON; undefined when a field we rely on is missing or malformed. */
export function readPayment(body: unknown): Payment | undefined {
  const paymentId = str(prop(body, 'payment_id'));
  const amount = int(prop(body, 'amount'));
  const stateJson = prop(body, 'state');
  const status = str(prop(stateJson, 'status'));
  const finished = prop(stateJson, 'finished');
  if (paymentId === undefined || amount === undefined || status === undefined || !STATUSES.has(status))
    return undefined;
  if (typeof finished !== 'boolean') return undefined;
  const state: PaymentState = { status: status as PaymentStatus, finished };
  const code = str(prop(stateJson, 'code'));
  const message = str(prop(stateJson, 'message'));
  if (code !== undefined) state.code = code;
  if (message !== undefined) state.message = message;
  const payment: Payment = {
    paymentId,
    state,
    amount,
    reference: str(prop(body, 'reference')) ?? '',
    description: str(prop(body, 'description')) ?? '',
    createdDate: str(prop(body, 'created_date')) ?? '',
  };
  const nextUrl = str(prop(prop(prop(body, '_links'), 'next_url'), 'href'));
  if (nextUrl !== undefined) payment.nextUrl = nextUrl;
  const summary = prop(body, 'refund_summary');
  const available = int(prop(summary, 'amount_available'));
  if (available !== undefined) {
    payment.refund = {
      status: str(prop(summary, 'status')) ?? 'unavailable',
      amountAvailable: available,
      amountSubmitted: int(prop(summary, 'amount_submitted')) ?? 0,
    };
  }
  return payment;
}

const REFUND_STATUSES: ReadonlySet<string> = new Set(['submitted', 'success', 'error']);

export function readRefund(body: unknown): Refund | undefined {
  const refundId = str(prop(body, 'refund_id'));
  const amount = int(prop(body, 'amount'));
  const status = str(prop(body, 'status'));
  if (refundId === undefined || amount === undefined || status === undefined || !REFUND_STATUSES.has(status))
    return undefined;
  return {
    refundId,
    amount,
    status: status as Refund['status'],
    createdDate: str(prop(body, 'created_date')) ?? '',
  };
}

/**
 * Turns anything but a good reply into a PayError. 429 and 5xx are "unavailable" (try again
 * later); 401/403 mean the key is wrong; any other 4xx is GOV.UK Pay refusing this request.
 */
export function payErrorOf(outcome: HttpOutcome, doing: string): PayError {
  if (outcome.kind !== 'response') {
    return {
      code: 'pay.unavailable',
      message: `GOV.UK Pay could not be reached while ${doing}: ${outcome.message}`,
    };
  }
  const { status, body } = outcome;
  const providerCode = str(prop(body, 'code'));
  const description = str(prop(body, 'description'));
  const extra = {
    status,
    ...(providerCode === undefined ? {} : { providerCode }),
  };
  const detail = description ? `: ${description}` : '';
  if (status === 401 || status === 403) {
    return {
      code: 'pay.unauthorised',
      message: `GOV.UK Pay refused the API key while ${doing} (HTTP ${status}). Check the key is current and for the right account`,
      ...extra,
    };
  }
  if (status === 429 || status >= 500) {
    return {
      code: 'pay.unavailable',
      message: `GOV.UK Pay is unavailable while ${doing} (HTTP ${status}${providerCode ? `, ${providerCode}` : ''})${detail}`,
      ...extra,
    };
  }
  if (status >= 200 && status < 300) {
    return {
      code: 'pay.unavailable',
      message: `GOV.UK Pay sent a reply that could not be read while ${doing}`,
      ...extra,
    };
  }
  return {
    code: 'pay.rejected',
    message: `GOV.UK Pay refused ${doing} (HTTP ${status}${providerCode ? `, ${providerCode}` : ''})${detail}`,
    ...extra,
  };
}
