import { textFor } from '@fingerpost/core';
import type { Context, Hono } from 'hono';
import { HttpError } from '../../http/http-error';
import { BUILT_IN_LANGUAGES } from '../i18n/texts';
import type { Kit } from '../kit';
import { renderPage } from '../render/page';
import { type HeldApplication, sessionOf, updateSession } from '../session/session';
import { showItem, showRemove, submitItem, submitRemove } from './add-another-pages';
import { RESERVED_PATHS, residentAccess } from './application';
import {
  enterManually,
  showFindAddress,
  showSelectAddress,
  submitFindAddress,
  submitSelectAddress,
} from './find-address';
import { resume } from './resume';
import { showStartPage, startApplication } from './start-page';
import { changeAnswer, showSaved, showStep, submitStep } from './step-routes';

type Params = { j: string; s: string; n: string; f: string };
type Page = (c: Context, p: Params) => Promise<Response>;

/** Leaves addresses that belong to the API (or the assets) to it. */
const journeyPage = (page: Page) => async (c: Context) => {
  const p = c.req.param() as Params;
  if (RESERVED_PATHS.has(p.j)) return c.notFound();
  return page(c, p);
};

/**
 * GET …?lang=cy: the resident's choice of language, kept for every page, then the page itself. An
 * application in progress on that journey switches too, so its letters and emails follow.
 */
export async function languageChoice(c: Context, kit: Kit): Promise<Response | null> {
  const chosen = c.req.query('lang');
  if (c.req.method !== 'GET' || chosen === undefined) return null;
  if (BUILT_IN_LANGUAGES.includes(chosen) && sessionOf(c).lang !== chosen) {
    updateSession(c, (s) => {
      s.lang = chosen;
    });
    await switchApplication(kit, sessionOf(c).apps[c.req.path.split('/')[1] ?? ''], chosen);
  }
  return c.redirect(c.req.path, 303);
}

/** A journey without the language, or an application ended or erased, keeps what it has. */
async function switchApplication(kit: Kit, held: HeldApplication | undefined, language: string) {
  if (!held) return;
  try {
    await kit.runtime.instances.act(held.id, residentAccess(held), { type: 'setLanguage', language });
  } catch (error) {
    if (!(error instanceof HttpError) || error.status >= 500) throw error;
  }
}

async function showServices(c: Context, kit: Kit): Promise<Response> {
  const language = sessionOf(c).lang === 'cy' ? 'cy' : 'en';
  const services = (await kit.runtime.journeys.listLatest()).map((record) => ({
    href: `/${record.journeyId}`,
    title: textFor(record.definition.title, language),
  }));
  return renderPage(
    c,
    kit,
    'resident/services.njk',
    {
      language,
      languages: ['en', 'cy'],
      heading: language === 'cy' ? 'Gwasanaethau’r cyngor' : 'Council services',
      serviceName: kit.options.councilName,
      serviceUrl: '/',
      council: kit.options.councilName,
      feedback: null,
    },
    { services },
  );
}

/** The resident pages of every published journey. */
export function residentRoutes(app: Hono, kit: Kit): void {
  app.get('/', (c) => showServices(c, kit));
  app.get('/resume/:instanceId', (c) => resume(c, kit, c.req.param('instanceId')));
  app.get(
    '/:j',
    journeyPage((c, p) => showStartPage(c, kit, p.j)),
  );
  app.post(
    '/:j',
    journeyPage((c, p) => startApplication(c, kit, p.j)),
  );
  app.get(
    '/:j/:s',
    journeyPage((c, p) => showStep(c, kit, p.j, p.s)),
  );
  app.post(
    '/:j/:s',
    journeyPage((c, p) => submitStep(c, kit, p.j, p.s)),
  );
  app.get(
    '/:j/:s/change',
    journeyPage((c, p) => changeAnswer(c, kit, p.j, p.s)),
  );
  app.get(
    '/:j/:s/save',
    journeyPage((c, p) => showSaved(c, kit, p.j, p.s)),
  );
  app.get(
    '/:j/:s/add',
    journeyPage((c, p) => showItem(c, kit, p.j, p.s)),
  );
  app.post(
    '/:j/:s/add',
    journeyPage((c, p) => submitItem(c, kit, p.j, p.s)),
  );
  app.get(
    '/:j/:s/items/:n',
    journeyPage((c, p) => showItem(c, kit, p.j, p.s, p.n)),
  );
  app.post(
    '/:j/:s/items/:n',
    journeyPage((c, p) => submitItem(c, kit, p.j, p.s, p.n)),
  );
  app.get(
    '/:j/:s/items/:n/remove',
    journeyPage((c, p) => showRemove(c, kit, p.j, p.s, p.n)),
  );
  app.post(
    '/:j/:s/items/:n/remove',
    journeyPage((c, p) => submitRemove(c, kit, p.j, p.s, p.n)),
  );
  app.get(
    '/:j/:s/find-address/:f',
    journeyPage((c, p) => showFindAddress(c, kit, p.j, p.s, p.f)),
  );
  app.post(
    '/:j/:s/find-address/:f',
    journeyPage((c, p) => submitFindAddress(c, kit, p.j, p.s, p.f)),
  );
  app.get(
    '/:j/:s/find-address/:f/select',
    journeyPage((c, p) => showSelectAddress(c, kit, p.j, p.s, p.f)),
  );
  app.post(
    '/:j/:s/find-address/:f/select',
    journeyPage((c, p) => submitSelectAddress(c, kit, p.j, p.s, p.f)),
  );
  app.get(
    '/:j/:s/find-address/:f/manual',
    journeyPage((c, p) => enterManually(c, kit, p.j, p.s, p.f)),
  );
}
