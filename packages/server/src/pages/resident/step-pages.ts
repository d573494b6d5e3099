import type { AddAnotherStep, Field, QuestionStep } from '@fingerpost/schema';
import { render } from '../render/environment';
import { renderPage } from '../render/page';
import { endPage, survey } from '../view-models/end-page';
import type { FieldModel } from '../view-models/field-model';
import { paragraphs } from '../view-models/paragraphs';
import { questionPage } from '../view-models/question-page';
import { addressLookupsOf } from './address-entry';
import { flashErrors, type StepContext, saveLinkOf, stepChrome } from './step-frame';

/** The definition of the page the resident is on. */
export function stepDefinition(s: StepContext): QuestionStep | AddAnotherStep | undefined {
  const step = s.journey.steps.find((candidate) => candidate.id === s.view.step.id);
  return step?.type === 'question' || step?.type === 'addAnother' ? step : undefined;
}

export const fieldRenderer = (s: StepContext) => (model: FieldModel) =>
  render(s.kit.env, 'partials/one-field.njk', { c: model });

/** The caseworker's request for more information: their comment and the pages they named. */
export function moreInformationModel(s: StepContext, withLinks: boolean) {
  const info = s.view.moreInformation;
  if (!info) return null;
  const pages = info.pages.map((stepId) => {
    const answer = s.view.answers.find((a) => a.stepId === stepId);
    const text = answer?.label ?? stepTitle(s, stepId);
    const href = withLinks && answer?.changeTarget ? `/${s.journeyId}/${answer.changeTarget}/change` : null;
    return { text, href };
  });
  return { comment: paragraphs(info.comment), pages };
}

function stepTitle(s: StepContext, stepId: string): string {
  const step = s.journey.steps.find((candidate) => candidate.id === stepId);
  if (step && 'title' in step && step.title)
    return typeof step.title === 'string' ? step.title : (step.title[s.language] ?? step.title.en ?? stepId);
  if (step && 'components' in step) {
    const label = step.components[0].label;
    return typeof label === 'string' ? label : (label[s.language] ?? label.en ?? stepId);
  }
  return stepId;
}

export function renderQuestion(s: StepContext): Response {
  const step = s.view.step;
  const lookups = addressLookupsOf(s);
  if ('redirect' in lookups) return s.c.redirect(lookups.redirect, 303);
  // The runtime's refusals of a file (a virus, no scanner, the wrong type) show beside its input too.
  const refusals = s.flash?.form === 'page' ? (s.flash.errors ?? []) : [];
  const components = lookups.components.map((view) => {
    const refusal = refusals.find((e) => e.field === view.field);
    if (!refusal || view.error) return view;
    return { ...view, error: { field: view.field, code: 'accept' as const, message: refusal.message } };
  });
  const q = questionPage({
    components,
    addressLookups: lookups.links,
    definitions: stepDefinition(s)?.components ?? [],
    fields: s.journey.fields as Record<string, Field | undefined>,
    title: step.title,
    caption: step.caption,
    intro: step.intro,
    texts: s.t,
    language: s.language,
    renderField: fieldRenderer(s),
  });
  // Refusals of the runtime's own about no question on the page still reach the summary.
  const errors = q.errors.length > 0 ? q.errors : flashErrors(s, 'page');
  return renderPage(s.c, s.kit, 'resident/question.njk', stepChrome(s, q.title, errors), {
    q,
    form: { action: s.base, saveLink: saveLinkOf(s) },
    moreInformation: moreInformationModel(s, false),
  });
}

export function renderContent(s: StepContext): Response {
  const step = s.view.step;
  const title = step.title ?? '';
  return renderPage(s.c, s.kit, 'resident/content.njk', stepChrome(s, title, []), {
    content: { title, body: paragraphs(step.body), warning: step.warning },
    form: { action: s.base, saveLink: saveLinkOf(s) },
  });
}

export function renderCheckAnswers(s: StepContext): Response {
  const { view, t } = s;
  const title = view.step.title ?? t.checkAnswersTitle;
  const rows = view.answers.map((answer) => ({
    key: { text: answer.label },
    value: { text: answer.display },
    actions: answer.changeTarget
      ? {
          items: [
            {
              href: `/${s.journeyId}/${answer.changeTarget}/change`,
              text: t.change,
              visuallyHiddenText: answer.label,
            },
          ],
        }
      : undefined,
  }));
  const submitText = view.moreInformation ? t.sendAgain : (view.step.submitLabel ?? t.acceptAndSend);
  return renderPage(s.c, s.kit, 'resident/check-answers.njk', stepChrome(s, title, flashErrors(s, 'page')), {
    check: {
      title,
      rows,
      declaration: paragraphs(view.step.declaration ?? t.checkAnswersDeclaration),
      submitText,
    },
    form: { action: s.base, saveLink: saveLinkOf(s) },
    moreInformation: moreInformationModel(s, true),
  });
}

/** A feedback step of the journey (its rating and comment are the engine's to check). */
export function renderFeedbackStep(s: StepContext): Response {
  const { view, t } = s;
  const heading = view.step.title ?? t.surveyTitle;
  const ratingError = view.errors.find((e) => e.field === 'rating')?.message ?? null;
  const form = survey({
    t,
    language: s.language,
    action: s.base,
    thanks: false,
    question: view.step.question,
    ratingError,
  });
  const errors = ratingError ? [{ text: ratingError, href: '#rating' }] : [];
  return renderPage(s.c, s.kit, 'resident/feedback-step.njk', stepChrome(s, heading, errors), {
    heading,
    survey: form,
    form: { action: s.base },
  });
}

/** Sent, confirmed or an outcome, with the end-of-service survey (unless the journey turned it off). */
export function renderEnd(s: StepContext): Response {
  const { t } = s;
  const end = endPage(s.view, t);
  const flash = s.flash;
  const surveyErrors = flashErrors(s, 'satisfaction');
  const thanks = flash?.notice === 'surveyThanks' || s.held.surveyed === true;
  const offered = s.journey.feedback?.satisfactionSurvey !== false;
  const form = offered
    ? survey({
        t,
        language: s.language,
        action: s.path,
        thanks,
        ratingError: flash?.errors?.find((e) => e.field === 'rating')?.message ?? null,
        commentError: flash?.errors?.find((e) => e.field === 'comment')?.message ?? null,
        comment: flash?.values?.comment ?? '',
      })
    : null;
  return renderPage(s.c, s.kit, 'resident/end.njk', stepChrome(s, end.title, surveyErrors, null), {
    end,
    survey: form,
  });
}
