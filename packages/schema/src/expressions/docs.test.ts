import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkExpression } from './check';
import { councilScope, parse } from './council-scope.fixture';
import { EXPRESSION_ERROR_CODES } from './errors';
import { FUNCTIONS } from './functions';

const reference = readFileSync(
  fileURLToPath(new URL('../../../../docs/expressions.md', import.meta.url)),
  'utf8',
);
const examples = [...reference.matchAll(/```expr\n([\s\S]*?)```/g)].map((match) => (match[1] ?? '').trim());

describe('docs/expressions.md', () => {
  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  it.each(examples)('example %s is a valid condition', (example) => {
    expect(checkExpression(parse(example), councilScope, 'boolean')).toEqual([]);
  });

  it.each([...FUNCTIONS.keys()])('documents %s() in the functions table', (name) => {
    const table = reference.slice(reference.indexOf('## Functions'), reference.indexOf('### Ages'));
    expect(table).toMatch(new RegExp(`^\\| [^|]*\`${name}\\(`, 'm'));
  });

  it.each(EXPRESSION_ERROR_CODES)('documents the error code %s', (code) => {
    expect(reference).toMatch(new RegExp(`^\\| \`${code}\` +\\|`, 'm'));
  });
});
