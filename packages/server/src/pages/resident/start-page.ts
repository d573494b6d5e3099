import { textFor } from '@fingerpost/core';
import type { Context } from 'hono';
import type { Kit } from '../kit';
import { renderPage } from '../render/page';
import { readForm, textField } from '../session/form-body';
import { takeFlash, updateSession } from '../session/session';
import { paragraphs } from '../view-models/paragraphs';
import {
  currentApplication,
  feedbackBlock,
  journeyChrome,
  languageFor,
  publishedJourney,
} from './application';
import { FEEDBACK_ACTIONS, handleFeedback } from './page-feedback';

const stillOpen = (status: string) => status === 'inProgress' || status === 'moreInformationRequested';

/** GET /{journeyId}: what the service is for, and "Start now". */
export async function showStartPage(c: Context, kit: Kit, journeyId: string): Promise<Response> {
  const { record } = await publishedJourney(kit, journeyId);
  const journey = record.definition;
  const language = languageFor(c, journey);
  const path = `/${journeyId}`;
  const flash = takeFlash(c, path);
  const open = await currentApplication(c, kit, journeyId, language);
  const title = textFor(journey.title, language);
  const start = {
    title,
    description: paragraphs(textFor(journey.description, language)),
    body: paragraphs(textFor(journey.startPage?.body, language)),
    beforeYouStart: paragraphs(textFor(journey.startPage?.beforeYouStart, language)),
    action: path,
    continueHref: open && stillOpen(open.view.status) ? `/${journeyId}/${open.view.step.id}` : null,
  };
  const errors = flash?.errors?.map((e) => ({ text: e.message, href: `#${e.field}` })) ?? [];
  return renderPage(
    c,
    kit,
    'resident/start.njk',
    {
      ...journeyChrome(journey, language, kit.options.councilName),
      heading: title,
      errors,
      feedback: feedbackBlock(journey, path, flash),
      notice: null,
    },
    { start },
  );
}

/**
 * POST /{journeyId}: starts an application in the resident's language (or goes on with the one
 * this browser already has open), then shows its first page.
 */
export async function startApplication(c: Context, kit: Kit, journeyId: string): Promise<Response> {
  const body = await readForm(c, kit.options.maxUploadBytes);
  const { record } = await publishedJourney(kit, journeyId);
  const language = languageFor(c, record.definition);
  if (FEEDBACK_ACTIONS.has(textField(body, '_action'))) {
    return handleFeedback(c, kit, body, { journeyId, held: null, language, path: `/${journeyId}` });
  }
  const open = await currentApplication(c, kit, journeyId, language);
  if (open && stillOpen(open.view.status)) return c.redirect(`/${journeyId}/${open.view.step.id}`, 303);
  const started = await kit.runtime.instances.start(journeyId, { language });
  updateSession(c, (s) => {
    s.apps[journeyId] = { id: started.instanceId, token: started.resumeToken };
  });
  return c.redirect(`/${journeyId}/${started.view.step.id}`, 303);
}
