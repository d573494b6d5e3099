import type { PaymentOutcome } from '@fingerpost/core';
import type { CaseworkerPrincipal } from '../auth/principal';
import { settlePayment } from '../connected/pay/settle';
import type { PayClient, PayError } from '../connected/pay/types';
import { HttpError } from '../http/http-error';
import type { InstanceAccess } from './instance-access';
import type { Instances, InstanceView } from './instances';
import { journeyRoles } from './journey-roles';

/** The GOV.UK Pay account a journey takes payments with, or null when none is configured. */
export type PayClientFor = (journeyId: string) => PayClient | null;

/**
 * Where a payment step stands after asking the provider: nothing in progress; the payment ended
 * (and is now recorded); still with the provider (the resident has not finished paying); or the
 * provider could not be asked, so nothing changed.
 */
export type PaymentCheck =
  | { kind: 'none'; view: InstanceView }
  | { kind: 'settled'; state: PaymentOutcome; view: InstanceView }
  | { kind: 'pending'; nextUrl: string | null; view: InstanceView }
  | { kind: 'unavailable'; error: PayError; view: InstanceView };

/** What "Continue to payment" came to: go to the provider's page, or one of the checks above. */
export type PaymentBegin = { kind: 'redirect'; nextUrl: string; view: InstanceView } | PaymentCheck;

export interface BeginPayment {
  /** Where GOV.UK Pay sends the resident back to, paid or not. */
  returnUrl: string;
}

const notConfigured = (journeyId: string): PayError => ({
  code: 'pay.unavailable',
  message: `No GOV.UK Pay account is configured for "${journeyId}": set FINGERPOST_PAY_API_KEY`,
});

/**
 * Payment steps against GOV.UK Pay. The provider is asked outside the application's lock (it can
 * take seconds); what it says is recorded through the engine, which ignores a repeat and refuses
 * a contradiction, so two requests racing (a double click, a double return) record a payment once.
 */
export class Payments {
  constructor(
    private readonly instances: Instances,
    private readonly payFor: PayClientFor,
    private readonly log: (line: string) => void = () => {},
  ) {}

  private client(view: InstanceView): PayClient | null {
    return this.payFor(view.journey.id);
  }

  /** Where a journey's payment pages are, for the form-action of its "Continue to payment" page. */
  paymentPageOrigins(journeyId: string): readonly string[] {
    return this.payFor(journeyId)?.paymentPageOrigins ?? [];
  }

  /**
   * Asks the provider about the payment in progress on the current step, if any, and records how it
   * ended. Only reads from the provider, so a refresh or a double return never charges twice.
   */
  async check(instanceId: string, access: InstanceAccess): Promise<PaymentCheck> {
    const view = await this.instances.view(instanceId, access);
    const latest = view.step.payment?.latest;
    if (latest?.state !== 'started') return { kind: 'none', view };
    const client = this.client(view);
    if (!client) return { kind: 'unavailable', error: notConfigured(view.journey.id), view };
    const settled = await settlePayment(client, latest.paymentId);
    if (settled.outcome === 'unavailable') {
      this.log(`GOV.UK Pay could not be asked about payment ${latest.paymentId}: ${settled.error.message}`);
      return { kind: 'unavailable', error: settled.error, view };
    }
    if (settled.outcome === 'pending')
      return { kind: 'pending', nextUrl: settled.payment.nextUrl ?? null, view };
    const code = settled.outcome === 'success' ? undefined : settled.reason.code;
    const settlement = { paymentId: latest.paymentId, state: settled.outcome, ...(code ? { code } : {}) };
    try {
      const recorded = await this.instances.act(instanceId, access, {
        type: 'paymentSettled',
        stepId: view.step.id,
        settlement,
      });
      return { kind: 'settled', state: settled.outcome, view: recorded.view };
    } catch (error) {
      // Another request (a double return) recorded it first and the application moved on.
      if (!(error instanceof HttpError) || error.status !== 409) throw error;
      return { kind: 'settled', state: settled.outcome, view: await this.instances.view(instanceId, access) };
    }
  }

  /**
   * "Continue to payment": first settles any payment already in progress (reusing its page while
   * the resident can still pay there), then creates a payment for the amount the answers come to
   * and records it before the resident is sent to pay. The Idempotency-Key names the application,
   * step and attempt, so a repeated request gets the same payment back from GOV.UK Pay.
   */
  async begin(instanceId: string, access: InstanceAccess, input: BeginPayment): Promise<PaymentBegin> {
    const checked = await this.check(instanceId, access);
    if (checked.kind === 'unavailable') return checked;
    if (checked.kind === 'pending')
      return checked.nextUrl ? { kind: 'redirect', nextUrl: checked.nextUrl, view: checked.view } : checked;
    if (checked.kind === 'settled' && checked.state === 'success') return checked;
    const view = checked.view;
    const step = view.step;
    if (!step.payment || !view.allowedActions.includes('paymentStarted')) {
      throw new HttpError(409, 'step.not-current', `The current page "${step.id}" is not a payment`);
    }
    if (step.payment.amount === null || step.payment.amount <= 0) {
      throw new HttpError(
        409,
        'payment.no-amount',
        'The amount to pay cannot be worked out from the answers',
      );
    }
    const client = this.client(view);
    if (!client) return { kind: 'unavailable', error: notConfigured(view.journey.id), view };
    const attempt = view.payments.filter((p) => p.stepId === step.id).length + 1;
    const created = await client.createPayment({
      amount: step.payment.amount,
      reference: view.reference ?? instanceId,
      description: step.payment.description.slice(0, 255),
      returnUrl: input.returnUrl,
      language: view.language === 'cy' ? 'cy' : 'en',
      metadata: { instanceId, stepId: step.id },
      idempotencyKey: `${instanceId}:${step.id}:${attempt}`,
    });
    if (!created.ok) {
      this.log(`GOV.UK Pay refused to create a payment for ${instanceId}: ${created.error.message}`);
      return { kind: 'unavailable', error: created.error, view };
    }
    const started = await this.instances.act(instanceId, access, {
      type: 'paymentStarted',
      stepId: step.id,
      paymentId: created.payment.paymentId,
    });
    const nextUrl = created.payment.nextUrl;
    if (!nextUrl) return { kind: 'pending', nextUrl: null, view: started.view };
    return { kind: 'redirect', nextUrl, view: started.view };
  }

  /**
   * A caseworker refunds (part of) a successful payment: GOV.UK Pay is asked what can still be
   * refunded and told it, so a refund made meanwhile by someone else is refused, never doubled.
   */
  async refund(
    caller: CaseworkerPrincipal,
    instanceId: string,
    input: { paymentId: string; amount: number; reason?: string },
  ): Promise<InstanceView> {
    const record = await this.instances.record(instanceId);
    const access: InstanceAccess = { kind: 'staff', principal: caller };
    const { view, journey } = await this.instances.inspect(instanceId, access);
    const roles = journeyRoles(journey.record.definition);
    const role = caller.roles.find((r) => roles.has(r));
    if (!role) throw new HttpError(403, 'case.wrong-role', `Your roles do not work on ${record.journeyId}`);
    const payment = view.payments.find((p) => p.paymentId === input.paymentId && p.state === 'success');
    if (!payment)
      throw new HttpError(
        404,
        'payment.unknown',
        `This application has no successful payment "${input.paymentId}"`,
      );
    const left = payment.amount - payment.refunded;
    if (!Number.isSafeInteger(input.amount) || input.amount < 1 || input.amount > left) {
      throw new HttpError(
        422,
        'payment.refund-invalid',
        `Enter an amount from £0.01 to £${(left / 100).toFixed(2)}`,
        {
          errors: [
            {
              field: 'amount',
              code: 'payment.refund-invalid',
              message: `Enter an amount from £0.01 to £${(left / 100).toFixed(2)}`,
            },
          ],
        },
      );
    }
    const client = this.client(view);
    if (!client) throw payProblem(notConfigured(view.journey.id));
    const current = await client.getPayment(payment.paymentId);
    if (!current.ok) throw payProblem(current.error);
    const refunded = await client.refund(payment.paymentId, {
      amount: input.amount,
      refundAmountAvailable: current.payment.refund?.amountAvailable ?? 0,
    });
    if (!refunded.ok) throw payProblem(refunded.error);
    const by = { kind: 'caseworker' as const, id: caller.id, role };
    const reason = input.reason?.trim();
    const done = await this.instances.act(instanceId, access, {
      type: 'paymentRefunded',
      refund: {
        paymentId: payment.paymentId,
        amount: input.amount,
        refundId: refunded.refund.refundId,
        ...(reason ? { reason } : {}),
      },
      by,
    });
    return done.view;
  }
}

/** A provider's refusal or outage as an HTTP error: 503 when it could not be reached, 409 when it refused. */
export function payProblem(error: PayError): HttpError {
  if (error.code === 'pay.rejected')
    return new HttpError(409, error.code, `GOV.UK Pay refused: ${error.message}`, {
      extra: error.providerCode ? { providerCode: error.providerCode } : {},
    });
  return new HttpError(503, error.code, `GOV.UK Pay cannot be reached: ${error.message}. Try again later`, {
    headers: { 'retry-after': '60' },
  });
}
