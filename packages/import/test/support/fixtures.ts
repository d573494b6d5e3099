import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Journey } from '@fingerpost/schema';
import { expect } from 'vitest';
import { importForm } from '../../src/index';
import type { ImportFormat, ImportReport } from '../../src/types';
import type { Json } from './json';

const folder = join(__dirname, '..', 'fixtures');

/** A fixture's JSON, parsed afresh for each caller. */
export function fixture(format: ImportFormat, name: string): Json {
  return JSON.parse(readFileSync(join(folder, format, `${name}.json`), 'utf8'));
}

/** Imports a fixture, failing the test with the importer's error when it cannot. */
export function imported(format: ImportFormat, source: unknown): { journey: Journey; report: ImportReport } {
  const result = importForm(format, source);
  if (!result.ok) return expect.fail(`the import failed: ${result.error.code} ${result.error.message}`);
  return result;
}

/** The report items (of any kind) at a source path. */
export function itemsAt(report: ImportReport, path: string) {
  return {
    mapped: report.mapped.filter((i) => i.path === path),
    approximated: report.approximated.filter((i) => i.path === path),
    dropped: report.dropped.filter((i) => i.path === path),
  };
}
