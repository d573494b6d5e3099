import type { PaymentRecord } from '@fingerpost/core';
import type { Context } from 'hono';
import { policyAllowingForms } from '../../http/security-headers';
import type { Kit } from '../kit';
import { renderPage } from '../render/page';
import { setFlash } from '../session/session';
import { whereNow } from './act';
import { residentAccess } from './application';
import { type StepContext, saveLinkOf, stepChrome } from './step-frame';

const UNAVAILABLE = 'payUnavailable';

/** £1,040.00: GOV.UK shows amounts to pay with pence. */
export const poundsAndPence = (pence: number): string =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(pence / 100);

function failureText(s: StepContext, latest: PaymentRecord | null): string | null {
  if (!latest) return null;
  if (latest.state === 'failed') return s.t.payFailed;
  if (latest.state === 'cancelled') return s.t.payCancelled;
  if (latest.state === 'expired') return s.t.payExpired;
  return null;
}

/** Lets the page's form post be redirected to GOV.UK Pay (browsers check form-action on redirects). */
function allowPaymentPages(s: StepContext, response: Response): Response {
  const origins = s.kit.runtime.payments.paymentPageOrigins(s.journeyId);
  const fromApp = s.c.get('secureHeadersNonce' as never) as string | undefined;
  const own = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
  const nonce = fromApp ?? own;
  if (origins.length > 0 && nonce)
    response.headers.set('content-security-policy', policyAllowingForms(nonce, origins));
  return response;
}

function render(s: StepContext, state: { unavailable: boolean; inProgress: boolean }): Response {
  const payment = s.view.step.payment;
  const failure = failureText(s, payment?.latest ?? null);
  const amount = payment?.amount ?? 0;
  const title = failure ? s.t.payNotCompletedTitle : (s.view.step.title ?? '');
  const page = renderPage(s.c, s.kit, 'resident/payment.njk', stepChrome(s, title, []), {
    pay: {
      title,
      description: payment?.description ?? '',
      amountText: s.t.payAmount.replace('%{amount}', poundsAndPence(amount)),
      failure,
      inProgress: state.inProgress,
      unavailable: state.unavailable,
    },
    form: { action: s.base, saveLink: saveLinkOf(s) },
  });
  return allowPaymentPages(s, page);
}

/**
 * GET of a payment step, also GOV.UK Pay's return address: a payment in progress is checked with
 * the provider before anything is shown, so the resident moves on only once it has succeeded.
 * Returning twice or refreshing only reads the provider again; it never charges twice.
 */
export async function showPayment(s: StepContext): Promise<Response> {
  const access = residentAccess(s.held);
  const checked = await s.kit.runtime.payments.check(s.held.id, access);
  if (checked.view.step.id !== s.view.step.id || checked.view.status !== s.view.status) {
    return s.c.redirect(whereNow(s.journeyId, checked.view), 303);
  }
  const view = await s.kit.runtime.instances.view(s.held.id, access, { language: s.language });
  const current = { ...s, view };
  return render(current, {
    unavailable: checked.kind === 'unavailable' || s.flash?.notice === UNAVAILABLE,
    inProgress: checked.kind === 'pending',
  });
}

/** The public address of this server, for GOV.UK Pay's return_url. */
export type OriginOf = (c: Context, kit: Kit) => string;

/**
 * "Continue to payment" or "Try again": creates the payment (or reuses the one in progress) and
 * sends the resident to GOV.UK Pay; an outage keeps them here with the answers saved.
 */
export async function startPayment(s: StepContext, originOf: OriginOf): Promise<Response> {
  const begun = await s.kit.runtime.payments.begin(s.held.id, residentAccess(s.held), {
    returnUrl: `${originOf(s.c, s.kit)}${s.base}`,
  });
  if (begun.kind === 'redirect') return s.c.redirect(begun.nextUrl, 303);
  if (begun.kind === 'unavailable') setFlash(s.c, { path: s.path, notice: UNAVAILABLE });
  return s.c.redirect(whereNow(s.journeyId, begun.view), 303);
}
