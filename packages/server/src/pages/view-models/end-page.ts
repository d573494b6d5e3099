import type { JourneyView } from '@fingerpost/core';
import { characterCountTexts, type Texts } from '../i18n/texts';
import { paragraphs } from './paragraphs';

/** Where an application rests, ready for templates/resident/end.njk. */
export interface EndPage {
  title: string;
  /** The confirmation panel with the reference number (sent, submitted, approved). */
  panel: boolean;
  reference: string | null;
  body: string[];
  reason: string | null;
  alternatives: string[];
  whatHappensNext: string[];
  contact: string[];
}

/**
 * The page after check your answers: "Application sent" while a caseworker decides; then the end
 * step: a confirmation panel for submitted and approved, the reason and what to do instead for
 * ineligible and rejected.
 */
export function endPage(view: JourneyView, t: Texts): EndPage {
  if (view.status === 'awaitingDecision' || !view.outcome) {
    return {
      title: t.applicationSent,
      panel: true,
      reference: view.reference,
      body: [],
      reason: null,
      alternatives: [],
      whatHappensNext: [t.awaitingDecision, t.awaitingDecisionKeep],
      contact: [],
    };
  }
  const outcome = view.outcome;
  const confirmed = outcome.kind === 'submitted' || outcome.kind === 'approved';
  return {
    title: outcome.title,
    panel: confirmed,
    reference: confirmed || outcome.kind === 'rejected' ? view.reference : null,
    body: paragraphs(outcome.body),
    reason: outcome.reason,
    alternatives: paragraphs(outcome.alternatives),
    whatHappensNext: paragraphs(outcome.whatHappensNext),
    contact: paragraphs(outcome.contact),
  };
}

/** The satisfaction survey's inputs (GOV.UK's 5-point scale, 5 = very satisfied) and comment box. */
export interface Survey {
  action: string;
  thanks: boolean;
  rating: object;
  comment: object;
}

export function survey(input: {
  t: Texts;
  language: string;
  action: string;
  thanks: boolean;
  question?: string | null;
  ratingError?: string | null;
  commentError?: string | null;
  rating?: string;
  comment?: string;
}): Survey {
  const { t } = input;
  const scale: Array<[string, string]> = [
    ['5', t.surveyVerySatisfied],
    ['4', t.surveySatisfied],
    ['3', t.surveyNeither],
    ['2', t.surveyDissatisfied],
    ['1', t.surveyVeryDissatisfied],
  ];
  const errorOf = (text: string | null | undefined) =>
    text ? { text, visuallyHiddenText: t.errorHidden } : undefined;
  return {
    action: input.action,
    thanks: input.thanks,
    rating: {
      name: 'rating',
      idPrefix: 'rating',
      fieldset: {
        legend: { text: input.question ?? t.surveyQuestion, classes: 'govuk-fieldset__legend--s' },
      },
      errorMessage: errorOf(input.ratingError),
      items: scale.map(([value, text]) => ({ value, text, checked: input.rating === value })),
    },
    comment: {
      name: 'comment',
      id: 'comment',
      maxlength: 2000,
      rows: 5,
      label: { text: t.surveyComment, classes: 'govuk-label--s' },
      hint: { text: t.surveyCommentHint },
      value: input.comment ?? '',
      errorMessage: errorOf(input.commentError),
      ...characterCountTexts(input.language, false),
    },
  };
}
