import { londonDate } from '../clock';
import type { CompiledJourney } from '../compile/compiled-journey';
import { engineError } from '../errors';
import type { ActionResult, JourneyRun } from '../run/journey-run';
import { restoreJourney } from '../run/restore';
import type { JourneySnapshot } from '../run/snapshot';
import { startJourney } from '../run/start';
import type { JourneyView } from '../view-types';
import { copyTrace, type Movement, type RouteTrace, recordMove, startTrace } from './route-trace';
import type { RouteDecision } from './types';

/** Where the explorer stands on one route: enough to continue it, or to branch from it. */
export interface RouteState {
  snapshot: JourneySnapshot;
  /** The clock, in milliseconds since 1970. */
  now: number;
  trace: RouteTrace;
  /** The answers given so far, by field. */
  answers: Record<string, unknown>;
  /** What was submitted on each page, to submit again when a caseworker sends the resident back. */
  pageInputs: Record<string, Record<string, unknown>>;
  decisions: RouteDecision[];
  /** Tasks ("stepId/taskId") already sent back once, or past their deadline: approved next time. */
  settled: string[];
}

/** Counts engine actions across the whole exploration, so a limit can stop it. */
export interface ActionBudget {
  spent: number;
}

/**
 * A journey run driven by the explorer: a clock it moves itself, and a trace that records each
 * move the way the journey's own routing takes it.
 */
export class RouteDriver {
  readonly trace: RouteTrace;
  readonly answers: Record<string, unknown>;
  readonly pageInputs: Record<string, Record<string, unknown>>;
  readonly decisions: RouteDecision[];
  readonly settled: string[];
  now: number;
  private current: JourneyView;

  private constructor(
    private readonly compiled: CompiledJourney,
    readonly run: JourneyRun,
    private readonly budget: ActionBudget,
    state: Omit<RouteState, 'snapshot'> | null,
    now: number,
  ) {
    this.now = now;
    this.current = run.view();
    this.trace = state
      ? copyTrace(state.trace)
      : startTrace(compiled, this.current.step.id, run.answers, this.today());
    this.answers = { ...(state?.answers ?? {}) };
    this.pageInputs = { ...(state?.pageInputs ?? {}) };
    this.decisions = [...(state?.decisions ?? [])];
    this.settled = [...(state?.settled ?? [])];
  }

  /** A new application on the journey's first step. */
  static start(compiled: CompiledJourney, budget: ActionBudget, now: number): RouteDriver {
    let driver: RouteDriver | undefined;
    const run = startJourney(compiled, { clock: () => new Date(driver?.now ?? now) });
    driver = new RouteDriver(compiled, run, budget, null, now);
    return driver;
  }

  /** Continues a route from its state; null if the engine cannot restore its own snapshot. */
  static resume(compiled: CompiledJourney, budget: ActionBudget, state: RouteState): RouteDriver | null {
    let driver: RouteDriver | undefined;
    const restored = restoreJourney(compiled, state.snapshot, {
      clock: () => new Date(driver?.now ?? state.now),
    });
    if (!restored.ok) return null;
    driver = new RouteDriver(compiled, restored.run, budget, state, state.now);
    return driver;
  }

  today(): string {
    return londonDate(new Date(this.now));
  }

  view(): JourneyView {
    return this.current;
  }

  /** Performs one engine action and records where it led; an exception becomes an error value. */
  act(movement: Movement, action: (run: JourneyRun) => ActionResult): ActionResult {
    this.budget.spent++;
    const from = this.current.step.id;
    let result: ActionResult;
    try {
      result = action(this.run);
    } catch (caught) {
      const message = caught instanceof Error ? caught.message : String(caught);
      return { ok: false, error: engineError('engine.threw', message) };
    }
    if (!result.ok) return result;
    this.current = result.view;
    recordMove(this.trace, this.compiled, {
      from,
      to: result.view.step.id,
      movement,
      answers: this.run.answers as Record<string, unknown>,
      today: this.today(),
      rejected: result.view.tasks.some((t) => t.stepId === from && t.status === 'rejected'),
    });
    return result;
  }

  state(): RouteState {
    return {
      snapshot: this.run.snapshot(),
      now: this.now,
      trace: this.trace,
      answers: this.answers,
      pageInputs: this.pageInputs,
      decisions: this.decisions,
      settled: this.settled,
    };
  }
}
