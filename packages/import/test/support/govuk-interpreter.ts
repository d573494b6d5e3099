import type { ComponentView, StepView } from '@fingerpost/core';
import { expect } from 'vitest';
import { engineInput } from './engine-input';
import type { AnswerProvider, Route } from './journey-driver';
import type { Json } from './json';

/**
 * A small interpreter of GOV.UK Forms routing, written from its runner's rules for these tests: only
 * a page's first routing condition counts; with no answer value it always applies; an exit page
 * ends the form when the answer matches; a route goes to its page, or to check your answers when it
 * skips to the end; otherwise `next_step_id`, and after the last page, check your answers.
 */
/** Answers by step id: text, numbers, dates, an option's value (or name), names and addresses as objects. */
type Answers = Record<string, unknown>;

const NONE = 'none_of_the_above';

export function runGovuk(input: Json | Json[], answers: Answers): Route {
  const form = Array.isArray(input) ? input.find((d) => (d.language ?? 'en') === 'en')! : input;
  const steps = form.steps as Json[];
  const pages: string[][] = [];
  let step = steps.find((s) => String(s.id) === String(form.start_page));
  for (let guard = 0; step && guard < 60; guard++) {
    pages.push([step.data.question_text]);
    const answer = answers[step.id];
    const condition = (step.routing_conditions ?? []).filter(
      (c: Json) => (c.routing_page_id ?? step!.id) === step!.id,
    )[0];
    let next: string | null | undefined = step.next_step_id;
    if (condition) {
      const blank = condition.answer_value === null || condition.answer_value === '';
      const matches = !blank && typeof answer === 'string' && answer === condition.answer_value;
      const exit = typeof condition.exit_page_markdown === 'string';
      if (exit && matches) return { pages, end: { kind: 'exit', title: condition.exit_page_heading } };
      if (!exit && (blank || matches))
        next = condition.goto_page_id === null && condition.skip_to_end ? null : condition.goto_page_id;
    }
    step = next ? steps.find((s) => String(s.id) === String(next)) : undefined;
  }
  return { pages, end: { kind: 'summary' } };
}

/** Answers the imported journey's questions from the same scenario, finding each step by its question. */
export function govukAnswers(input: Json | Json[], answers: Answers): AnswerProvider {
  const form = Array.isArray(input) ? input.find((d) => (d.language ?? 'en') === 'en')! : input;
  const stepFor = (step: StepView) => {
    const texts = [step.title, ...step.components.map((c) => c.label)];
    const found = (form.steps as Json[]).find((s) => texts.includes(s.data.question_text));
    if (!found) expect.fail(`no source step asks any of ${JSON.stringify(texts)}`);
    return found;
  };
  const labelOf = (source: Json) => (value: unknown) => {
    if (value === NONE) return 'None of the above';
    const options: Json[] = source.data.answer_settings.selection_options ?? [];
    return options.find((o) => (o.value ?? o.name) === value)?.name;
  };
  const convert = (component: ComponentView, step: Json, value: unknown): unknown => {
    if (value === undefined) return undefined;
    if (step.data.answer_type === 'name' && typeof value === 'object' && value !== null) {
      const parts: Record<string, string> = {
        'honorific-prefix': 'title',
        'given-name': 'first_name',
        'additional-name': 'middle_names',
        'family-name': 'last_name',
      };
      return (value as Record<string, unknown>)[parts[component.autocomplete ?? ''] ?? 'full_name'];
    }
    if (component.label !== step.data.question_text) return undefined;
    return engineInput(component, value, labelOf(step));
  };
  return {
    answer: (component, view) => {
      const step = stepFor(view);
      return convert(component, step, answers[step.id]);
    },
    items: (view) => {
      const step = stepFor(view);
      return ((answers[step.id] as unknown[] | undefined) ?? []).map((item) =>
        Object.fromEntries(view.components.map((c) => [c.field, convert(c, step, item)])),
      );
    },
  };
}
