import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Journey } from '@fingerpost/schema';
import { type Answer, asFormPost, pageShown, validAnswers } from '../journeys/answers';
import { describeJourney, type JourneySpec, type PageSpec } from '../journeys/description';
import { writeJourneysFolder } from '../journeys/journeys-folder';
import { toFingerpost } from '../journeys/to-fingerpost';

/** One request of a resident's way through the journey: the page and the JSON body posted. */
export interface PageRequest {
  stepId: string;
  body: string;
}

export interface HttpWorkload {
  spec: JourneySpec;
  journey: Journey;
  /** A folder holding `<journey id>/journey.json`, for the server to publish at start-up. */
  journeysDir: string;
  /** Every page one resident submits, in order; the last one finishes the application. */
  sequence: PageRequest[];
}

/**
 * The HTTP benchmarks' journey (the SurveyJS comparison's, 5 questions a page) and the requests
 * one resident makes through it; every resident gives the same answers, so every request is valid.
 */
export function httpWorkload(pages: number): HttpWorkload {
  const spec = describeJourney(pages, 5);
  const journey = toFingerpost(spec);
  const journeysDir = writeJourneysFolder(mkdtempSync(join(tmpdir(), 'fingerpost-bench-')), [journey]);
  const answers = validAnswers(spec.pages, 'mixed', 1);
  const answered: Record<string, Answer> = {};
  const sequence: PageRequest[] = [];
  for (const page of spec.pages) {
    if (!pageShown(page, answered)) continue;
    const pageAnswers = answers[page.name]!;
    Object.assign(answered, pageAnswers);
    sequence.push({ stepId: page.name, body: JSON.stringify({ answers: asFormPost(pageAnswers) }) });
  }
  return { spec, journey, journeysDir, sequence };
}

/**
 * The JSON Schema the bare endpoint checks a page's body against: the same rules the journey
 * states, over the strings a form posts (numbers as digit strings).
 */
export function bareSchema(page: PageSpec): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const q of page.questions) {
    if (q.kind === 'age' || q.kind === 'count')
      properties[q.name] = { type: 'string', pattern: '^-?[0-9]{1,3}$' };
    else if (q.kind === 'email') properties[q.name] = { type: 'string', format: 'email' };
    else
      properties[q.name] = {
        type: 'string',
        minLength: q.required ? (q.minLength ?? 1) : 0,
        maxLength: q.maxLength,
      };
  }
  return {
    type: 'object',
    required: ['answers'],
    additionalProperties: false,
    properties: {
      answers: {
        type: 'object',
        additionalProperties: false,
        required: page.questions.filter((q) => q.required).map((q) => q.name),
        properties,
      },
    },
  };
}
