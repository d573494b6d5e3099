import { type CompiledJourney, compileJourney, type JourneyRun, type JourneyView } from '@fingerpost/core';
import type { Journey } from '@fingerpost/schema';
import { asFormPost, type PageAnswers, type PathChoice, validAnswers } from './answers';
import { describeJourney, type JourneySpec } from './description';
import { toFingerpost } from './to-fingerpost';

/** Every run in the benchmarks reads this instant: the engine takes time only from its clock. */
export const FIXED_CLOCK = (): Date => new Date('2025-06-01T10:00:00.000Z');

export interface FingerpostFixture {
  spec: JourneySpec;
  journey: Journey;
  compiled: CompiledJourney;
  answers: Record<string, PageAnswers>;
  /** Each page's answers as a form post (strings), ready for `run.submit`. */
  posts: Record<string, Record<string, string>>;
}

/**
 * A generated journey, compiled, with one resident's answers for every page.
 * @example const { compiled, posts } = fingerpostFixture(50, 5, 'mixed', 1);
 */
export function fingerpostFixture(
  pages: number,
  perPage: 1 | 5,
  path: PathChoice,
  seed: number,
): FingerpostFixture {
  const spec = describeJourney(pages, perPage);
  const journey = toFingerpost(spec);
  const answers = validAnswers(spec.pages, path, seed);
  const posts: Record<string, Record<string, string>> = {};
  for (const [page, pageAnswers] of Object.entries(answers)) posts[page] = asFormPost(pageAnswers);
  return { spec, journey, compiled: compileJourney(journey), answers, posts };
}

/**
 * Submits pages in order until the run leaves the form, or after `limit` pages. `each` sees the
 * time of every submission in µs: `run.submit` alone (a result's view is built only when read),
 * or with reading the result's view when `withView`. Throws when a valid page is refused: the
 * fixture is broken.
 */
export function answerPages(
  run: JourneyRun,
  posts: FingerpostFixture['posts'],
  limit = Number.POSITIVE_INFINITY,
  each?: (micros: number) => void,
  withView = false,
): JourneyView {
  let view = run.view();
  for (let n = 0; n < limit && view.status === 'inProgress'; n++) {
    const start = process.hrtime.bigint();
    const result = run.submit(view.step.id, posts[view.step.id] ?? {});
    if (withView && result.ok) view = result.view;
    if (each) each(Number(process.hrtime.bigint() - start) / 1000);
    if (!result.ok) throw new Error(`page ${view.step.id} was refused: ${JSON.stringify(result.error)}`);
    view = result.view;
  }
  return view;
}
