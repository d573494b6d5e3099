import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { exploreRoutes } from '@fingerpost/core';
import { validateJourney } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import type { ImportFormat } from '../src/types';
import { fixture, imported } from './support/fixtures';

const FORMATS: ImportFormat[] = ['xgov', 'defra', 'govuk-forms'];

describe.each(FORMATS)('every %s fixture', (format) => {
  const files = readdirSync(join(__dirname, 'fixtures', format)).map((f) => f.replace(/\.json$/, ''));

  it('has fixtures to import', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s imports as a valid journey whose every route the explorer can finish', (name) => {
    const { journey, report } = imported(format, fixture(format, name));
    expect(validateJourney(JSON.parse(JSON.stringify(journey)))).toEqual({ ok: true, journey });
    const explored = exploreRoutes(journey);
    expect(explored.problems).toEqual([]);
    expect(explored.truncated).toBe(false);
    const ends = journey.steps.filter((s) => s.type === 'end').map((s) => s.id);
    expect(Object.keys(explored.ends).sort()).toEqual(ends.sort());
    expect(report.mapped.length).toBeGreaterThan(0);
    for (const item of [...report.mapped, ...report.approximated, ...report.dropped]) {
      expect(item.path === '' || item.path.startsWith('/')).toBe(true);
      expect(item.why.length).toBeGreaterThan(0);
    }
  });
});
