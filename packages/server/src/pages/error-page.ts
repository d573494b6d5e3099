import type { Context } from 'hono';
import type { HttpError } from '../http/http-error';
import { textsFor } from './i18n/texts';
import type { RenderKit } from './kit';
import { renderPage } from './render/page';
import { sessionOf } from './session/session';

const SHOWN = new Set([400, 403, 404, 409, 410, 413, 422, 500, 503]);

/**
 * The GOV.UK error page for a request that failed: not found, a form refused (no CSRF token, too
 * large), a page that changed meanwhile, or a fault on our side (which says nothing of its cause).
 */
export function renderErrorPage(c: Context, kit: RenderKit, error: HttpError): Response {
  const language = sessionOf(c).lang === 'cy' ? 'cy' : 'en';
  const t = textsFor(language);
  const segment = c.req.path.split('/')[1] ?? '';
  const back = segment && segment !== 'console' ? { href: c.req.path, text: t.goBack } : null;
  let failure: { title: string; body: string[]; link: { href: string; text: string } | null };
  if (error.status === 404 || error.status === 410) {
    failure = { title: t.notFoundTitle, body: [t.notFoundBody], link: null };
  } else if (error.status === 413) {
    failure = { title: t.tooLargeTitle, body: [t.tooLargeBody], link: back };
  } else if (error.status === 400 || error.status === 403 || error.status === 422) {
    failure = { title: t.forbiddenTitle, body: [t.forbiddenBody], link: back };
  } else if (error.status === 409) {
    failure = { title: t.conflictTitle, body: [t.conflictBody], link: back };
  } else {
    failure = { title: t.problemTitle, body: [t.problemBody], link: null };
  }
  const status = (SHOWN.has(error.status) ? error.status : 500) as 400;
  return renderPage(
    c,
    kit,
    'error.njk',
    {
      language,
      languages: [language],
      heading: failure.title,
      serviceName: kit.options.councilName,
      serviceUrl: '/',
      council: kit.options.councilName,
      feedback: null,
    },
    { failure },
    status,
  );
}
