import type { Context } from 'hono';
import { fill } from '../i18n/texts';
import type { Kit } from '../kit';
import { renderPage } from '../render/page';
import { readForm, textField } from '../session/form-body';
import { setFlash } from '../session/session';
import { ADD_ANOTHER_FIELD, ADD_ANOTHER_ID } from '../view-models/add-another';
import { act, whereNow } from './act';
import { renderItemsPage } from './add-another-pages';
import { forgetAddressEntry } from './address-entry';
import { pageAnswers } from './answers';
import { currentApplication, languageFor, publishedJourney } from './application';
import { openStep } from './open-step';
import { FEEDBACK_ACTIONS, handleFeedback } from './page-feedback';
import { showPayment, startPayment } from './payment-pages';
import { stepChrome } from './step-frame';
import {
  renderCheckAnswers,
  renderContent,
  renderEnd,
  renderFeedbackStep,
  renderQuestion,
} from './step-pages';

/**
 * GET /{journeyId}/{stepId}. The page before the current one is the back link's target: asking
 * for it goes back (so the browser's Back button works too); any other page leads to the current.
 */
export async function showStep(c: Context, kit: Kit, journeyId: string, stepId: string): Promise<Response> {
  const { record } = await publishedJourney(kit, journeyId);
  const language = languageFor(c, record.definition);
  const app = await currentApplication(c, kit, journeyId, language);
  if (app && app.view.step.id !== stepId && app.view.backTarget === stepId) {
    const result = await act(c, kit, app.held, { type: 'back' }, c.req.path);
    return c.redirect(whereNow(journeyId, result.ok ? result.view : app.view), 303);
  }
  const s = await openStep(c, kit, journeyId, stepId, { app, language });
  if (s instanceof Response) return s;
  if (s.view.status === 'awaitingDecision' || s.view.status === 'completed') return renderEnd(s);
  switch (s.view.step.type) {
    case 'question':
      return renderQuestion(s);
    case 'addAnother':
      return renderItemsPage(s);
    case 'content':
      return renderContent(s);
    case 'checkAnswers':
      return renderCheckAnswers(s);
    case 'feedback':
      return renderFeedbackStep(s);
    case 'payment':
      return showPayment(s);
    default:
      return renderEnd(s);
  }
}

/** POST /{journeyId}/{stepId}: the page's answers, "Continue", or the feedback forms. */
export async function submitStep(c: Context, kit: Kit, journeyId: string, stepId: string): Promise<Response> {
  const body = await readForm(c, kit.options.maxUploadBytes);
  const s = await openStep(c, kit, journeyId, stepId);
  if (s instanceof Response) return s;
  if (FEEDBACK_ACTIONS.has(textField(body, '_action'))) {
    return handleFeedback(c, kit, body, {
      journeyId,
      stepId,
      held: s.held,
      language: s.language,
      path: s.path,
    });
  }
  const step = s.view.step;
  if (step.type === 'payment') return startPayment(s, publicOrigin);
  let input: Record<string, unknown> = {};
  if (step.type === 'question') {
    const answers = await pageAnswers(kit, s.held, step.components, body, s.t);
    if (!answers.ok) {
      setFlash(c, { path: s.path, form: 'page', errors: answers.errors });
      return c.redirect(s.path, 303);
    }
    input = answers.answers;
    forgetAddressEntry(s);
  } else if (step.type === 'addAnother') {
    const choice = textField(body, ADD_ANOTHER_FIELD);
    if (choice === 'yes') return c.redirect(`${s.base}/add`, 303);
    if (choice !== 'no') {
      const message = fill(s.t.addAnotherRequired, { item: step.itemName ?? '' });
      setFlash(c, { path: s.path, form: 'list', errors: [{ field: ADD_ANOTHER_ID, message }] });
      return c.redirect(s.path, 303);
    }
  } else if (step.type === 'feedback') {
    input = { rating: textField(body, 'rating'), comment: textField(body, 'comment') };
  }
  const result = await act(c, kit, s.held, { type: 'submit', stepId, answers: input }, s.path);
  return c.redirect(result.ok ? whereNow(journeyId, result.view) : s.path, 303);
}

/** GET /{journeyId}/{stepId}/change: from check your answers, open the page that asks an answer. */
export async function changeAnswer(
  c: Context,
  kit: Kit,
  journeyId: string,
  stepId: string,
): Promise<Response> {
  const { record } = await publishedJourney(kit, journeyId);
  const app = await currentApplication(c, kit, journeyId, languageFor(c, record.definition));
  if (!app) return c.redirect(`/${journeyId}`, 303);
  if (app.view.step.id === stepId) return c.redirect(whereNow(journeyId, app.view), 303);
  const result = await act(c, kit, app.held, { type: 'change', stepId }, c.req.path);
  return c.redirect(whereNow(journeyId, result.ok ? result.view : app.view), 303);
}

/** The origin residents reach this server at (behind a trusted proxy, the one it was asked for). */
export function publicOrigin(c: Context, kit: Kit): string {
  const url = new URL(c.req.url);
  if (!kit.options.trustProxy) return url.origin;
  const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() || url.protocol.replace(':', '');
  const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim() || url.host;
  return `${proto}://${host}`;
}

/** GET /{journeyId}/{stepId}/save: the link that brings the resident back to this page. */
export async function showSaved(c: Context, kit: Kit, journeyId: string, stepId: string): Promise<Response> {
  const s = await openStep(c, kit, journeyId, stepId);
  if (s instanceof Response) return s;
  const link = `${publicOrigin(c, kit)}/resume/${s.held.id}?token=${encodeURIComponent(s.held.token)}`;
  return renderPage(c, kit, 'resident/saved.njk', stepChrome(s, s.t.savedTitle, [], s.base), {
    saved: { link, back: s.base },
  });
}
