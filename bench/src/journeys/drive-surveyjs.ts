import type { Model } from 'survey-core';
import type { PageAnswers } from './answers';

/** Puts a page's answers into a survey as a resident typing them would; blanks clear the value. */
export function answerSurveyPage(model: Model, answers: PageAnswers): void {
  for (const [name, value] of Object.entries(answers)) {
    if (value === undefined) model.clearValue(name);
    else model.setValue(name, value);
  }
}

/**
 * Presses "Next" (or "Complete" on the last visible page). SurveyJS validates the current page
 * first (checkErrorsMode "onNextPage") and stays when it has errors, so this is one validation
 * plus the move, as `run.submit` is for Fingerpost.
 */
export function submitSurveyPage(model: Model): boolean {
  return model.isLastPage ? model.completeLastPage() : model.nextPage();
}
