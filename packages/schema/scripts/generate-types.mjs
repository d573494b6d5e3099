// Generates src/generated/*.ts from the JSON Schemas, the single source of truth for the format.
// `--check` fails (exit 1) when the committed files differ from what the schemas generate.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const targets = [
  { schema: 'journey.schema.json', out: 'src/generated/journey.ts' },
  { schema: 'scenario.schema.json', out: 'src/generated/scenario.ts' },
];
const banner =
  '/* Generated from the JSON Schema by scripts/generate-types.mjs. Do not edit: run `pnpm generate`. */';

export async function generate(schemaFile) {
  const schema = JSON.parse(readFileSync(join(root, schemaFile), 'utf8'));
  return compile(schema, schema.title, {
    bannerComment: banner,
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 110 },
  });
}

const check = process.argv.includes('--check');
let stale = 0;
for (const { schema, out } of targets) {
  const fresh = await generate(schema);
  const path = join(root, out);
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {}
  if (current === fresh) continue;
  if (check) {
    stale++;
    console.error(`${out} is out of date with ${schema}. Run: pnpm --filter @fingerpost/schema generate`);
  } else {
    writeFileSync(path, fresh);
    console.log(`wrote ${out}`);
  }
}
process.exitCode = stale ? 1 : 0;
