import { textFor } from '@fingerpost/core';
import type { Journey } from '@fingerpost/schema';
import type { Context } from 'hono';
import { HttpError } from '../../http/http-error';
import type { PublishedJourney } from '../../runtime/catalogue';
import type { InstanceAccess } from '../../runtime/instance-access';
import type { InstanceView } from '../../runtime/instances';
import type { Kit } from '../kit';
import type { Chrome, FeedbackModel } from '../render/page';
import { type Flash, type HeldApplication, sessionOf, updateSession } from '../session/session';

/** First path segments that are never journeys. */
export const RESERVED_PATHS: ReadonlySet<string> = new Set(['api', 'assets', 'console', 'resume', 'healthz']);

const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The latest published version of a journey, or 404. */
export async function publishedJourney(kit: Kit, journeyId: string): Promise<PublishedJourney> {
  const journey = SLUG.test(journeyId) ? await kit.runtime.journeys.latest(journeyId) : null;
  if (!journey) throw new HttpError(404, 'journey.not-found', `There is no published journey "${journeyId}"`);
  return journey;
}

/** The version of a journey an application was started on. */
export async function journeyOfView(kit: Kit, view: InstanceView): Promise<Journey> {
  const journey = await kit.runtime.journeys.version(view.journey.id, view.journey.version);
  if (!journey)
    throw new HttpError(
      500,
      'journey.missing',
      `Journey ${view.journey.id} ${view.journey.version} is missing`,
    );
  return journey.record.definition;
}

/** The resident's language for a journey: their choice when the journey has it, else its first. */
export function languageFor(c: Context, journey: Journey): string {
  const chosen = sessionOf(c).lang;
  return chosen && journey.languages.includes(chosen) ? chosen : journey.languages[0];
}

/** The parts of a page's frame that come from the journey. */
export function journeyChrome(journey: Journey, language: string, fallbackCouncil: string) {
  return {
    language,
    languages: journey.languages,
    serviceName: textFor(journey.title, language),
    serviceUrl: `/${journey.id}`,
    council: journey.owner?.name || fallbackCouncil,
  } satisfies Partial<Chrome>;
}

export const residentAccess = (held: HeldApplication): InstanceAccess => ({
  kind: 'resident',
  token: held.token,
});

export function heldApplication(c: Context, journeyId: string): HeldApplication | null {
  return sessionOf(c).apps[journeyId] ?? null;
}

export function forgetApplication(c: Context, journeyId: string): void {
  updateSession(c, (s) => {
    delete s.apps[journeyId];
  });
}

/**
 * The resident's application for a journey as it stands, in their language; null when this browser
 * holds none (or it no longer exists, which is then forgotten).
 */
export async function currentApplication(
  c: Context,
  kit: Kit,
  journeyId: string,
  language: string,
): Promise<{ held: HeldApplication; view: InstanceView } | null> {
  const held = heldApplication(c, journeyId);
  if (!held) return null;
  try {
    const view = await kit.runtime.instances.view(held.id, residentAccess(held), { language });
    return { held, view };
  } catch (error) {
    if (error instanceof HttpError && (error.status === 404 || error.status === 410)) {
      forgetApplication(c, journeyId);
      return null;
    }
    throw error;
  }
}

/** The feedback block of a page, unless the journey turned page feedback off. */
export function feedbackBlock(journey: Journey, action: string, flash: Flash | null): FeedbackModel | null {
  if (journey.feedback?.pageFeedback === false) return null;
  const problem = flash?.form === 'problem' ? flash : null;
  return {
    action,
    thanks: flash?.notice === 'feedbackThanks',
    problemOpen: problem !== null,
    problemError: problem?.errors?.[0]?.message ?? null,
    problemValue: problem?.values?._problem ?? '',
  };
}
