export { type Coverage, type CoverageCount, type CoverageTrace, coverage, coverageTargets } from './coverage';
export { checkExpectation } from './expectations';
export { runScenario, runScenarioFile } from './run-scenario';
export { checkScenarioFile } from './scenario-check';
export { validateScenarioFile } from './scenario-file';
export type { ScenarioFileError, ScenarioOptions, ScenarioResult } from './types';
