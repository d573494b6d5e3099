import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresUrl, withPostgres, withSchema } from '../http/postgres';
import { serverSource } from '../http/server-module';
import { httpWorkload } from '../http/workload';
import { count, millis } from '../report/format';
import type { Benchmark, Section } from '../report/types';
import { type CurvePoint, storedCurve, TEMPLATE_PAGES } from './stored';

function rows(label: string, points: CurvePoint[]): string[][] {
  return points.map((p) => [
    label,
    count(p.stored),
    `${p.seedSeconds.toFixed(1)} s`,
    count(p.measured.load.perSecond),
    millis(p.measured.load.p50),
    millis(p.measured.load.p99),
  ]);
}

/** Issue 9 §3: submission latency with 1 thousand, 100 thousand and 1 million stored applications. */
export const scalingBenchmark: Benchmark = {
  name: 'scaling',
  async run(context) {
    const sizes = context.quick
      ? { pages: 10, levels: [200], connections: 5, warmup: 20, seconds: 1 }
      : { pages: 50, levels: [1000, 100_000, 1_000_000], connections: 50, warmup: 500, seconds: 8 };
    const section: Section = {
      name: 'scaling',
      title: 'Scaling with stored applications (issue 9 §3)',
      method: [
        `One application of the HTTP benchmark's journey is started through the API and ${TEMPLATE_PAGES} pages answered; its row and its events are then copied with bulk SQL (new id, reference and resume token hash per copy) up to each level, and the HTTP load is run again (${sizes.connections} connections, ${count(sizes.warmup)} requests warm-up, ${sizes.seconds} s measured) against a fresh server process on that storage. The count is read back from the database, so it includes the applications the loads themselves started.`,
        'Compile time by journey size is in the Engine section.',
      ],
      tables: [],
      verdicts: [],
      notes: [
        'Resident page render time per page type and deadline scheduler throughput (one process) are in the next section; the scheduler with two server processes is not timed yet.',
      ],
    };
    if (!serverSource()) {
      section.notes.push('Not measured: @fingerpost/server has no src/index.ts yet.');
      return section;
    }
    const workload = httpWorkload(sizes.pages);
    const tempDir = mkdtempSync(join(tmpdir(), 'fingerpost-bench-scale-'));
    const pgBase = postgresUrl();
    const schema = `bench_scale_${process.pid}_${Date.now()}`;
    const table = {
      title: 'Step submissions as stored applications grow',
      columns: ['Storage', 'Stored applications', 'Seeding time (this level)', 'Requests/s', 'p50', 'p99'],
      rows: [] as string[][],
    };
    try {
      const file = join(tempDir, 'scale.db');
      const sqlite = await storedCurve(
        workload,
        { kind: 'sqlite', storageUrl: `sqlite:${file}`, file },
        sizes.levels,
        sizes,
        context.log,
      );
      table.rows.push(...rows('SQLite', sqlite));
      const points = [...sqlite];
      if (await withPostgres(pgBase, async () => true)) {
        const pg = await storedCurve(
          workload,
          { kind: 'postgres', storageUrl: withSchema(pgBase, schema), schema, baseUrl: pgBase },
          sizes.levels,
          sizes,
          context.log,
        );
        table.rows.push(...rows('PostgreSQL', pg));
        points.push(...pg);
      } else {
        section.notes.push('PostgreSQL was not reachable: not measured.');
      }
      for (const p of points) for (const problem of p.measured.problems) context.fail(problem);
    } finally {
      await withPostgres(pgBase, (client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
      rmSync(tempDir, { recursive: true, force: true });
      rmSync(workload.journeysDir, { recursive: true, force: true });
    }
    section.tables.push(table);
    if (context.quick)
      section.notes.push('Quick run (tiny sizes): the numbers only show that the benchmark works.');
    return section;
  },
};
