import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import type { RenderError } from '../http/error-handler';
import { HttpError } from '../http/http-error';
import type { Runtime } from '../runtime/runtime';
import { consoleRoutes } from './console/routes';
import { renderErrorPage } from './error-page';
import { DEFAULT_MAX_UPLOAD, type Kit, type PagesOptions } from './kit';
import { govukAssets } from './render/assets';
import { pagesEnvironment } from './render/environment';
import { languageChoice, residentRoutes } from './resident/routes';
import { sessionKey } from './session/seal';
import { sessionMiddleware } from './session/session';

export type { PagesOptions } from './kit';

/**
 * GOV.UK error pages for failures outside the pages' own routes (createApp's `renderError`): an
 * unknown address, or a body the app refused as too large. API paths keep their problem documents.
 * @example createApp({ storage, pages: createPages, renderError: pagesErrorRenderer() })
 */
export function pagesErrorRenderer(options: Pick<PagesOptions, 'councilName'> = {}): RenderError {
  const kit = {
    env: pagesEnvironment(),
    assets: govukAssets().paths,
    options: { councilName: options.councilName ?? DEFAULT_COUNCIL },
  };
  return (error, c) => renderErrorPage(c, kit, error);
}

const DEFAULT_COUNCIL = 'Council services';

const isApi = (path: string) => path.startsWith('/api/') || path === '/api' || path === '/healthz';

/**
 * The resident pages and the caseworker console, rendered with GOV.UK Frontend's own Nunjucks
 * macros, working without JavaScript (POST, 303, GET), with a sealed session cookie and a CSRF
 * token on every form. Mount it at `/` (createApp's `pages` option does).
 *
 * Routes: `/{journeyId}` (start), `/{journeyId}/{stepId}` (a page; its `/change`, `/save`, `/add`,
 * `/items/{n}`, `/items/{n}/remove`), `/resume/{instanceId}?token=…`, `/console` (sign in, tasks,
 * cases, decisions, files) and `/assets/…` (GOV.UK Frontend's CSS, JS, fonts and images).
 *
 * @example
 * const app = createApp({
 *   storage,
 *   tokens,
 *   pages: (runtime, access) => createPages(runtime, { ...access, sessionSecret: process.env.SESSION_SECRET }),
 * });
 */
export function createPages(runtime: Runtime, options: PagesOptions = {}): Hono {
  const assets = govukAssets();
  const kit: Kit = {
    runtime,
    env: pagesEnvironment(),
    assets: assets.paths,
    options: {
      ...options,
      trustProxy: options.trustProxy ?? false,
      maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD,
      councilName: options.councilName ?? DEFAULT_COUNCIL,
    },
  };
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const key = sessionKey(options.sessionSecret ?? randomBytes(32).toString('base64'));
  const app = new Hono();
  app.route('/', assets.routes);
  const session = sessionMiddleware(key, kit.options.trustProxy);
  app.use('*', async (c, next) =>
    isApi(c.req.path) || c.req.path.startsWith('/assets/') ? next() : session(c, next),
  );
  app.use('*', async (c, next) => {
    if (isApi(c.req.path) || c.req.path.startsWith('/console')) return next();
    return (await languageChoice(c, kit)) ?? next();
  });
  consoleRoutes(app, kit);
  residentRoutes(app, kit);
  app.all('*', (c) => {
    if (isApi(c.req.path)) return c.notFound();
    return renderErrorPage(c, kit, new HttpError(404, 'not-found', `There is nothing at ${c.req.path}`));
  });
  app.onError((error, c) => {
    if (isApi(c.req.path)) throw error;
    const http = error instanceof HttpError ? error : new HttpError(500, 'internal', 'Something went wrong');
    if (http.status >= 500)
      log(`fingerpost pages: ${c.req.method} ${c.req.path} failed: ${error.stack ?? error.message}`);
    return renderErrorPage(c, kit, http);
  });
  return app;
}
