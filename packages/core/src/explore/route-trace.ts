import type { CompiledJourney } from '../compile/compiled-journey';
import { chooseRoute } from '../routing';
import type { RuleDecided } from './types';

/** The steps a run passed through, as a route: what coverage counts. */
export interface RouteTrace {
  steps: string[];
  transitions: Array<[string, string]>;
  eligibility: RuleDecided[];
}

/** How the run got from one resting step to the next. */
export type Movement =
  /** A page, check your answers or a feedback step was submitted: the journey's own routes. */
  | 'forward'
  /** A caseworker decision or a deadline at an approval step: its approved or rejected route. */
  | 'decision'
  /** Back, change, a request for more information, withdrawal: not one of the journey's edges. */
  | 'jump';

export function emptyTrace(): RouteTrace {
  return { steps: [], transitions: [], eligibility: [] };
}

export function copyTrace(trace: RouteTrace): RouteTrace {
  return {
    steps: [...trace.steps],
    transitions: trace.transitions.map(([from, to]): [string, string] => [from, to]),
    eligibility: trace.eligibility.map((e) => ({ ...e })),
  };
}

/** "stepId/ruleId" for each rule that decided, as coverage names rules. */
export function ruleIds(trace: RouteTrace): string[] {
  return trace.eligibility.map((e) => `${e.stepId}/${e.rule}`);
}

interface Walk {
  path: string[];
  eligibility: RuleDecided[];
}

/**
 * Follows the journey's routing from `first` until `target`, the way the machine does: through
 * branches and eligibility steps, and past pages it skips because they are already done (after a
 * change). Null when the walk cannot reach `target`: the move was not along the journey's edges.
 */
function walk(
  compiled: CompiledJourney,
  first: string,
  target: string,
  answers: Record<string, unknown>,
  today: string,
): Walk | null {
  const found: Walk = { path: [], eligibility: [] };
  let id: string | undefined = first;
  for (let hops = 0; id !== undefined && hops <= compiled.steps.size; hops++) {
    found.path.push(id);
    if (id === target) return found;
    const current = compiled.steps.get(id);
    if (!current) return null;
    const type = current.step.type;
    if (type === 'approval' || type === 'end' || type === 'checkAnswers') return null;
    if (type === 'eligibility') {
      const rule = chooseRoute(current.rules, answers, today);
      if (!rule) return null;
      found.eligibility.push({ stepId: id, rule: rule.id });
      id = rule.next;
    } else {
      id = chooseRoute(current.routes, answers, today)?.goTo;
    }
  }
  return null;
}

/** The first steps a move can lead to from `from`. */
function firstHops(
  compiled: CompiledJourney,
  from: string,
  movement: Movement,
  answers: Record<string, unknown>,
  today: string,
  rejected: boolean,
): string[] {
  const step = compiled.steps.get(from);
  if (!step || movement === 'jump') return [];
  if (step.step.type === 'approval') {
    if (movement !== 'decision') return [];
    return [rejected ? step.step.next.rejected : step.step.next.approved];
  }
  const next = chooseRoute(step.routes, answers, today)?.goTo;
  return next === undefined ? [] : [next];
}

/** One move of a run, between two steps it rested on. */
export interface RunMove {
  from: string;
  to: string;
  movement: Movement;
  /** The answers after the move, which the journey's conditions read. */
  answers: Record<string, unknown>;
  today: string;
  /** For a decision: whether the approval step was rejected (else approved, or still waiting). */
  rejected?: boolean;
}

/**
 * Records the move from the resting step `from` to the resting step `to` (the same step when the
 * run stayed put), with the steps in between and the eligibility rules that decided on the way.
 */
export function recordMove(trace: RouteTrace, compiled: CompiledJourney, move: RunMove): void {
  const { from, to, movement, answers, today } = move;
  if (from === to && movement !== 'jump') return;
  for (const hop of firstHops(compiled, from, movement, answers, today, move.rejected === true)) {
    const found = walk(compiled, hop, to, answers, today);
    if (!found) continue;
    let previous = from;
    for (const id of found.path) {
      trace.transitions.push([previous, id]);
      trace.steps.push(id);
      previous = id;
    }
    trace.eligibility.push(...found.eligibility);
    return;
  }
  if (compiled.steps.has(to) && trace.steps.at(-1) !== to) trace.steps.push(to);
}

/** Starts a trace at the journey's start, walking through any steps before the first page. */
export function startTrace(
  compiled: CompiledJourney,
  restingStep: string,
  answers: Record<string, unknown>,
  today: string,
): RouteTrace {
  const trace = emptyTrace();
  const found = walk(compiled, compiled.journey.start, restingStep, answers, today);
  if (!found) {
    trace.steps.push(restingStep);
    return trace;
  }
  found.path.forEach((id, i) => {
    const previous = found.path[i - 1];
    if (previous !== undefined) trace.transitions.push([previous, id]);
    trace.steps.push(id);
  });
  trace.eligibility.push(...found.eligibility);
  return trace;
}
