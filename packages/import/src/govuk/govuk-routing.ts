import { formatExpression, type Next, type Step } from '@fingerpost/schema';
import type { JourneyDraft } from '../build/journey-draft';
import { slugFrom } from '../build/names';
import { markdownToText } from '../build/plain-text';
import { arrayAt, describeValue, isObject, type JsonObject, scalarText, stringAt } from '../build/read';
import { BUILT_IN } from '../build/texts';
import { binaryNode, fieldNode, textNode } from '../conditions/fingerpost-nodes';
import type { GovukQuestion } from './govuk-answers';
import { type GovukStep, govukText } from './govuk-source';

export interface RoutingTargets {
  stepIdOf: ReadonlyMap<string, string>;
  checkAnswers: string;
}

/**
 * Where a question leads. GOV.UK Forms looks only at a page's first routing condition: with no
 * answer value it always goes to its page (the "skip" at the end of a branch); with an exit page it
 * ends the form when the answer matches; otherwise it goes to its page (or to check your answers)
 * when the answer matches. Anything else follows `next_step_id`, and the last page leads to check
 * your answers. Exit pages become end steps, returned in `extraSteps`.
 */
export function govukNext(
  step: GovukStep,
  question: GovukQuestion | undefined,
  targets: RoutingTargets,
  draft: JourneyDraft,
): { next: Next; extraSteps: Step[] } {
  const following = step.nextStepId ? targets.stepIdOf.get(step.nextStepId) : targets.checkAnswers;
  if (step.nextStepId && !following)
    draft.report.dropped(
      `${step.pointer}/next_step_id`,
      `next step "${step.nextStepId}"`,
      'no step of the form has this id: the page leads to check your answers',
    );
  const defaultNext = following ?? targets.checkAnswers;
  // The runner reads the conditions that route from this page; only the first of them counts.
  const conditions = arrayAt(step.raw, 'routing_conditions').flatMap((c, index) =>
    isObject(c) && (scalarText(c.routing_page_id) ?? step.id) === step.id ? [{ c, index }] : [],
  );
  for (const { index } of conditions.slice(1))
    draft.report.dropped(
      `${step.pointer}/routing_conditions/${index}`,
      'routing condition',
      "GOV.UK Forms only applies a page's first routing condition",
    );
  const first = conditions[0];
  if (!first) return { next: defaultNext, extraSteps: [] };
  const condition = first.c;
  const at = `${step.pointer}/routing_conditions/${first.index}`;
  const answer = scalarText(condition.answer_value);
  const exitHeading = stringAt(condition, 'exit_page_heading');
  const exitMarkdown = stringAt(condition, 'exit_page_markdown');
  const isExit = typeof exitMarkdown === 'string' || typeof exitHeading === 'string';
  const target =
    condition.skip_to_end === true && condition.goto_page_id == null
      ? targets.checkAnswers
      : targets.stepIdOf.get(scalarText(condition.goto_page_id) ?? '');
  if (answer === undefined || answer === '') {
    if (!target) {
      draft.report.dropped(
        at,
        'skip',
        `it goes to "${describeValue(condition.goto_page_id)}", which is not a step of the form`,
      );
      return { next: defaultNext, extraSteps: [] };
    }
    draft.report.mapped(at, 'skip', `the page always leads to "${target}"`);
    return { next: target, extraSteps: [] };
  }
  const selection = question?.group ? undefined : question?.selection;
  if (!selection || selection.multiple) {
    draft.report.dropped(
      at,
      `route when the answer is "${answer}"`,
      selection
        ? 'GOV.UK Forms never matches a route on a question with several answers'
        : 'routes only apply to selection questions',
    );
    return { next: defaultNext, extraSteps: [] };
  }
  const option = selection.values.get(answer);
  if (!option) {
    draft.report.dropped(
      at,
      `route when the answer is "${answer}"`,
      `"${answer}" is not one of the question's options, so the route never applies`,
    );
    return { next: defaultNext, extraSteps: [] };
  }
  const when = formatExpression(binaryNode('=', fieldNode(selection.field), textNode(option)));
  if (isExit) {
    const exit = exitStep(condition, at, step, draft);
    draft.report.mapped(
      at,
      `exit page when the answer is "${answer}"`,
      `the end step "${exit.id}" (outcome ineligible), when ${when}`,
    );
    return { next: [{ when, goTo: exit.id }, { goTo: defaultNext }], extraSteps: [exit] };
  }
  if (!target) {
    draft.report.dropped(
      at,
      `route when the answer is "${answer}"`,
      `it goes to "${describeValue(condition.goto_page_id)}", which is not a step of the form`,
    );
    return { next: defaultNext, extraSteps: [] };
  }
  draft.report.mapped(at, `route when the answer is "${answer}"`, `to "${target}" when ${when}`);
  return { next: [{ when, goTo: target }, { goTo: defaultNext }], extraSteps: [] };
}

function exitStep(condition: JsonObject, at: string, step: GovukStep, draft: JourneyDraft): Step {
  const welsh = arrayAt(step.welshRaw, 'routing_conditions').find(
    (c) => isObject(c) && scalarText(c.id) === scalarText(condition.id),
  );
  const heading = govukText(stringAt(condition, 'exit_page_heading'), stringAt(welsh, 'exit_page_heading'));
  const markdown = govukText(
    stringAt(condition, 'exit_page_markdown'),
    stringAt(welsh, 'exit_page_markdown'),
  );
  const title =
    draft.texts.fromSource(heading, `${at}/exit_page_heading`) ?? draft.texts.builtIn(BUILT_IN.exitTitle);
  const body =
    markdown &&
    draft.texts.fromSource(
      {
        en: markdownToText(markdown.en).text,
        ...(markdown.cy ? { cy: markdownToText(markdown.cy).text } : {}),
      },
      `${at}/exit_page_markdown`,
    );
  if (markdown && markdownToText(markdown.en).changed)
    draft.report.approximated(
      `${at}/exit_page_markdown`,
      'exit page text',
      'Markdown is shown as plain text: formatting is lost',
    );
  const id = draft.stepIds.take(slugFrom(heading?.en ?? 'cannot-continue', 'exit'));
  return { id, type: 'end', outcome: 'ineligible', title, ...(body ? { body } : {}) };
}
