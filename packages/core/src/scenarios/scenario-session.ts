import type { Scenario } from '@fingerpost/schema';
import { addDuration } from '../approvals/deadlines';
import { londonDate } from '../clock';
import type { CompiledJourney } from '../compile/compiled-journey';
import { type Movement, type RouteTrace, recordMove, startTrace } from '../explore/route-trace';
import type { ActionResult, JourneyRun } from '../run/journey-run';
import { startJourney } from '../run/start';
import type { JourneyView } from '../view-types';

/** One scenario's application: the run, a clock the scenario moves, and the route it has taken. */
export class ScenarioSession {
  readonly run: JourneyRun;
  readonly trace: RouteTrace;
  private now: number;

  constructor(
    private readonly compiled: CompiledJourney,
    scenario: Scenario,
    defaultNow: string,
  ) {
    this.now = Date.parse(scenario.now ?? defaultNow);
    const options = scenario.language === undefined ? {} : { language: scenario.language };
    this.run = startJourney(compiled, { clock: () => new Date(this.now), ...options });
    this.trace = startTrace(compiled, this.view().step.id, this.answers(), this.today());
  }

  today(): string {
    return londonDate(new Date(this.now));
  }

  view(): JourneyView {
    return this.run.view();
  }

  answers(): Record<string, unknown> {
    return this.run.answers as Record<string, unknown>;
  }

  /** Performs one action on the run and records where it led. */
  act(movement: Movement, action: (run: JourneyRun) => ActionResult): ActionResult {
    const from = this.view().step.id;
    const result = action(this.run);
    if (result.ok) {
      recordMove(this.trace, this.compiled, {
        from,
        to: result.view.step.id,
        movement,
        answers: this.answers(),
        today: this.today(),
        rejected: result.view.tasks.some((t) => t.stepId === from && t.status === 'rejected'),
      });
    }
    return result;
  }

  /**
   * Moves the clock on by an ISO 8601 duration, passing each deadline to the engine at its due time,
   * as a host's scheduler would (so a stage decided on its deadline opens the next at that time).
   * Returns the refusals, if any, or null for a malformed duration.
   */
  advanceClock(duration: string): string[] | null {
    const target = addDuration(new Date(this.now).toISOString(), duration);
    if (target === null) return null;
    const until = Date.parse(target);
    const refused: string[] = [];
    const tried = new Set<string>();
    for (;;) {
      const next = this.run.dueDeadlines().find((d) => !tried.has(`${d.taskId}@${d.dueAt}`));
      if (!next || Date.parse(next.dueAt) > until) break;
      tried.add(`${next.taskId}@${next.dueAt}`);
      this.now = Math.max(this.now, Date.parse(next.dueAt));
      const result = this.act('decision', (run) => run.deadlinePassed(next.taskId));
      if (!result.ok)
        refused.push(
          `the deadline of "${next.taskId}" was refused: ${result.error.message} [${result.error.code}]`,
        );
    }
    this.now = Math.max(this.now, until);
    return refused;
  }
}
