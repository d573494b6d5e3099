import type {
  Coverage,
  CoverageCount,
  ExploredRoutes,
  ScenarioFileError,
  ScenarioResult,
} from '@fingerpost/core';

/** One scenario file as the test command saw it: unreadable, invalid, or run. */
export interface ScenarioFileReport {
  file: string;
  /** Why the file could not be read or is not JSON. */
  unreadable?: string;
  /** Schema and journey problems: the file was not run. */
  errors?: ScenarioFileError[];
  results?: ScenarioResult[];
}

export interface TestReport {
  journey: { file: string; id: string; version: string };
  /** Where default scenario files were looked for, when none were named. */
  scenarioFolder: string | null;
  scenarioFiles: ScenarioFileReport[];
  explorer: ExploredRoutes;
  coverage: { scenarios: Coverage; scenariosAndRoutes: Coverage };
  requireFullRuleCoverage: boolean;
  passed: boolean;
  exitCode: number;
}

const KINDS: Array<[keyof Coverage, string]> = [
  ['steps', 'steps'],
  ['transitions', 'transitions'],
  ['eligibilityRules', 'eligibility rules'],
];

function coverageLine(label: string, count: CoverageCount, by: string): string {
  const missing = count.missing.length > 0 ? ` (missing: ${count.missing.join(', ')})` : '';
  return `  ${label}: ${count.reached}/${count.total} reached by ${by}${missing}`;
}

function scenarioLines(report: ScenarioFileReport): string[] {
  const lines = [`${report.file}`];
  if (report.unreadable) return [...lines, `  cannot run: ${report.unreadable}`];
  for (const error of report.errors ?? [])
    lines.push(`  ${report.file}:${error.path}: ${error.message} [${error.code}]`);
  for (const result of report.results ?? []) {
    lines.push(`  ${result.passed ? '✓' : '✗'} ${result.name}`);
    for (const failure of result.failures) lines.push(`      ${failure}`);
  }
  return lines;
}

function explorerLines(explored: ExploredRoutes): string[] {
  const ends = Object.entries(explored.ends)
    .map(([end, count]) => `${end} ${count}`)
    .join(', ');
  const lines = [
    `Route explorer: ${explored.routes.length} route${explored.routes.length === 1 ? '' : 's'} found; ends reached: ${ends || 'none'}; ${explored.problems.length === 0 ? 'no problems' : `${explored.problems.length} problem${explored.problems.length === 1 ? '' : 's'}`}`,
  ];
  if (explored.truncatedBy === 'maxRoutes')
    lines.push(`  stopped at ${explored.maxRoutes} routes: raise --max-routes to explore the rest`);
  if (explored.truncatedBy === 'maxActions')
    lines.push(
      `  stopped after ${explored.actions} engine actions: the journey has more combinations than one run explores`,
    );
  for (const problem of explored.problems) {
    const after = problem.steps.length > 0 ? ` (route: ${problem.steps.join(' → ')})` : '';
    lines.push(`  ✗ ${problem.stepId}: ${problem.message} [${problem.code}]${after}`);
    if (problem.input !== undefined) lines.push(`      input: ${JSON.stringify(problem.input)}`);
  }
  return lines;
}

function summary(report: TestReport): string {
  const results = report.scenarioFiles.flatMap((f) => f.results ?? []);
  const failed = results.filter((r) => !r.passed).length;
  const badFiles = report.scenarioFiles.filter((f) => f.unreadable || (f.errors?.length ?? 0) > 0).length;
  const parts = [`${results.length - failed} scenario${results.length - failed === 1 ? '' : 's'} passed`];
  if (failed > 0) parts.push(`${failed} failed`);
  if (badFiles > 0) parts.push(`${badFiles} scenario file${badFiles === 1 ? '' : 's'} not run`);
  if (report.explorer.problems.length > 0)
    parts.push(`${report.explorer.problems.length} explorer problem(s)`);
  const rulesMissing = report.coverage.scenariosAndRoutes.eligibilityRules.missing.length;
  if (report.requireFullRuleCoverage && rulesMissing > 0)
    parts.push(`${rulesMissing} eligibility rule(s) never reached`);
  return `${report.passed ? 'Passed' : 'Failed'}: ${parts.join(', ')}`;
}

/** The report as people read it: each scenario, the explorer's findings, coverage, the verdict. */
export function formatTestReport(report: TestReport): string {
  const lines = [`Testing ${report.journey.id} ${report.journey.version} (${report.journey.file})`, ''];
  if (report.scenarioFiles.length === 0)
    lines.push(
      `No scenario files${report.scenarioFolder ? ` in ${report.scenarioFolder}` : ''}: only the explorer runs.`,
      '',
    );
  for (const file of report.scenarioFiles) lines.push(...scenarioLines(file), '');
  lines.push(...explorerLines(report.explorer), '');
  const rule = report.requireFullRuleCoverage
    ? 'an eligibility rule no scenario or route reaches fails the run'
    : 'gaps are reported, not failures; --require-full-rule-coverage makes missing eligibility rules fail';
  lines.push(`Coverage (${rule}):`);
  for (const [kind, label] of KINDS)
    lines.push(coverageLine(label, report.coverage.scenarios[kind], 'scenarios'));
  for (const [kind, label] of KINDS)
    lines.push(
      coverageLine(label, report.coverage.scenariosAndRoutes[kind], 'scenarios and explored routes'),
    );
  lines.push('', summary(report));
  return `${lines.join('\n')}\n`;
}
