import type { Journey, Scenario, ScenarioFile } from '@fingerpost/schema';
import { compiledFrom } from '../compile/compile-journey';
import type { CompiledJourney } from '../compile/compiled-journey';
import { DEFAULT_EXPLORER_NOW } from '../explore/explore-routes';
import { ruleIds } from '../explore/route-trace';
import { checkExpectation } from './expectations';
import { describeAction, performAction } from './scenario-actions';
import { ScenarioSession } from './scenario-session';
import type { ScenarioOptions, ScenarioResult } from './types';

function result(name: string, failures: string[], session: ScenarioSession | null): ScenarioResult {
  return {
    name,
    passed: failures.length === 0,
    failures,
    trace: session ? [...session.trace.steps] : [],
    eligibilityRules: session ? ruleIds(session.trace) : [],
    transitions: session ? [...session.trace.transitions] : [],
  };
}

/**
 * Runs one scenario against the engine with a clock it controls (the scenario's `now`, else
 * 2026-01-05T09:00:00Z): each action in turn, then the expectations. A failure names the action
 * (`actions[3] (submit "age")`) or `expect`, what was expected and what happened. An action that
 * leaves the scenario unable to go on (a page refused, the wrong page) stops it there.
 * @example
 * const outcome = runScenario(journey, {
 *   name: 'Too young',
 *   actions: [{ submit: 'date-of-birth', answers: { dateOfBirth: '1990-05-01' } }],
 *   expect: { step: 'lives-in-area' },
 * });
 * if (!outcome.passed) console.log(outcome.failures.join('\n'));
 */
export function runScenario(
  journey: Journey | CompiledJourney,
  scenario: Scenario,
  options: ScenarioOptions = {},
): ScenarioResult {
  const compiled = compiledFrom(journey);
  const start = scenario.now ?? options.now ?? DEFAULT_EXPLORER_NOW;
  if (Number.isNaN(Date.parse(start)))
    return result(
      scenario.name,
      [`now: "${start}" is not a date and time such as 2026-03-02T09:00:00Z`],
      null,
    );
  const session = new ScenarioSession(compiled, scenario, start);
  const failures: string[] = [];
  for (const [index, action] of scenario.actions.entries()) {
    let outcome: ReturnType<typeof performAction>;
    try {
      outcome = performAction(session, action, compiled.journey);
    } catch (caught) {
      const message = caught instanceof Error ? caught.message : String(caught);
      outcome = { failures: [`the engine threw instead of answering: ${message}`], stop: true };
    }
    const at = `actions[${index}] (${describeAction(action)})`;
    const messages = outcome.failures.map((failure) => `${at}: ${failure}`);
    if (outcome.stop) {
      const left = scenario.actions.length - index - 1;
      const skipped =
        left > 0 ? `${left} later action${left === 1 ? '' : 's'} and the expectations` : 'the expectations';
      messages[messages.length - 1] += ` (the scenario stopped here: ${skipped} were not checked)`;
    }
    failures.push(...messages);
    if (outcome.stop) {
      return result(scenario.name, failures, session);
    }
  }
  const final = checkExpectation(scenario.expect, session.view(), session.answers(), compiled.journey);
  failures.push(...final.map((failure) => `expect: ${failure}`));
  return result(scenario.name, failures, session);
}

/**
 * Runs every scenario of a file, in order. Check the file first with validateScenarioFile and
 * checkScenarioFile: this runs what it is given.
 * @example
 * const results = runScenarioFile(journey, file);
 * const failed = results.filter((r) => !r.passed);
 */
export function runScenarioFile(
  journey: Journey | CompiledJourney,
  file: ScenarioFile,
  options: ScenarioOptions = {},
): ScenarioResult[] {
  const compiled = compiledFrom(journey);
  return file.scenarios.map((scenario) => runScenario(compiled, scenario, options));
}
