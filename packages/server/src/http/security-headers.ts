import type { MiddlewareHandler } from 'hono';
import { NONCE, secureHeaders } from 'hono/secure-headers';

/**
 * Security headers on every response. The Content-Security-Policy allows only this origin's
 * scripts, styles, fonts and images, never 'unsafe-inline' or 'unsafe-eval'; a page that needs an
 * inline script (GOV.UK Frontend's js-enabled class) uses the per-request nonce, read with
 * `c.get('secureHeadersNonce')`. A handler that sets its own policy keeps it: the designer's
 * allows 'unsafe-eval' for ajv in its live preview (see designer-assets/serve-designer.ts).
 */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
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
    },
    strictTransportSecurity: 'max-age=31536000; includeSubDomains',
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    overwrite: false,
  });
}
