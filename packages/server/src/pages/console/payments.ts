import type { PaymentView } from '@fingerpost/core';
import type { Context } from 'hono';
import type { CaseworkerPrincipal } from '../../auth/principal';
import { HttpError } from '../../http/http-error';
import type { Kit } from '../kit';
import { renderPage } from '../render/page';
import { readForm, textField } from '../session/form-body';
import { setFlash, takeFlash } from '../session/session';
import { londonTime } from './queue';
import { consoleChrome } from './staff';

const pounds = (pence: number) =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100);

const STATES: Record<PaymentView['state'], { text: string; classes: string }> = {
  started: { text: 'With GOV.UK Pay', classes: 'govuk-tag--grey' },
  success: { text: 'Paid', classes: 'govuk-tag--green' },
  failed: { text: 'Declined', classes: 'govuk-tag--red' },
  cancelled: { text: 'Cancelled', classes: 'govuk-tag--yellow' },
  expired: { text: 'Expired', classes: 'govuk-tag--yellow' },
};

/** The case page's payments: one row per attempt, with a refund link while something is left to refund. */
export function paymentRows(instanceId: string, payments: readonly PaymentView[]) {
  return payments.map((p) => ({
    paymentId: p.paymentId,
    amount: pounds(p.amount),
    when: londonTime(p.settledAt ?? p.startedAt),
    stateText: STATES[p.state].text,
    stateClasses: STATES[p.state].classes,
    refunded: p.refunded > 0 ? `${pounds(p.refunded)} refunded` : 'None',
    refundHref:
      p.state === 'success' && p.amount > p.refunded
        ? `/console/cases/${instanceId}/payments/${p.paymentId}/refund`
        : null,
  }));
}

/** "20", "20.5", "£1,020.00" → pence; null for anything else. */
export function penceOf(text: string): number | null {
  const match = /^£?\s*(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const pence = Number(match[1]!.replaceAll(',', '')) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  return Number.isSafeInteger(pence) ? pence : null;
}

async function paymentOf(kit: Kit, who: CaseworkerPrincipal, instanceId: string, paymentId: string) {
  const kase = await kit.runtime.cases.caseView(who, instanceId);
  const payment = kase.view?.payments.find((p) => p.paymentId === paymentId && p.state === 'success');
  if (!payment) throw new HttpError(404, 'payment.unknown', 'This application has no such payment');
  return { kase, payment };
}

/** GET …/payments/{paymentId}/refund: how much to refund and why, before anything is sent. */
export async function showRefund(
  c: Context,
  kit: Kit,
  who: CaseworkerPrincipal,
  instanceId: string,
  paymentId: string,
): Promise<Response> {
  const { kase, payment } = await paymentOf(kit, who, instanceId, paymentId);
  const flash = takeFlash(c, c.req.path);
  const left = payment.amount - payment.refunded;
  const errors = (flash?.errors ?? []).map((e) => ({ text: e.message, href: `#${e.field}` }));
  const reference = kase.reference ?? instanceId;
  return renderPage(c, kit, 'console/refund.njk', consoleChrome(kit, 'Refund a payment', errors), {
    refund: {
      action: c.req.path,
      back: `/console/cases/${instanceId}`,
      reference,
      paid: pounds(payment.amount),
      left: pounds(left),
      paymentId,
      amount: flash?.values?.amount ?? (left / 100).toFixed(2),
      reason: flash?.values?.reason ?? '',
      errors: Object.fromEntries((flash?.errors ?? []).map((e) => [e.field, e.message])),
    },
  });
}

/** POST …/payments/{paymentId}/refund: refunds through GOV.UK Pay and records who did it. */
export async function submitRefund(
  c: Context,
  kit: Kit,
  who: CaseworkerPrincipal,
  instanceId: string,
  paymentId: string,
): Promise<Response> {
  const body = await readForm(c, kit.options.maxUploadBytes);
  const amountText = textField(body, 'amount');
  const reason = textField(body, 'reason').trim();
  const here = c.req.path;
  const refuse = (field: string, message: string) => {
    setFlash(c, { path: here, errors: [{ field, message }], values: { amount: amountText, reason } });
    return c.redirect(here, 303);
  };
  const amount = penceOf(amountText);
  if (amount === null || amount < 1)
    return refuse('amount', 'Enter the amount to refund in pounds and pence, like 20.00');
  try {
    await kit.runtime.payments.refund(who, instanceId, { paymentId, amount, ...(reason ? { reason } : {}) });
  } catch (error) {
    if (!(error instanceof HttpError) || ![409, 422, 503].includes(error.status)) throw error;
    return refuse('amount', error.errors?.[0]?.message ?? error.message);
  }
  setFlash(c, { path: `/console/cases/${instanceId}`, notice: `${pounds(amount)} refunded` });
  return c.redirect(`/console/cases/${instanceId}`, 303);
}
