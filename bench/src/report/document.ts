import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { machineLines } from './machine';
import { markdownSection } from './render';
import type { Section } from './types';

const INTRO = [
  '# Benchmarks',
  '',
  'Written by `pnpm bench` (`bench/src/run.ts`); do not edit by hand. Every number comes from one run',
  'on the machine below, and every ratio compares Fingerpost with a baseline measured in the same run.',
  'Benchmarks are not tests: CI only runs the quick mode (tiny sizes, `--quick --no-write`) to check it works.',
  'They do check correctness facts (identical validation outcomes in Fingerpost and SurveyJS, every',
  'HTTP request answered 2xx) and exit non-zero when one breaks.',
];

const MARKER = /<!-- bench:([a-z-]+) -->[\s\S]*?<!-- \/bench:\1 -->/g;

/** The sections already in the document, by name, so a `--only` run keeps the others. */
function existingSections(path: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!existsSync(path)) return found;
  for (const match of readFileSync(path, 'utf8').matchAll(MARKER)) found.set(match[1]!, match[0]);
  return found;
}

/**
 * Rewrites docs/benchmarks.md: the machine, then one part per benchmark in `order`. Parts not run
 * this time are kept from the previous document (each part says when and how it was measured).
 */
export function writeDocument(path: string, sections: Section[], order: string[], runLine: string): void {
  const kept = existingSections(path);
  const fresh = new Map(sections.map((s) => [s.name, markdownSection(s, runLine)]));
  const parts = order.flatMap((name) => {
    const part = fresh.get(name) ?? kept.get(name);
    return part ? [part] : [];
  });
  const machine = ['## Machine', '', ...machineLines()];
  writeFileSync(path, `${[...INTRO, '', ...machine, '', ...parts].join('\n')}\n`);
}
