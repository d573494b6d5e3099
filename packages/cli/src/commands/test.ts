import { readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import {
  checkScenarioFile,
  coverage,
  exploreRoutes,
  runScenarioFile,
  validateScenarioFile,
} from '@fingerpost/core';
import { type Journey, validateJourney } from '@fingerpost/schema';
import { type CliIo, EXIT, readJsonFile, UsageError } from '../io';
import { formatTestReport, type ScenarioFileReport, type TestReport } from './test-report';

interface TestOptions {
  journeyFile: string;
  scenarioFiles: string[];
  json: boolean;
  maxRoutes: number | undefined;
  requireFullRuleCoverage: boolean;
}

const USAGE =
  'usage: fingerpost test <journey.json> [scenario files…] [--json] [--max-routes N] [--require-full-rule-coverage]';

function parseArgs(args: string[]): TestOptions {
  const files: string[] = [];
  const options = { json: false, maxRoutes: undefined as number | undefined, requireFullRuleCoverage: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') options.json = true;
    else if (arg === '--require-full-rule-coverage') options.requireFullRuleCoverage = true;
    else if (arg === '--max-routes' || arg.startsWith('--max-routes=')) {
      const text = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      const n = Number(text);
      if (!text || !Number.isInteger(n) || n < 1)
        throw new UsageError(`--max-routes needs a whole number of at least 1, not "${text ?? ''}"`);
      options.maxRoutes = n;
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"; ${USAGE}`);
    else files.push(arg);
  }
  const [journeyFile, ...scenarioFiles] = files;
  if (journeyFile === undefined) throw new UsageError(`test needs a journey file; ${USAGE}`);
  return { journeyFile, scenarioFiles, ...options };
}

/** The `*.json` files of the `scenarios/` folder next to the journey, named as the user would type them. */
async function defaultScenarioFiles(
  journeyFile: string,
  cwd: string,
): Promise<{ folder: string; files: string[] }> {
  const folder = join(dirname(journeyFile), 'scenarios');
  try {
    const names = await readdir(resolve(cwd, folder));
    return {
      folder,
      files: names
        .filter((n) => n.endsWith('.json'))
        .sort()
        .map((n) => join(folder, n)),
    };
  } catch {
    return { folder, files: [] };
  }
}

async function runFile(file: string, journey: Journey, cwd: string): Promise<ScenarioFileReport> {
  const read = await readJsonFile(file, cwd);
  if (!read.ok) return { file, unreadable: read.message };
  const checked = validateScenarioFile(read.value);
  if (!checked.ok) return { file, errors: checked.errors };
  const errors = checkScenarioFile(journey, checked.file);
  if (errors.length > 0) return { file, errors };
  return { file, results: runScenarioFile(journey, checked.file) };
}

function verdict(report: Omit<TestReport, 'passed' | 'exitCode'>): { passed: boolean; exitCode: number } {
  if (report.scenarioFiles.some((f) => f.unreadable)) return { passed: false, exitCode: EXIT.usage };
  const failed =
    report.scenarioFiles.some((f) => (f.errors?.length ?? 0) > 0 || f.results?.some((r) => !r.passed)) ||
    report.explorer.problems.length > 0 ||
    (report.requireFullRuleCoverage &&
      report.coverage.scenariosAndRoutes.eligibilityRules.missing.length > 0);
  return { passed: !failed, exitCode: failed ? EXIT.failed : EXIT.ok };
}

/**
 * `fingerpost test <journey.json> [scenario files…]`: validates the journey, runs its scenarios
 * (by default every `*.json` in the `scenarios/` folder beside it), explores every route, and
 * reports coverage. Exit 0 when every scenario passes and the explorer finds no problem; 1 on any
 * failure (coverage gaps only with --require-full-rule-coverage, for eligibility rules); 2 on usage
 * errors and unreadable files.
 */
export async function testCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseArgs(args);
  const read = await readJsonFile(options.journeyFile, io.cwd);
  if (!read.ok) {
    io.stderr.write(`${read.message}\n`);
    return EXIT.usage;
  }
  const validated = validateJourney(read.value);
  if (!validated.ok) {
    if (options.json)
      io.stdout.write(
        `${JSON.stringify({ journey: { file: options.journeyFile }, valid: false, errors: validated.errors, passed: false, exitCode: EXIT.failed }, null, 2)}\n`,
      );
    else
      for (const error of validated.errors)
        io.stdout.write(`${options.journeyFile}:${error.path || '/'}: ${error.message} [${error.code}]\n`);
    io.stderr.write(`${options.journeyFile}: the journey is not valid, so its scenarios were not run\n`);
    return EXIT.failed;
  }
  const journey = validated.journey;
  const found =
    options.scenarioFiles.length > 0 ? null : await defaultScenarioFiles(options.journeyFile, io.cwd);
  const files = found ? found.files : options.scenarioFiles;
  const scenarioFiles: ScenarioFileReport[] = [];
  for (const file of files) scenarioFiles.push(await runFile(file, journey, io.cwd));
  const explorer = exploreRoutes(
    journey,
    options.maxRoutes === undefined ? {} : { maxRoutes: options.maxRoutes },
  );
  const results = scenarioFiles.flatMap((f) => f.results ?? []);
  const partial = {
    journey: { file: options.journeyFile, id: journey.id, version: journey.version },
    scenarioFolder: found ? relative(io.cwd, resolve(io.cwd, found.folder)) || '.' : null,
    scenarioFiles,
    explorer,
    coverage: {
      scenarios: coverage(journey, results),
      scenariosAndRoutes: coverage(journey, [...results, ...explorer.routes]),
    },
    requireFullRuleCoverage: options.requireFullRuleCoverage,
  };
  const report: TestReport = { ...partial, ...verdict(partial) };
  io.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatTestReport(report));
  return report.exitCode;
}
