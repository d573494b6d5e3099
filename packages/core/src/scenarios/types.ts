/** What came of running one scenario against the engine. */
export interface ScenarioResult {
  name: string;
  passed: boolean;
  /** Each says what was expected, what happened, and where ("actions[3] (submit "age"): …" or "expect: …"). */
  failures: string[];
  /** The steps visited, in order: pages and the steps residents never see (branches, eligibility). */
  trace: string[];
  /** Eligibility rules that decided, as "stepId/ruleId" (including "stepId/otherwise"). */
  eligibilityRules: string[];
  /** Journey edges taken, as [from, to]. */
  transitions: Array<[string, string]>;
}

export interface ScenarioOptions {
  /** The clock when the scenario does not give `now` (default 2026-01-05T09:00:00Z). */
  now?: string;
}

/** A problem with a scenario file: what is wrong and where (a JSON Pointer into the file). */
export interface ScenarioFileError {
  code: string;
  message: string;
  path: string;
}
