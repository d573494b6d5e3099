import { Model } from 'survey-core';
import type { PageAnswers } from '../journeys/answers';
import { answerSurveyPage, submitSurveyPage } from '../journeys/drive-surveyjs';
import type { SurveyJson } from '../journeys/to-surveyjs';
import { heapPerInstance } from '../util/heap';
import { microsecondsSince } from '../util/stats';

/**
 * Answers every page of a new survey model, as a resident would, and completes it. `each` sees
 * the µs of every page (set the answers, validate, move). Throws if a valid page is refused.
 */
export function completeSurvey(
  json: SurveyJson,
  answers: Record<string, PageAnswers>,
  limit = Number.POSITIVE_INFINITY,
  each?: (micros: number) => void,
): Model {
  const model = new Model(json);
  for (let n = 0; n < limit && model.state === 'running'; n++) {
    const page = model.currentPage.name;
    const start = process.hrtime.bigint();
    answerSurveyPage(model, answers[page] ?? {});
    const moved = submitSurveyPage(model);
    if (each) each(microsecondsSince(start));
    if (!moved) throw new Error(`SurveyJS refused valid answers on ${page}`);
  }
  return model;
}

/** Heap bytes per live survey model with `pages` pages answered. */
export function surveyHeap(
  json: SurveyJson,
  answers: Record<string, PageAnswers>,
  count: number,
  pages: number,
): number {
  completeSurvey(json, answers, pages);
  return heapPerInstance(count, () => completeSurvey(json, answers, pages));
}
