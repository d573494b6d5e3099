import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCommand } from './test';

const busPassFile = join(__dirname, '..', '..', '..', 'schema', 'test', 'fixtures', 'valid', 'bus-pass.json');
const busPass = JSON.parse(readFileSync(busPassFile, 'utf8'));

const approved = {
  name: 'A pensioner in the borough gets a pass',
  actions: [
    { submit: 'date-of-birth', answers: { dateOfBirth: '1950-03-27' } },
    { submit: 'lives-in-area', answers: { livesInArea: 'yes' } },
    { submit: 'contact', answers: { contactBy: 'post' } },
    { submit: 'companions' },
    { submit: 'check-answers' },
    { decide: 'check-proof-of-age', decision: 'approve', role: 'travel-officer' },
  ],
  expect: { status: 'completed', outcome: 'approved' },
};

const tooYoung = {
  name: 'Too young',
  actions: [
    { submit: 'date-of-birth', answers: { dateOfBirth: '1990-01-01' } },
    { submit: 'lives-in-area', answers: { livesInArea: 'yes' } },
  ],
  expect: { outcome: 'approved' },
};

/** A folder with the journey and, when given, a scenarios/ folder beside it. */
function project(journey: unknown, scenarios: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'fp-test-'));
  writeFileSync(join(dir, 'journey.json'), JSON.stringify(journey));
  if (Object.keys(scenarios).length > 0) {
    mkdirSync(join(dir, 'scenarios'));
    for (const [name, content] of Object.entries(scenarios))
      writeFileSync(
        join(dir, 'scenarios', name),
        typeof content === 'string' ? content : JSON.stringify(content),
      );
  }
  return dir;
}

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await testCommand(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd,
  });
  return { code, stdout, stderr };
}

const file = (scenarios: unknown[]) => ({ journey: 'older-persons-bus-pass', scenarios });

describe('fingerpost test', () => {
  it('exits 0 when the scenarios beside the journey pass and the explorer finds no problem', async () => {
    const dir = project(busPass, { 'approved.json': file([approved]), 'notes.txt': 'not a scenario' });
    const result = await run(['journey.json'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `${join('scenarios', 'approved.json')}\n  ✓ A pensioner in the borough gets a pass`,
    );
    expect(result.stdout).toContain(
      'Route explorer: 6 routes found; ends reached: pass-approved 3, pass-refused 1, not-eligible 2; no problems',
    );
    expect(result.stdout).toContain(
      '  steps: 8/10 reached by scenarios (missing: pass-refused, not-eligible)',
    );
    expect(result.stdout).toContain(
      '  eligibility rules: 1/3 reached by scenarios (missing: check-eligibility/outside-area, check-eligibility/otherwise)',
    );
    expect(result.stdout).toContain('  transitions: 9/9 reached by scenarios and explored routes');
    expect(result.stdout).toContain('gaps are reported, not failures');
    expect(result.stdout).toContain('Passed: 1 scenario passed');
  });

  it('exits 1 and says why when a scenario fails', async () => {
    const dir = project(busPass);
    writeFileSync(join(dir, 'mine.json'), JSON.stringify(file([approved, tooYoung])));
    const result = await run(['journey.json', 'mine.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '  ✗ Too young\n      expect: outcome: expected "approved" but it is "ineligible" (at "not-eligible")',
    );
    expect(result.stdout).toContain('Failed: 1 scenario passed, 1 failed');
  });

  it('exits 1 for a scenario file that does not fit the schema or the journey, naming file and pointer', async () => {
    const dir = project(busPass, {
      'a-broken.json': {
        journey: 'older-persons-bus-pass',
        scenarios: [{ name: 'x', actions: [{ advanceClock: 'soon' }], expect: {} }],
      },
      'b-typo.json': file([{ name: 'typo', actions: [{ submit: 'date-of-brith' }], expect: {} }]),
    });
    const result = await run(['journey.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `${join('scenarios', 'a-broken.json')}:/scenarios/0/actions/0/advanceClock: "soon" is not an ISO 8601 duration such as P7D or PT48H [scenario.pattern]`,
    );
    expect(result.stdout).toContain(
      `${join('scenarios', 'b-typo.json')}:/scenarios/0/actions/0/submit: There is no step "date-of-brith" in the journey. Did you mean "date-of-birth"?`,
    );
    expect(result.stdout).toContain('2 scenario files not run');
  });

  it('exits 1 when the explorer finds a problem, even with no scenarios', async () => {
    // Another version: compiled journeys are cached by id and version.
    const journey = {
      ...busPass,
      version: '1.1.0',
      fields: { ...busPass.fields, reference: { type: 'text' } },
      steps: busPass.steps.map((step: { id: string }) =>
        step.id === 'lives-in-area'
          ? {
              ...step,
              title: { en: 'Where you live', cy: 'Lle rydych yn byw' },
              components: [
                ...(step as unknown as { components: unknown[] }).components,
                {
                  field: 'reference',
                  label: { en: 'Reference', cy: 'Cyfeirnod' },
                  validation: { pattern: '\\b[a-z0-9]{6}\\b' },
                },
              ],
            }
          : step,
      ),
    };
    const result = await run(['journey.json'], project(journey));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('No scenario files in scenarios: only the explorer runs.');
    expect(result.stdout).toContain(
      '✗ lives-in-area: The engine rejected the answers on "lives-in-area" the explorer took to be valid',
    );
    expect(result.stdout).toContain('[answer.rejected] (route: date-of-birth → lives-in-area)');
  });

  it('fails on eligibility rules nothing reaches only with --require-full-rule-coverage', async () => {
    const journey = {
      ...busPass,
      version: '1.2.0',
      steps: busPass.steps.map((step: { id: string; rules?: unknown[] }) =>
        step.id === 'check-eligibility'
          ? {
              ...step,
              rules: [
                ...(step.rules ?? []),
                {
                  id: 'impossible',
                  when: 'livesInArea and not livesInArea',
                  result: 'eligible',
                  reason: { en: 'Never.', cy: 'Byth.' },
                  next: 'contact',
                },
              ],
            }
          : step,
      ),
    };
    const dir = project(journey);
    const relaxed = await run(['journey.json'], dir);
    expect(relaxed.code).toBe(0);
    expect(relaxed.stdout).toContain(
      '  eligibility rules: 3/4 reached by scenarios and explored routes (missing: check-eligibility/impossible)',
    );
    const strict = await run(['journey.json', '--require-full-rule-coverage'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('Failed: 0 scenarios passed, 1 eligibility rule(s) never reached');
  });

  it('prints a machine-readable report with --json, and stops exploring at --max-routes', async () => {
    const dir = project(busPass, { 'approved.json': file([approved]) });
    const result = await run(['journey.json', '--json', '--max-routes', '2'], dir);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.passed).toBe(true);
    expect(report.journey).toEqual({ file: 'journey.json', id: 'older-persons-bus-pass', version: '1.0.0' });
    expect(report.scenarioFiles[0].results[0]).toMatchObject({ name: approved.name, passed: true });
    expect(report.explorer.routes).toHaveLength(2);
    expect(report.explorer.truncatedBy).toBe('maxRoutes');
    expect(report.coverage.scenarios.steps).toEqual({
      total: 10,
      reached: 8,
      missing: ['pass-refused', 'not-eligible'],
    });
    const text = await run(['journey.json', '--max-routes=2'], dir);
    expect(text.stdout).toContain('stopped at 2 routes: raise --max-routes to explore the rest');
  });

  it('exits 1 with the validator’s errors for an invalid journey', async () => {
    const result = await run(['journey.json'], project({ ...busPass, start: 'date-of-brith' }));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('journey.json:/start: ');
    expect(result.stdout).toContain('date-of-birth');
    expect(result.stderr).toContain('the journey is not valid, so its scenarios were not run');
  });

  it('exits 2 for unreadable input and bad usage', async () => {
    const dir = project(busPass, { 'broken.json': '{ "journey": ' });
    const broken = await run(['journey.json'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stdout).toContain(`cannot run: ${join('scenarios', 'broken.json')}: not valid JSON`);
    const missing = await run(['nowhere.json'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.json: cannot read: no such file');
    await expect(run([], dir)).rejects.toThrow('test needs a journey file');
    await expect(run(['journey.json', '--max-routes', 'many'], dir)).rejects.toThrow(
      '--max-routes needs a whole number',
    );
    await expect(run(['journey.json', '--fast'], dir)).rejects.toThrow('unknown option "--fast"');
  });
});
