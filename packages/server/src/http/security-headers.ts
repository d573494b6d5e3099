import type { MiddlewareHandler } from 'hono';
import { NONCE, secureHeaders } from 'hono/secure-headers';

/**
 * Security headers on every response. The Content-Security-Policy allows only this origin's
 * scripts, styles, fonts and images, never 'unsafe-inline' or 'unsafe-eval'; a page that needs an
 * inline script (GOV.UK Frontend's js-enabled class) uses the per-request nonce, read with
 * `c.get('secureHeadersNonce')`. A handler that sets its own policy keeps it: the designer's
 * allows 'unsafe-eval' for ajv in its live preview (see designer-assets/serve-designer.ts).
 */
const POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", NONCE],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * The same policy, for a page whose form's redirect leaves this origin: browsers apply
 * form-action to every redirect after a form post, so "Continue to payment" must allow the
 * payment provider's pages. Set it on the response and the middleware keeps it.
 * @example c.header('content-security-policy', policyAllowingForms(nonce, ['https://card.payments.service.gov.uk']))
 */
export function policyAllowingForms(nonce: string, formOrigins: readonly string[]): string {
  const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return Object.entries({ ...POLICY, formAction: [...POLICY.formAction, ...formOrigins] })
    .map(([name, values]) =>
      [kebab(name), ...values.map((v) => (typeof v === 'string' ? v : `'nonce-${nonce}'`))].join(' '),
    )
    .join('; ');
}

const COMMON = {
  strictTransportSecurity: 'max-age=31536000; includeSubDomains',
  referrerPolicy: 'no-referrer',
  xFrameOptions: 'DENY',
  crossOriginResourcePolicy: 'same-origin',
  crossOriginOpenerPolicy: 'same-origin',
  overwrite: false,
} as const;

/** The JSON API serves no inline script, so it needs no nonce: that saves a random draw per call. */
const API_PATH = /^\/api\/v1\//;

/**
 * The headers on every response: pages get the policy with a fresh nonce, the JSON API the same
 * policy whose scripts are this origin's only.
 */
export function securityHeaders(): MiddlewareHandler {
  const pages = secureHeaders({ ...COMMON, contentSecurityPolicy: POLICY });
  const api = secureHeaders({
    ...COMMON,
    contentSecurityPolicy: { ...POLICY, scriptSrc: ["'self'"] },
  });
  return (c, next) => (API_PATH.test(c.req.path) ? api(c, next) : pages(c, next));
}
