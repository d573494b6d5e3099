import { createRequire } from 'node:module';
import { type LoadSizes, type Measured, measureServer } from '../http/measure';
import { withPostgres } from '../http/postgres';
import type { HttpWorkload } from '../http/workload';
import { seedPostgres, seedSqlite } from './seed';
import { makeTemplate, type StorageConfig } from './template';

/** Pages the seeded template has answered: a few, so a million copies stay a few gigabytes. */
export const TEMPLATE_PAGES = 3;

const fromServer = createRequire(new URL('../../../packages/server/package.json', import.meta.url));

export interface CurvePoint {
  stored: number;
  seedSeconds: number;
  measured: Measured;
}

async function storedCount(
  storage: StorageConfig & { file?: string; schema?: string; baseUrl?: string },
): Promise<number> {
  if (storage.kind === 'sqlite') {
    const Database = fromServer('better-sqlite3') as new (
      file: string,
      options: { readonly: boolean },
    ) => { prepare(sql: string): { get(): { n: number } }; close(): void };
    const db = new Database(storage.file!, { readonly: true });
    try {
      return db.prepare('SELECT count(*) AS n FROM instances').get().n;
    } finally {
      db.close();
    }
  }
  const n = await withPostgres(storage.baseUrl!, async (client) => {
    const result = await client.query(`SELECT count(*)::int AS n FROM ${storage.schema}.instances`);
    return Number(result.rows[0]?.n);
  });
  return n ?? Number.NaN;
}

/**
 * Submission latency as stored applications grow: seed copies of a template application up to
 * each level (bulk SQL, not timed as part of the load), then run the same load as the HTTP bench.
 */
export async function storedCurve(
  workload: HttpWorkload,
  storage: StorageConfig & { file?: string; schema?: string; baseUrl?: string },
  levels: number[],
  sizes: LoadSizes,
  log: (message: string) => void,
): Promise<CurvePoint[]> {
  const template = await makeTemplate(workload, storage, TEMPLATE_PAGES);
  const points: CurvePoint[] = [];
  let seeded = 0;
  for (const level of levels) {
    log(`scaling: ${storage.kind} seeding to ${level.toLocaleString('en-GB')}`);
    const started = process.hrtime.bigint();
    if (storage.kind === 'sqlite') seedSqlite(storage.file!, template, seeded, level);
    else await seedPostgres(storage.baseUrl!, storage.schema!, template, seeded, level);
    const seedSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    seeded = level;
    const stored = await storedCount(storage);
    log(`scaling: ${storage.kind} load with ${stored.toLocaleString('en-GB')} stored`);
    points.push({ stored, seedSeconds, measured: await measureServer(workload, sizes, storage) });
  }
  return points;
}
