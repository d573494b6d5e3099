import type { CompiledStep } from './compile/compiled-journey';
import { ANSWER_PAGE_TYPES, PAGE_TYPES } from './compile/compiled-journey';
import { chooseRoute } from './routing';

/** The route a resident's answers take through a journey, from its start. */
export interface JourneyPath {
  /** Every step on the route in order, transient ones included. */
  steps: string[];
  /** Pages on the route that the resident has completed. */
  completedPages: string[];
  /** Where the walk stopped: the first page not yet completed, check answers, an approval or an end. */
  stoppedAt: string | null;
}

export type StepTable = ReadonlyMap<string, CompiledStep>;

/**
 * Follows the journey from `start` with the given answers through the pages already completed,
 * the way the machine would: what check your answers lists and what data minimisation keeps.
 */
export function walkPath(
  steps: StepTable,
  start: string,
  answers: Record<string, unknown>,
  completed: ReadonlySet<string>,
  today: string,
): JourneyPath {
  const path: JourneyPath = { steps: [], completedPages: [], stoppedAt: null };
  const seen = new Set<string>();
  let id: string | null = start;
  while (id !== null && !seen.has(id)) {
    seen.add(id);
    const compiled = steps.get(id);
    if (!compiled) break;
    path.steps.push(id);
    const type = compiled.step.type;
    if (PAGE_TYPES.has(type)) {
      if (!completed.has(id)) break;
      path.completedPages.push(id);
    }
    if (type === 'checkAnswers' || type === 'approval' || type === 'end') break;
    const next =
      type === 'eligibility'
        ? chooseRoute(compiled.rules, answers, today)?.next
        : chooseRoute(compiled.routes, answers, today)?.goTo;
    id = next ?? null;
  }
  path.stoppedAt = path.steps.at(-1) ?? null;
  return path;
}

/** What data minimisation leaves: answers and completed pages on the route, and what it dropped. */
export interface Minimised {
  answers: Record<string, unknown>;
  completed: string[];
  dropped: string[];
}

/**
 * Drops answers the current route no longer needs (UK GDPR Art 5(1)(c)): fields of pages off the
 * route, and fields hidden by their `showIf` on pages on it. Fields no page collects (such as those
 * set on approval) are kept. Dropping an answer can change the route again (a branch that counted
 * the dropped items now goes elsewhere), so it repeats until nothing more is dropped.
 */
export function minimiseAnswers(
  steps: StepTable,
  start: string,
  answers: Record<string, unknown>,
  completed: readonly string[],
  today: string,
): Minimised {
  let result = minimiseOnce(steps, start, answers, completed, today);
  const dropped = [...result.dropped];
  // Each pass drops at least one field or stops, so this ends within the number of fields.
  while (result.dropped.length > 0) {
    result = minimiseOnce(steps, start, result.answers, result.completed, today);
    dropped.push(...result.dropped);
  }
  return { ...result, dropped };
}

function minimiseOnce(
  steps: StepTable,
  start: string,
  answers: Record<string, unknown>,
  completed: readonly string[],
  today: string,
): Minimised {
  const path = walkPath(steps, start, answers, new Set(completed), today);
  const onPath = new Set(path.completedPages);
  const kept = new Set<string>();
  const collected = new Set<string>();
  for (const [id, compiled] of steps) {
    if (!ANSWER_PAGE_TYPES.has(compiled.step.type)) continue;
    for (const field of compiled.fields) collected.add(field);
    if (!onPath.has(id)) continue;
    const visible =
      compiled.step.type === 'question' && compiled.form
        ? compiled.form.visibleFields(answers, today)
        : compiled.fields;
    for (const field of visible) kept.add(field);
  }
  const result: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [field, value] of Object.entries(answers)) {
    if (collected.has(field) && !kept.has(field)) dropped.push(field);
    else result[field] = value;
  }
  return { answers: result, completed: completed.filter((id) => onPath.has(id)), dropped };
}
