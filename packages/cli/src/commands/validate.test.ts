import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../main';

const fixtures = join(__dirname, '..', '..', '..', 'schema', 'test', 'fixtures');
const valid = join(fixtures, 'valid', 'bus-pass.json');
const bin = join(__dirname, '..', '..', 'bin', 'fingerpost.js');

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}

describe('fingerpost validate', () => {
  it('exits 0 when every journey is valid', async () => {
    const result = await run(['validate', valid]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('valid (older-persons-bus-pass 1.0.0)');
  });

  it('exits 1 with one file:path: message line per error', async () => {
    const broken = join(fixtures, 'invalid', 'unknown-step.json');
    const result = await run(['validate', valid, broken]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `${broken}:/steps/3/next/0/goTo: There is no step "companion". Did you mean "companions"?`,
    );
    expect(result.stderr).toContain('2 files checked: 1 valid, 1 invalid');
  });

  it('exits 2 for a missing file and for a file that is not JSON, naming each', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fp-validate-'));
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{ "id": ');
    const result = await run(['validate', notJson, join(dir, 'missing.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${notJson}: not valid JSON`);
    expect(result.stderr).toContain('missing.json: cannot read: no such file');
  });

  it('exits 2 with usage when no file is given or the command is unknown', async () => {
    expect((await run(['validate'])).code).toBe(2);
    const unknown = await run(['validat']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "validat"');
  });

  it('works as the installed command', async () => {
    const broken = join(fixtures, 'invalid', 'missing-translation.json');
    const failure = await promisify(execFile)('node', [bin, 'validate', broken]).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stdout).toContain('/steps/1/components/0/label: Give this text in Welsh ("cy") too');
  });
});
