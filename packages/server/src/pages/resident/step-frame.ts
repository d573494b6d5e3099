import type { Journey } from '@fingerpost/schema';
import type { Context } from 'hono';
import type { InstanceView } from '../../runtime/instances';
import { type Texts, textsFor } from '../i18n/texts';
import type { Kit } from '../kit';
import type { Chrome, ErrorLink } from '../render/page';
import { type Flash, type HeldApplication, takeFlash } from '../session/session';
import { feedbackBlock, journeyChrome } from './application';

/** Everything the pages of one application share while handling one request. */
export interface StepContext {
  c: Context;
  kit: Kit;
  journeyId: string;
  journey: Journey;
  held: HeldApplication;
  view: InstanceView;
  language: string;
  t: Texts;
  /** /{journeyId}/{stepId} of the page the resident is on. */
  base: string;
  /** The path of this request (a page below `base` for add-another forms). */
  path: string;
  flash: Flash | null;
}

export function stepContext(
  c: Context,
  kit: Kit,
  input: { journeyId: string; journey: Journey; held: HeldApplication; view: InstanceView; language: string },
): StepContext {
  const path = new URL(c.req.url).pathname;
  return {
    c,
    kit,
    ...input,
    t: textsFor(input.language),
    base: `/${input.journeyId}/${input.view.step.id}`,
    path,
    flash: takeFlash(c, path),
  };
}

const open = (view: InstanceView) =>
  view.status === 'inProgress' || view.status === 'moreInformationRequested';

/** The back link: the page before, or the start page from the first question. */
export function backLinkOf(s: StepContext): string | null {
  if (!open(s.view)) return null;
  if (s.view.backTarget) return `/${s.journeyId}/${s.view.backTarget}`;
  return s.view.progress.stepsCompleted === 0 ? `/${s.journeyId}` : null;
}

/** "Save and come back later", while there is something to come back to. */
export function saveLinkOf(s: StepContext): string | null {
  return open(s.view) ? `${s.base}/save` : null;
}

/** The frame of an application's page. */
export function stepChrome(
  s: StepContext,
  heading: string,
  errors: ErrorLink[],
  backLink = backLinkOf(s),
): Chrome {
  return {
    ...journeyChrome(s.journey, s.language, s.kit.options.councilName),
    heading,
    errors: [...errors, ...flashErrors(s, 'problem')],
    backLink,
    feedback: feedbackBlock(s.journey, s.path, s.flash),
  };
}

/** Problems a page's own form had (not the engine's), from the flash. */
export function flashErrors(s: StepContext, form?: string): ErrorLink[] {
  if (!s.flash?.errors || (form !== undefined && s.flash.form !== form)) return [];
  return s.flash.errors.map((e) => ({ text: e.message, href: `#${e.field}` }));
}
