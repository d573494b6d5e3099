import { type ComponentView, type JourneyRun, type StepView, startJourney } from '@fingerpost/core';
import type { Journey } from '@fingerpost/schema';
import { expect } from 'vitest';

/** What a resident saw on one page: its heading and the labels of its questions. */
export type PageTexts = string[];

/** Where a route through a form ended: its summary (then submitted), or an exit page with this title. */
export type RouteEnd = { kind: 'summary' } | { kind: 'exit'; title: string };

export interface Route {
  pages: PageTexts[];
  end: RouteEnd;
}

/** Gives the engine input for a question, from the scenario's answers; undefined leaves it blank. */
export interface AnswerProvider {
  answer(component: ComponentView, step: StepView): unknown;
  /** Items for an add-another page, each keyed by field. */
  items(step: StepView): Array<Record<string, unknown>>;
}

export const TODAY = '2026-03-02';
const NOW = `${TODAY}T10:00:00Z`;
const MAX_PAGES = 60;

/**
 * Runs an imported journey on the real engine, answering each page from the provider, and returns
 * the pages seen and where the route ended. A refused page fails the test with the engine's errors.
 */
export function driveJourney(journey: Journey, provider: AnswerProvider): Route {
  const run: JourneyRun = startJourney(journey, { clock: () => new Date(NOW) });
  const pages: PageTexts[] = [];
  let passedCheckAnswers = false;
  for (let i = 0; i < MAX_PAGES; i++) {
    const view = run.view();
    if (view.status === 'completed') {
      const outcome = view.outcome;
      if (outcome?.kind === 'submitted' && passedCheckAnswers) return { pages, end: { kind: 'summary' } };
      if (outcome?.kind === 'submitted' && !journeyHasCheckAnswers(journey))
        return { pages, end: { kind: 'summary' } };
      return { pages, end: { kind: 'exit', title: outcome?.title ?? '' } };
    }
    const step = view.step;
    const texts = [step.title, ...step.components.map((c) => c.label)].filter((t): t is string => !!t);
    let result: ReturnType<JourneyRun['submit']>;
    switch (step.type) {
      case 'question': {
        pages.push(texts);
        const input: Record<string, unknown> = {};
        for (const component of step.components) {
          const value = provider.answer(component, step);
          if (value !== undefined) input[component.field] = value;
        }
        result = run.submit(step.id, input);
        break;
      }
      case 'addAnother': {
        pages.push(texts);
        for (const item of provider.items(step)) {
          const added = run.addItem(step.id, item);
          if (!added.ok)
            expect.fail(`adding an item on "${step.id}" was refused: ${JSON.stringify(added.error)}`);
        }
        result = run.submit(step.id, {});
        break;
      }
      case 'content':
        pages.push(texts);
        result = run.submit(step.id, {});
        break;
      case 'checkAnswers':
        passedCheckAnswers = true;
        result = run.submit(step.id, {});
        break;
      default:
        return expect.fail(`the route reached a ${step.type} step ("${step.id}") the driver does not expect`);
    }
    if (!result.ok) expect.fail(`the engine refused "${step.id}": ${JSON.stringify(result.error)}`);
  }
  return expect.fail(`the route went on for more than ${MAX_PAGES} pages`);
}

function journeyHasCheckAnswers(journey: Journey): boolean {
  return journey.steps.some((s) => s.type === 'checkAnswers');
}

/**
 * Checks that the imported journey asked the same questions in the same order as the source form
 * and ended the same way: each source page's texts appear on the journey's page at the same place.
 */
export function expectSameRoute(source: Route, imported: Route): void {
  const describe = (r: Route) => r.pages.map((p) => p[0] ?? '?');
  expect(
    imported.pages.length,
    `pages seen: source ${JSON.stringify(describe(source))}, journey ${JSON.stringify(describe(imported))}`,
  ).toBe(source.pages.length);
  source.pages.forEach((texts, i) => {
    for (const text of texts) expect(imported.pages[i], `page ${i + 1} of the route`).toContain(text);
  });
  expect(imported.end).toEqual(source.end);
}
