import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { main } from '../main';

const valid = join(__dirname, '..', '..', '..', 'schema', 'test', 'fixtures', 'valid', 'bus-pass.json');

async function types(file: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(['types', file], {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}

function compileStrict(source: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'fp-types-'));
  const file = join(dir, 'answers.ts');
  writeFileSync(file, source);
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('fingerpost types', () => {
  it('prints an answers interface that compiles under tsc --strict and types each field', async () => {
    const result = await types(valid);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('export interface OlderPersonsBusPassAnswers');
    expect(result.stdout).toMatch(/contactBy\?: "email" \| "post"/);
    expect(result.stdout).toMatch(/livesInArea\?: boolean/);
    expect(result.stdout).toMatch(/companions\?: \{\s*name\?: string;\s*\}\[\]/);
    const usage = `${result.stdout}\nconst a: OlderPersonsBusPassAnswers = { dateOfBirth: '1950-01-01', contactBy: 'post', companions: [{ name: 'Ann' }] };\nexport { a };\n`;
    expect(compileStrict(usage)).toEqual([]);
    const misuse = `${result.stdout}\nconst a: OlderPersonsBusPassAnswers = { contactBy: 'fax' };\nexport { a };\n`;
    expect(compileStrict(misuse).join('\n')).toContain('"fax"');
  });

  it('refuses an invalid journey with its errors and exit 1', async () => {
    const broken = join(
      __dirname,
      '..',
      '..',
      '..',
      'schema',
      'test',
      'fixtures',
      'invalid',
      'unknown-field.json',
    );
    const result = await types(broken);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('/steps/1/components/0/field');
  });
});
