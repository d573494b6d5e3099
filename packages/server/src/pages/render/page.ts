import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { BUILT_IN_LANGUAGES, LANGUAGE_NAMES, type Texts, textsFor } from '../i18n/texts';
import type { RenderKit } from '../kit';
import { csrfToken } from '../session/session';
import { render } from './environment';

/** A link in the error summary. */
export interface ErrorLink {
  text: string;
  href: string;
}

/** The "Is this page useful?" and "Report a problem" block of a page. */
export interface FeedbackModel {
  action: string;
  thanks: boolean;
  problemOpen: boolean;
  problemError: string | null;
  problemValue: string;
}

/** What frames every page: its language, title, header, back link, errors and feedback. */
export interface Chrome {
  language: string;
  /** Languages the page exists in: the toggle shows when there is more than one. */
  languages: readonly string[];
  heading: string;
  serviceName: string;
  serviceUrl: string;
  council: string;
  backLink?: string | null;
  errors?: ErrorLink[];
  feedback?: FeedbackModel | null;
  notice?: string | null;
  navigation?: Array<{ href: string; text: string; current?: boolean }>;
}

const CSP_WITHOUT_APP =
  "default-src 'self'; script-src 'self' 'nonce-%N'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/**
 * The nonce for the template's inline `js-enabled` script: the app's security headers make one per
 * request; mounted without them, the pages set their own strict policy.
 */
function cspNonce(c: Context): string {
  const fromApp = c.get('secureHeadersNonce' as never) as string | undefined;
  if (fromApp) return fromApp;
  const nonce = randomBytes(16).toString('base64');
  c.header('content-security-policy', CSP_WITHOUT_APP.replace('%N', nonce));
  return nonce;
}

function languageLinks(c: Context, chrome: Chrome) {
  const offered = chrome.languages.filter((l) => BUILT_IN_LANGUAGES.includes(l));
  if (offered.length < 2) return null;
  const path = new URL(c.req.url).pathname;
  return offered.map((language) => ({
    text: LANGUAGE_NAMES[language] ?? language,
    lang: language,
    href: `${path}?lang=${language}`,
    current: language === chrome.language,
  }));
}

/** The page's texts and frame, for templates that extend layout.njk. */
export function pageContext(c: Context, kit: RenderKit, chrome: Chrome): { page: object; t: Texts } {
  const t = textsFor(chrome.language);
  const errors = chrome.errors ?? [];
  return {
    t,
    page: {
      lang: chrome.language,
      title: `${errors.length > 0 ? t.errorTitlePrefix : ''}${chrome.heading}${chrome.heading === chrome.serviceName ? '' : ` – ${chrome.serviceName}`}`,
      council: chrome.council,
      homeUrl: chrome.serviceUrl,
      serviceName: chrome.serviceName,
      serviceUrl: chrome.serviceUrl,
      navigation: chrome.navigation ?? [],
      navigationLabel: chrome.navigation?.length ? 'Console' : undefined,
      languages: languageLinks(c, chrome),
      backLink: chrome.backLink ?? null,
      errors,
      feedback: chrome.feedback ?? null,
      notice: chrome.notice ?? null,
      noticeTitle: chrome.language === 'cy' ? 'Llwyddiant' : 'Success',
      csrf: csrfToken(c),
      cspNonce: cspNonce(c),
      assets: kit.assets,
    },
  };
}

/**
 * Renders a page: HTML that is never cached (it may hold personal data) and never framed.
 * @example return renderPage(c, kit, 'resident/start.njk', chrome, { start });
 */
export function renderPage(
  c: Context,
  kit: RenderKit,
  template: string,
  chrome: Chrome,
  data: object,
  status: 200 | 400 | 403 | 404 | 409 | 410 | 413 | 422 | 500 | 503 = 200,
): Response {
  const html = render(kit.env, template, { ...data, ...pageContext(c, kit, chrome) });
  c.header('cache-control', 'no-store');
  return c.html(html, status);
}
