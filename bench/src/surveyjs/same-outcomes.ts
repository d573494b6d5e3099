import { type CompiledJourney, startJourney } from '@fingerpost/core';
import { Model } from 'survey-core';
import {
  type Answer,
  asFormPost,
  invalidAnswers,
  type PathChoice,
  pageShown,
  validAnswers,
} from '../journeys/answers';
import type { JourneySpec } from '../journeys/description';
import { answerSurveyPage, submitSurveyPage } from '../journeys/drive-surveyjs';
import { FIXED_CLOCK } from '../journeys/fingerpost-fixture';
import type { SurveyJson } from '../journeys/to-surveyjs';

export interface OutcomeComparison {
  pages: number;
  answerSets: number;
  problems: string[];
}

const said = (accepted: boolean) => (accepted ? 'accepted' : 'refused');

function sortedJson(value: Record<string, unknown>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))));
}

/**
 * One resident through both engines side by side: on every page each answer set that breaks one
 * rule must be refused by both, then the valid answers accepted by both; both must show the
 * same pages (conditions agree), finish, and keep the same answers.
 * @example compareOutcomes(spec, compiled, toSurveyJs(spec), 'mixed', 1).problems // []
 */
export function compareOutcomes(
  spec: JourneySpec,
  compiled: CompiledJourney,
  json: SurveyJson,
  path: PathChoice,
  seed: number,
): OutcomeComparison {
  const answers = validAnswers(spec.pages, path, seed);
  const run = startJourney(compiled, { clock: FIXED_CLOCK });
  const model = new Model(json);
  const answered: Record<string, Answer> = {};
  const result: OutcomeComparison = { pages: 0, answerSets: 0, problems: [] };
  const problem = (message: string) => result.problems.push(`${path} answers: ${message}`);
  for (const page of spec.pages) {
    if (!pageShown(page, answered)) continue;
    const fingerpostAt = run.view().step.id;
    const surveyAt = model.currentPage?.name;
    if (fingerpostAt !== page.name || surveyAt !== page.name) {
      problem(`expected ${page.name}; Fingerpost shows ${fingerpostAt}, SurveyJS shows ${surveyAt}`);
      return result;
    }
    const valid = answers[page.name]!;
    for (const invalid of invalidAnswers(page, valid)) {
      const fingerpost = run.submit(page.name, asFormPost(invalid.answers)).ok;
      answerSurveyPage(model, invalid.answers);
      const survey = submitSurveyPage(model);
      result.answerSets++;
      if (fingerpost || survey) {
        problem(
          `${page.name} with ${invalid.label}: Fingerpost ${said(fingerpost)}, SurveyJS ${said(survey)}`,
        );
        return result;
      }
    }
    const fingerpost = run.submit(page.name, asFormPost(valid));
    answerSurveyPage(model, valid);
    const survey = submitSurveyPage(model);
    result.answerSets++;
    result.pages++;
    if (!fingerpost.ok || !survey) {
      problem(`${page.name} with valid answers: Fingerpost ${said(fingerpost.ok)}, SurveyJS ${said(survey)}`);
      return result;
    }
    Object.assign(answered, valid);
  }
  const status = run.view().status;
  if (status !== 'completed' || model.state !== 'completed') {
    problem(`after the last page Fingerpost is ${status}, SurveyJS is ${model.state}`);
  } else if (sortedJson(run.answers) !== sortedJson(model.data)) {
    problem(
      `the kept answers differ: Fingerpost ${sortedJson(run.answers)} SurveyJS ${sortedJson(model.data)}`,
    );
  }
  return result;
}
