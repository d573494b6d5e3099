import type { PaymentBegin, PaymentCheck } from '../../runtime/payments';
import { payProblem } from '../../runtime/payments';
import type { JsonSchema } from '../json-schema';
import { route } from '../route';
import { ref } from '../schemas';
import { caseworker, residentAccess } from './access';

const PAYMENT_RESPONSE: JsonSchema = {
  type: 'object',
  required: ['outcome', 'view'],
  properties: {
    outcome: {
      type: 'string',
      enum: ['redirect', 'settled', 'pending', 'none'],
      description:
        'redirect: send the resident to nextUrl; settled: GOV.UK Pay said how the payment ended (state); pending: the resident has not finished paying; none: no payment in progress',
    },
    nextUrl: { type: ['string', 'null'], description: "GOV.UK Pay's payment page" },
    state: { type: ['string', 'null'], enum: ['success', 'failed', 'cancelled', 'expired', null] },
    view: ref('View'),
  },
};

/** A check or a start as the API answers it; GOV.UK Pay out of reach is a 503 with nothing changed. */
function paymentBody(result: PaymentBegin | PaymentCheck) {
  if (result.kind === 'unavailable') throw payProblem(result.error);
  return {
    outcome: result.kind,
    nextUrl: result.kind === 'redirect' || result.kind === 'pending' ? result.nextUrl : null,
    state: result.kind === 'settled' ? result.state : null,
    view: result.view,
  };
}

export const paymentRoutes = [
  route<{ returnUrl: string }>({
    method: 'post',
    path: '/api/v1/instances/{instanceId}/payment',
    operationId: 'startPayment',
    summary: 'On a payment step: create the payment with GOV.UK Pay (or continue the one in progress)',
    description:
      "Answers `redirect` with GOV.UK Pay's `nextUrl`; send the resident there. GOV.UK Pay sends them back to `returnUrl`, where you call `/payment/check`. Repeating the request never creates a second payment while one is in progress. 503 when GOV.UK Pay cannot be reached (nothing changes).",
    tag: 'applications',
    auth: 'resident',
    rateLimited: true,
    body: {
      json: {
        type: 'object',
        additionalProperties: false,
        required: ['returnUrl'],
        properties: { returnUrl: { type: 'string', pattern: '^https?://', maxLength: 2000 } },
      },
      required: true,
    },
    responses: { 200: { description: 'What to do next', schema: PAYMENT_RESPONSE } },
    refusals: [409, 410, 503],
    async handle({ c, runtime, caller, params, body }) {
      const begun = await runtime.payments.begin(params.instanceId!, residentAccess(caller), {
        returnUrl: body.returnUrl,
      });
      return c.json(paymentBody(begun));
    },
  }),
  route({
    method: 'post',
    path: '/api/v1/instances/{instanceId}/payment/check',
    operationId: 'checkPayment',
    summary: 'Ask GOV.UK Pay how the payment in progress ended, and record it (success moves on)',
    description:
      'Only reads from GOV.UK Pay: calling it again (a double return, a refresh) never charges twice. 503 when GOV.UK Pay cannot be reached (nothing changes; try again later).',
    tag: 'applications',
    auth: 'resident',
    rateLimited: true,
    responses: { 200: { description: 'Where the payment stands', schema: PAYMENT_RESPONSE } },
    refusals: [410, 503],
    async handle({ c, runtime, caller, params }) {
      return c.json(paymentBody(await runtime.payments.check(params.instanceId!, residentAccess(caller))));
    },
  }),
  route<{ amount: number; reason?: string }>({
    method: 'post',
    path: '/api/v1/cases/{instanceId}/payments/{paymentId}/refunds',
    operationId: 'refundPayment',
    summary: 'Refund (part of) a payment through GOV.UK Pay; the refund goes in the history',
    tag: 'caseworkers',
    auth: 'caseworker',
    roleScope: 'case',
    body: {
      json: {
        type: 'object',
        additionalProperties: false,
        required: ['amount'],
        properties: {
          amount: { type: 'integer', minimum: 1, description: 'In pence' },
          reason: { type: 'string', maxLength: 500 },
        },
      },
      required: true,
    },
    responses: {
      201: { description: 'Refunded', schema: { type: 'object', properties: { view: ref('View') } } },
    },
    refusals: [404, 409, 503],
    async handle({ c, runtime, caller, params, body }) {
      const view = await runtime.payments.refund(caseworker(caller), params.instanceId!, {
        paymentId: params.paymentId!,
        amount: body.amount,
        ...(body.reason !== undefined ? { reason: body.reason } : {}),
      });
      return c.json({ payments: view.payments, view }, 201);
    },
  }),
];
