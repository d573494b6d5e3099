import { type Journey, stepSuccessors } from '@fingerpost/schema';

/** A route as coverage reads it: a scenario's result (`trace`) or an explored route (`steps`). */
export type CoverageTrace = ({ trace: readonly string[] } | { steps: readonly string[] }) & {
  transitions: ReadonlyArray<readonly [string, string]>;
  eligibilityRules: readonly string[];
};

/** How much of one kind of thing the routes reach, and which ones they miss (in journey order). */
export interface CoverageCount {
  total: number;
  reached: number;
  missing: string[];
}

export interface Coverage {
  steps: CoverageCount;
  /** Edges named "from → to" (an edge is each distinct pair of steps a step can lead between). */
  transitions: CoverageCount;
  /** Rules named "stepId/ruleId"; each eligibility step's `otherwise` is "stepId/otherwise". */
  eligibilityRules: CoverageCount;
}

const edgeName = (from: string, to: string) => `${from} → ${to}`;

function count(all: string[], reached: Set<string>): CoverageCount {
  const missing = all.filter((name) => !reached.has(name));
  return { total: all.length, reached: all.length - missing.length, missing };
}

/**
 * Every step, edge and eligibility rule of a journey, by the names coverage reports.
 * @example coverageTargets(journey).eligibilityRules // ['check-eligibility/outside-area', …, 'check-eligibility/otherwise']
 */
export function coverageTargets(journey: Journey): {
  steps: string[];
  transitions: string[];
  eligibilityRules: string[];
} {
  const transitions = new Set<string>();
  const eligibilityRules: string[] = [];
  for (const step of journey.steps) {
    for (const edge of stepSuccessors(step)) transitions.add(edgeName(step.id, edge.to));
    if (step.type === 'eligibility') {
      for (const rule of step.rules) eligibilityRules.push(`${step.id}/${rule.id}`);
      eligibilityRules.push(`${step.id}/otherwise`);
    }
  }
  return { steps: journey.steps.map((s) => s.id), transitions: [...transitions], eligibilityRules };
}

/**
 * Which steps, transitions and eligibility rules the given routes reach, and which they miss.
 * Call it with scenario results alone, and again with the explored routes added, to see what only
 * the explorer reaches.
 * @example
 * const byScenarios = coverage(journey, results);
 * byScenarios.eligibilityRules.missing; // ['check-eligibility/otherwise']
 * const overall = coverage(journey, [...results, ...explored.routes]);
 */
export function coverage(journey: Journey, traces: readonly CoverageTrace[]): Coverage {
  const targets = coverageTargets(journey);
  const steps = new Set<string>();
  const edges = new Set<string>();
  const rules = new Set<string>();
  for (const trace of traces) {
    for (const id of 'trace' in trace ? trace.trace : trace.steps) steps.add(id);
    for (const [from, to] of trace.transitions) edges.add(edgeName(from, to));
    for (const rule of trace.eligibilityRules) rules.add(rule);
  }
  return {
    steps: count(targets.steps, steps),
    transitions: count(targets.transitions, edges),
    eligibilityRules: count(targets.eligibilityRules, rules),
  };
}
