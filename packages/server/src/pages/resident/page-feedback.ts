import type { FeedbackInput } from '@fingerpost/core';
import type { Context } from 'hono';
import { HttpError } from '../../http/http-error';
import { textsFor } from '../i18n/texts';
import type { Kit } from '../kit';
import { type FormBody, textField } from '../session/form-body';
import { type HeldApplication, setFlash, updateSession } from '../session/session';
import { residentAccess } from './application';

/** The `_action` values of the forms every page carries. */
export const FEEDBACK_ACTIONS: ReadonlySet<string> = new Set([
  'pageUseful',
  'pageNotUseful',
  'problem',
  'satisfaction',
]);

const MAX_COMMENT = 2_000;
const RATINGS: Record<string, 1 | 2 | 3 | 4 | 5> = { '5': 5, '4': 4, '3': 3, '2': 2, '1': 1 };

export interface FeedbackTarget {
  journeyId: string;
  /** The page it is about (none for the start page). */
  stepId?: string | undefined;
  /** The resident's application, when they have one: feedback then joins its history. */
  held: HeldApplication | null;
  language: string;
  /** Where to go back to. */
  path: string;
}

/**
 * Records feedback through the runtime, so that it feeds the journey's analytics: on the resident's
 * application when there is one, else on the journey.
 */
async function record(kit: Kit, target: FeedbackTarget, input: FeedbackInput): Promise<void> {
  if (target.held) {
    try {
      await kit.runtime.instances.act(target.held.id, residentAccess(target.held), {
        type: 'feedback',
        input,
      });
      return;
    } catch (error) {
      // An application that has gone (erased, purged) still lets the resident tell us about the page.
      if (!(error instanceof HttpError) || (error.status !== 404 && error.status !== 410)) throw error;
    }
  }
  await kit.runtime.journeyFeedback(target.journeyId, input);
}

/**
 * Handles "Is this page useful?", "Report a problem" and the satisfaction survey: records what is
 * valid, or keeps a problem with the form to show it again, then redirects back to the page.
 */
export async function handleFeedback(
  c: Context,
  kit: Kit,
  body: FormBody,
  target: FeedbackTarget,
): Promise<Response> {
  const t = textsFor(target.language);
  const action = textField(body, '_action');
  const stepId = target.stepId;
  const about = stepId ? { stepId } : {};
  if (action === 'pageUseful' || action === 'pageNotUseful') {
    await record(kit, target, { kind: action, ...about });
    setFlash(c, { path: target.path, notice: 'feedbackThanks' });
  } else if (action === 'problem') {
    const comment = textField(body, '_problem').trim();
    const message =
      comment === '' ? t.reportProblemRequired : comment.length > MAX_COMMENT ? t.reportProblemTooLong : null;
    if (message) {
      setFlash(c, {
        path: target.path,
        form: 'problem',
        errors: [{ field: 'report-problem', message }],
        values: { _problem: textField(body, '_problem') },
      });
    } else {
      await record(kit, target, { kind: 'problem', comment, ...about });
      setFlash(c, { path: target.path, notice: 'feedbackThanks' });
    }
  } else if (action === 'satisfaction') {
    const rating = RATINGS[textField(body, 'rating')];
    const comment = textField(body, 'comment');
    const problem = !rating
      ? { field: 'rating', message: t.surveyRequired }
      : comment.trim().length > MAX_COMMENT
        ? { field: 'comment', message: t.reportProblemTooLong }
        : null;
    if (problem || !rating) {
      setFlash(c, {
        path: target.path,
        form: 'satisfaction',
        errors: problem ? [problem] : [],
        values: { comment },
      });
    } else {
      await record(kit, target, {
        kind: 'satisfaction',
        rating,
        ...(comment.trim() ? { comment } : {}),
        ...about,
      });
      updateSession(c, (s) => {
        const held = s.apps[target.journeyId];
        if (held && target.held && held.id === target.held.id) held.surveyed = true;
      });
      setFlash(c, { path: target.path, notice: 'surveyThanks' });
    }
  } else {
    throw new HttpError(400, 'form.unknown-action', 'The form asked for something this page does not do');
  }
  return c.redirect(target.path, 303);
}
