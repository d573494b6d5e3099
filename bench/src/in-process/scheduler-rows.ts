import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresUrl, withPostgres, withSchema } from '../http/postgres';
import { count, ratio } from '../report/format';
import { measureSchedulerProcesses, type ProcessesResult } from './scheduler-processes';

async function onSqlite(deadlines: number, processes: number): Promise<ProcessesResult> {
  const dir = mkdtempSync(join(tmpdir(), 'fingerpost-bench-deadlines-'));
  try {
    return await measureSchedulerProcesses(join(dir, 'fingerpost.db'), deadlines, processes);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres(deadlines: number, processes: number): Promise<ProcessesResult | null> {
  const base = postgresUrl();
  const schema = `bench_deadlines_${process.pid}_${processes}`;
  if (!(await withPostgres(base, async () => true))) return null;
  try {
    return await measureSchedulerProcesses(withSchema(base, schema), deadlines, processes);
  } finally {
    await withPostgres(base, (client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  }
}

/** Rows of one and two scheduler processes on SQLite and PostgreSQL (left out when it is down). */
export async function schedulerProcessRows(deadlines: number): Promise<string[][]> {
  const rows: string[][] = [];
  const storages = [
    { name: 'SQLite', measure: onSqlite },
    { name: 'PostgreSQL', measure: onPostgres },
  ];
  for (const storage of storages) {
    const one = await storage.measure(deadlines, 1);
    const two = await storage.measure(deadlines, 2);
    if (!one || !two) {
      rows.push([storage.name, '—', 'not reachable', '—', '—']);
      continue;
    }
    for (const result of [one, two])
      rows.push([
        storage.name,
        String(result.processes),
        count(result.firedPerSecond),
        result.firedBy.map(count).join(' + '),
        result === two ? ratio(two.firedPerSecond, one.firedPerSecond) : '',
      ]);
  }
  return rows;
}
