import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateJourney } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { importCommand } from './import';
import { testCommand } from './test';

const fixtures = join(__dirname, '..', '..', '..', 'import', 'test', 'fixtures');
const xgovForm = join(fixtures, 'xgov', 'blue-badge-routing.json');
const govukForm = join(fixtures, 'govuk-forms', 'bulky-waste-routing.json');

async function run(args: string[], cwd = mkdtempSync(join(tmpdir(), 'fp-import-'))) {
  let stdout = '';
  let stderr = '';
  const code = await importCommand(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd,
  }).catch((error: Error) => {
    stderr += `${error.name}: ${error.message}`;
    return error.name === 'UsageError' ? 2 : -1;
  });
  return { code, stdout, stderr, cwd };
}

describe('fingerpost import', () => {
  it('writes a valid journey and its report for each form, and exits 0', async () => {
    const result = await run(['--from', 'xgov', xgovForm, '--out', 'journeys']);
    expect(result.code).toBe(0);
    const dir = join(result.cwd, 'journeys', 'apply-for-a-blue-badge');
    expect(result.stdout).toContain(
      `imported as ${join('journeys', 'apply-for-a-blue-badge', 'journey.json')}`,
    );
    const journey = JSON.parse(readFileSync(join(dir, 'journey.json'), 'utf8'));
    expect(validateJourney(journey).ok).toBe(true);
    const markdown = readFileSync(join(dir, 'import-report.md'), 'utf8');
    expect(markdown).toContain('# Import report: apply-for-a-blue-badge');
    expect(markdown).toContain(
      '| `/pages/3/next/5` | link to "/nowhere" | no page of the form has this path |',
    );
    const report = JSON.parse(readFileSync(join(dir, 'import-report.json'), 'utf8'));
    expect(report).toMatchObject({ format: 'xgov', journey: 'apply-for-a-blue-badge' });
    expect(report.dropped.length).toBeGreaterThan(0);
  });

  it('exits 1 and says why when a form cannot be imported, still writing the others', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fp-import-'));
    writeFileSync(join(cwd, 'empty.json'), JSON.stringify({ name: 'Empty', steps: [] }));
    const result = await run(['--from=govuk-forms', govukForm, 'empty.json'], cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'empty.json: cannot import: The form document has no "steps": there is nothing to import (at /steps) [import.no-pages]',
    );
    expect(result.stderr).toContain('2 forms: 1 imported, 1 could not be imported');
    expect(
      JSON.parse(readFileSync(join(cwd, 'book-a-bulky-waste-collection', 'journey.json'), 'utf8')).id,
    ).toBe('book-a-bulky-waste-collection');
  });

  it('numbers a second form with the same name rather than overwrite the first', async () => {
    const result = await run(['--from', 'xgov', xgovForm, xgovForm]);
    expect(result.code).toBe(0);
    const second = JSON.parse(
      readFileSync(join(result.cwd, 'apply-for-a-blue-badge-2', 'journey.json'), 'utf8'),
    );
    expect(second.id).toBe('apply-for-a-blue-badge-2');
  });

  it('never replaces an existing journey without --force', async () => {
    const first = await run(['--from', 'xgov', xgovForm]);
    const again = await run(['--from', 'xgov', xgovForm], first.cwd);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists; use --force to replace it');
    expect((await run(['--from', 'xgov', xgovForm, '--force'], first.cwd)).code).toBe(0);
  });

  it('exits 2 for a file it cannot read or parse', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fp-import-'));
    writeFileSync(join(cwd, 'broken.json'), '{ "pages": ');
    const result = await run(['--from', 'defra', 'broken.json', 'missing.json'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('broken.json: not valid JSON');
    expect(result.stderr).toContain('missing.json: cannot read: no such file');
  });

  it.each([
    [[xgovForm], 'say which format the forms are in with --from xgov|defra|govuk-forms'],
    [['--from', 'typeform', xgovForm], 'unknown format "typeform": use one of xgov, defra, govuk-forms'],
    [['--from', 'xgov'], 'import needs at least one form file'],
    [['--from', 'xgov', xgovForm, '--out'], '--out needs a value'],
    [['--from', 'xgov', '--to', 'x', xgovForm], 'unknown option "--to"'],
  ])('refuses %j as a usage error', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

describe('imported journeys and fingerpost test', () => {
  const forms: Array<[string, string]> = readdirSync(fixtures).flatMap((format) =>
    readdirSync(join(fixtures, format)).map((file): [string, string] => [format, file]),
  );

  it.each(forms)(
    'fingerpost test explores every route of the imported %s form %s without a problem',
    async (format, file) => {
      const imported = await run(['--from', format, join(fixtures, format, file)]);
      expect(imported.code).toBe(0);
      const journeyFile = /imported as (\S+)/.exec(imported.stdout)![1]!;
      let stdout = '';
      const code = await testCommand([journeyFile], {
        stdout: { write: (t: string) => (stdout += t) },
        stderr: { write: () => true },
        cwd: imported.cwd,
      });
      expect(code, stdout).toBe(0);
    },
  );
});
