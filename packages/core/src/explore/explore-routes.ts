import type { Journey } from '@fingerpost/schema';
import { compiledFrom } from '../compile/compile-journey';
import type { CompiledJourney } from '../compile/compiled-journey';
import { engineError } from '../errors';
import { conditionKey } from './condition-key';
import { type ActionBudget, RouteDriver, type RouteState } from './driver';
import { journeyConditions } from './journey-conditions';
import { type MoveContext, type MoveFailure, movesFrom } from './moves';
import { ruleIds } from './route-trace';
import type { ExploredRoute, ExploredRoutes, ExploreOptions, RouteProblem } from './types';

export const DEFAULT_EXPLORER_NOW = '2026-01-05T09:00:00Z';
const DEFAULT_MAX_ROUTES = 500;
const DEFAULT_MAX_ACTIONS = 50_000;
const MAX_PROBLEMS = 100;

/** The route taken so far, as routes are told apart: steps, rules that decided, decisions. */
function signatureSoFar(state: Pick<RouteState, 'trace' | 'decisions'>): unknown[] {
  return [
    state.trace.steps,
    ruleIds(state.trace),
    state.decisions.map((d) => `${d.stepId}/${d.taskId}:${d.decision}`),
  ];
}

class Exploration {
  readonly routes = new Map<string, ExploredRoute>();
  readonly problems: RouteProblem[] = [];
  readonly budget: ActionBudget = { spent: 0 };
  truncatedBy: 'maxRoutes' | 'maxActions' | null = null;
  private readonly visited = new Map<string, boolean>();
  private readonly loopHeads = new Set<string>();
  private readonly problemKeys = new Set<string>();
  private readonly context: MoveContext;
  private readonly maxLength: number;

  constructor(
    private readonly compiled: CompiledJourney,
    private readonly maxRoutes: number,
    private readonly maxActions: number,
  ) {
    const journey = compiled.journey;
    this.context = { journey, compiled, conditions: journeyConditions(journey) };
    this.maxLength = journey.steps.length * 3 + 10;
  }

  private stopped(): boolean {
    if (this.truncatedBy === null && this.budget.spent >= this.maxActions) this.truncatedBy = 'maxActions';
    return this.truncatedBy !== null;
  }

  private problem(driver: RouteDriver, failure: Omit<MoveFailure, 'error'> & Partial<MoveFailure>): void {
    const stepId = driver.view().step.id;
    const key = `${failure.code}|${stepId}|${failure.message}`;
    if (this.problemKeys.has(key) || this.problems.length >= MAX_PROBLEMS) return;
    this.problemKeys.add(key);
    const problem: RouteProblem = {
      code: failure.code,
      message: failure.message,
      stepId,
      steps: [...driver.trace.steps],
    };
    if (failure.input !== undefined) problem.input = failure.input;
    if (failure.error) problem.error = failure.error;
    this.problems.push(problem);
  }

  private finish(driver: RouteDriver): void {
    const view = driver.view();
    const route: ExploredRoute = {
      steps: [...driver.trace.steps],
      end: { status: view.status },
      answers: { ...driver.answers },
      decisions: [...driver.decisions],
      transitions: [...driver.trace.transitions],
      eligibilityRules: ruleIds(driver.trace),
    };
    if (view.outcome) route.end.outcome = view.outcome.kind;
    if (view.outcome?.stepId) route.end.stepId = view.outcome.stepId;
    const signature = JSON.stringify([...signatureSoFar(driver), route.end]);
    if (this.routes.has(signature)) return;
    this.routes.set(signature, route);
    if (this.routes.size >= this.maxRoutes) this.truncatedBy = 'maxRoutes';
  }

  /**
   * Where a route stands, apart from how it got there: the same state met again further along the
   * same route is a loop, and going round it again finds nothing new.
   */
  private stateKey(driver: RouteDriver): string {
    const view = driver.view();
    return JSON.stringify([
      view.step.id,
      view.status,
      driver.now,
      driver.settled,
      view.tasks.map((t) => [t.id, t.status, t.roles, t.dueAt]),
      conditionKey(
        this.context.conditions,
        view.step.id,
        driver.run.answers as Record<string, unknown>,
        driver.today(),
      ),
    ]);
  }

  /** Explores on from a route's state; says whether anything came of it (an end, or a problem reported). */
  visit(driver: RouteDriver, onRoute: Set<string> = new Set()): boolean {
    if (this.stopped()) return true;
    if (driver.view().status === 'completed') {
      this.finish(driver);
      return true;
    }
    if (driver.trace.steps.length > this.maxLength) {
      this.problem(driver, {
        code: 'route.loops',
        message: `The route has passed ${driver.trace.steps.length} steps without ending: it goes round in a loop`,
      });
      return true;
    }
    const state = this.stateKey(driver);
    if (onRoute.has(state)) {
      this.loopHeads.add(state);
      return false;
    }
    const key = JSON.stringify([signatureSoFar(driver), state]);
    const known = this.visited.get(key);
    if (known !== undefined) return known;
    this.visited.set(key, true);
    const moves = movesFrom(this.context, driver);
    if (moves.length === 0) {
      this.problem(driver, {
        code: 'step.stuck',
        message: `Nothing the explorer can do leaves "${driver.view().step.id}" (status ${driver.view().status})`,
      });
      return true;
    }
    const saved = driver.state();
    const path = new Set(onRoute).add(state);
    let progress = false;
    for (const move of moves) {
      if (this.stopped()) return true;
      const branch = RouteDriver.resume(this.compiled, this.budget, saved);
      if (!branch) {
        this.problem(driver, {
          code: 'engine.threw',
          message: 'The engine could not restore a snapshot it had just taken',
          error: engineError('snapshot.invalid', 'restore failed'),
        });
        return true;
      }
      const failed = move.perform(branch);
      if (failed) this.problem(branch, failed);
      progress = failed !== null || this.visit(branch, path) || progress;
    }
    // Going round a loop is no progress; the step the loop comes back to reports it if nothing else
    // leads on from there.
    if (!progress && !this.loopHeads.has(state)) {
      this.visited.set(key, false);
      return false;
    }
    if (!progress) {
      this.problem(driver, {
        code: 'route.loops',
        message: `No answer the explorer tried leads on from "${driver.view().step.id}" to an end: every way on comes back here`,
      });
    }
    return true;
  }

  result(): ExploredRoutes {
    const routes = [...this.routes.values()];
    const ends: Record<string, number> = {};
    for (const route of routes) {
      const end = route.end.stepId ?? route.end.status;
      ends[end] = (ends[end] ?? 0) + 1;
    }
    return {
      routes,
      problems: this.problems,
      ends,
      truncated: this.truncatedBy !== null,
      truncatedBy: this.truncatedBy,
      maxRoutes: this.maxRoutes,
      actions: this.budget.spent,
    };
  }
}

/**
 * Enumerates the distinct routes through a journey by driving the real engine with a fixed clock:
 * each choice, yes and no, values either side of every boundary in the journey's conditions, each
 * caseworker decision and each deadline. A route is the steps taken, the eligibility rules that
 * decided, the caseworker decisions and the end. Problems (an answer the engine refuses, a step
 * that cannot be left) are reported in the result, never thrown. The journey must be valid
 * (validateJourney); like startJourney it is compiled once per id and version.
 * @example
 * const explored = exploreRoutes(journey, { maxRoutes: 200 });
 * for (const route of explored.routes) console.log(route.steps.join(' → '), route.end.outcome);
 * if (explored.problems.length > 0) console.error(explored.problems[0].message);
 */
export function exploreRoutes(
  journey: Journey | CompiledJourney,
  options: ExploreOptions = {},
): ExploredRoutes {
  const compiled = compiledFrom(journey);
  const maxRoutes = Math.max(1, options.maxRoutes ?? DEFAULT_MAX_ROUTES);
  const exploration = new Exploration(
    compiled,
    maxRoutes,
    Math.max(1, options.maxActions ?? DEFAULT_MAX_ACTIONS),
  );
  const start = Date.parse(options.now ?? DEFAULT_EXPLORER_NOW);
  exploration.visit(
    RouteDriver.start(
      compiled,
      exploration.budget,
      Number.isNaN(start) ? Date.parse(DEFAULT_EXPLORER_NOW) : start,
    ),
  );
  return exploration.result();
}
