import type { Context } from 'hono';
import type { Kit } from '../kit';
import { whereNow } from './act';
import { currentApplication, journeyOfView, languageFor, publishedJourney } from './application';
import { type StepContext, stepContext } from './step-frame';

/**
 * The resident's application for a journey, or a redirect: to the start page when this browser has
 * none, and to the page they are on when the address names another.
 */
export async function openStep(
  c: Context,
  kit: Kit,
  journeyId: string,
  stepId: string,
  /** The application as already read for this request, to save reading it again. */
  loaded?: { app: Awaited<ReturnType<typeof currentApplication>>; language: string },
): Promise<StepContext | Response> {
  let language = loaded?.language;
  if (language === undefined) {
    const { record } = await publishedJourney(kit, journeyId);
    language = languageFor(c, record.definition);
  }
  const app = loaded ? loaded.app : await currentApplication(c, kit, journeyId, language);
  if (!app) return c.redirect(`/${journeyId}`, 303);
  if (app.view.step.id !== stepId) return c.redirect(whereNow(journeyId, app.view), 303);
  const journey = await journeyOfView(kit, app.view);
  return stepContext(c, kit, { journeyId, journey, held: app.held, view: app.view, language });
}
