import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = join(__dirname, '..');

/** A copy of the files the generator reads and writes, so a test can change the schema safely. */
function copyOfPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fp-schema-'));
  for (const path of ['journey.schema.json', 'scenario.schema.json', 'scripts', 'src/generated'])
    cpSync(join(packageDir, path), join(dir, path), { recursive: true });
  // The generator imports json-schema-to-typescript; let the copy resolve it from this package.
  symlinkSync(join(packageDir, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

describe('the TypeScript types generated from the JSON Schema', () => {
  it('are up to date with the schema', async () => {
    const result = await run('node', [join(packageDir, 'scripts/generate-types.mjs'), '--check']);
    expect(result.stderr).toBe('');
  });

  it('are reported stale as soon as the schema changes', async () => {
    const dir = copyOfPackage();
    const schemaFile = join(dir, 'journey.schema.json');
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    schema.properties.referencePrefix.description = 'Changed without regenerating the types.';
    writeFileSync(schemaFile, JSON.stringify(schema));
    const failure = await run('node', [join(dir, 'scripts/generate-types.mjs'), '--check']).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('src/generated/journey.ts is out of date with journey.schema.json');
  });
});
