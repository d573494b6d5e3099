import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, millis, percent } from '../report/format';
import type { BenchContext, Benchmark, Section, Table, Verdict } from '../report/types';
import { type LoadSizes, type Measured, measureBare, measureServer } from './measure';
import { postgresUrl, withPostgres, withSchema } from './postgres';
import { serverSource } from './server-module';
import { httpWorkload } from './workload';

const TARGETS = { sqlite: 0.3, postgres: 0.15, p99Ms: 20 };

type Storage = { kind: 'sqlite' | 'postgres'; storageUrl: string; label: string };

function row(label: string, m: Measured, bare: Measured): string[] {
  return [
    label,
    count(m.load.requests),
    count(m.load.perSecond),
    millis(m.load.p50),
    millis(m.load.p99),
    percent(m.load.perSecond / bare.load.perSecond),
  ];
}

async function measureStorage(
  context: BenchContext,
  workload: ReturnType<typeof httpWorkload>,
  sizes: LoadSizes,
  storage: Storage,
  bare: Measured,
  verdicts: Verdict[],
): Promise<Measured> {
  context.log(`http: ${storage.label}`);
  const measured = await measureServer(workload, sizes, storage);
  for (const p of measured.problems) context.fail(p);
  const share = measured.load.perSecond / bare.load.perSecond;
  const wanted = TARGETS[storage.kind];
  const throughput: Verdict = {
    what: `${storage.label}: requests/s as a share of the bare endpoint`,
    target: `≥ ${percent(wanted)}`,
    measured: percent(share),
    met: share >= wanted,
  };
  const latency: Verdict = {
    what: `${storage.label}: p99 at ${sizes.connections} connections`,
    target: `< ${TARGETS.p99Ms} ms`,
    measured: millis(measured.load.p99),
    met: measured.load.p99 < TARGETS.p99Ms,
  };
  if (!throughput.met || !latency.met) {
    if (!context.quick) context.log(`profiling the ${storage.label} server`);
    const limits = context.quick
      ? 'Not profiled in --quick.'
      : `Server CPU profile under the same load: ${(await measureServer(workload, { ...sizes, seconds: 10 }, storage, true)).profile}`;
    if (!throughput.met) throughput.limits = limits;
    if (!latency.met) latency.limits = throughput.met || context.quick ? limits : 'See the profile above.';
  }
  verdicts.push(throughput, latency);
  return measured;
}

/** Issue 9 §2 and issue 5 §8: step submissions over real HTTP against a bare Hono endpoint. */
export const httpBenchmark: Benchmark = {
  name: 'http',
  async run(context) {
    const sizes: LoadSizes & { pages: number } = context.quick
      ? { pages: 10, connections: 5, warmup: 20, seconds: 1 }
      : { pages: 50, connections: 50, warmup: 1000, seconds: 15 };
    const source = serverSource();
    const section: Section = {
      name: 'http',
      title: 'HTTP vs the ceiling (issue 9 §2, issue 5 §8)',
      method: [
        `Each server runs in its own child process on loopback; autocannon runs in the parent with ${sizes.connections} keep-alive connections, a warm-up of ${count(sizes.warmup)} requests (four times that for the bare endpoint), then ${sizes.seconds} s measured.`,
        `Every request is a valid step submission: the SurveyJS comparison's ${sizes.pages}-page journey (5 questions a page), published from a temporary folder. Applications are started through the API beforehand; each connection plays residents one after another, sending one application's pages in order (\`POST /api/v1/instances/{id}/steps/{page}\` with the resume token) and then taking a fresh application, so the server validates, moves on and persists on every request. Afterwards finished applications are read back and must be completed.`,
        'The bare endpoint is Hono on @hono/node-server that parses the same JSON bodies, validates them with ajv against the same page rules, and returns them: no engine, no storage.',
        `The load generator and the server share this machine's ${os.cpus().length} cores, so the ceiling is this machine's, not a production server's.`,
        'SQLite: a temporary file. PostgreSQL: FINGERPOST_TEST_PG_URL (or the local test database) with a fresh schema, dropped afterwards. The resident rate limit is turned off for the run.',
      ],
      tables: [],
      verdicts: [],
      notes: [],
    };
    if (!source) {
      section.notes.push(
        'Not measured: @fingerpost/server has no src/index.ts yet. The harness runs as soon as it exists.',
      );
      return section;
    }
    section.notes.push(
      'Each server row says what was measured: `dist` is the build of @fingerpost/server; `src` means its build was missing or older than its sources when that server started, so its TypeScript ran through tsx (slower: tsx wraps every function it creates to keep its name). Run `pnpm build` first (the root `pnpm bench` should) to measure the build.',
    );
    const workload = httpWorkload(sizes.pages);
    const tempDir = mkdtempSync(join(tmpdir(), 'fingerpost-bench-db-'));
    const pgBase = postgresUrl();
    const schema = `bench_${process.pid}_${Date.now()}`;
    try {
      context.log('http: bare endpoint');
      const bare = await measureBare(workload, sizes);
      for (const p of bare.problems) context.fail(p);
      const rows = [
        [
          'Bare Hono + ajv (ceiling)',
          count(bare.load.requests),
          count(bare.load.perSecond),
          millis(bare.load.p50),
          millis(bare.load.p99),
          '100%',
        ],
      ];
      const sqlite = await measureStorage(
        context,
        workload,
        sizes,
        { kind: 'sqlite', storageUrl: `sqlite:${join(tempDir, 'bench.db')}`, label: 'SQLite' },
        bare,
        section.verdicts,
      );
      rows.push(row(`Fingerpost on SQLite (${sqlite.source})`, sqlite, bare));
      const reachable = await withPostgres(pgBase, async () => true);
      if (reachable) {
        const pg = await measureStorage(
          context,
          workload,
          sizes,
          { kind: 'postgres', storageUrl: withSchema(pgBase, schema), label: 'PostgreSQL' },
          bare,
          section.verdicts,
        );
        rows.push(row(`Fingerpost on PostgreSQL (${pg.source})`, pg, bare));
      } else if (process.env.FINGERPOST_REQUIRE_PG) {
        context.fail(
          `PostgreSQL is required (FINGERPOST_REQUIRE_PG) but ${pgBase.replace(/\/\/[^@]*@/, '//…@')} cannot be reached`,
        );
      } else {
        section.notes.push('PostgreSQL was not reachable: not measured.');
      }
      const table: Table = {
        title: `Step submissions, ${sizes.connections} connections`,
        columns: ['Endpoint', 'Requests', 'Requests/s', 'p50', 'p99', 'Share of bare'],
        rows,
      };
      section.tables.push(table);
    } finally {
      await withPostgres(pgBase, (client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
      rmSync(tempDir, { recursive: true, force: true });
      rmSync(workload.journeysDir, { recursive: true, force: true });
    }
    if (context.quick)
      section.notes.push('Quick run (tiny sizes): the numbers only show that the benchmark works.');
    return section;
  },
};
