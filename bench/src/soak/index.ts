import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild } from '../http/child';
import { type LoadResult, type Resident, runLoad } from '../http/load';
import { residentPool, startResidents, statusOf } from '../http/residents';
import { type HttpWorkload, httpWorkload } from '../http/workload';
import { bytes, count, millis, percent } from '../report/format';
import type { Benchmark, Section } from '../report/types';

interface SoakSizes {
  pages: number;
  connections: number;
  /** How long the flat-out run that finds the ceiling lasts. */
  ceilingSeconds: number;
  windows: number;
  windowSeconds: number;
}

const FULL: SoakSizes = { pages: 50, connections: 20, ceilingSeconds: 15, windows: 20, windowSeconds: 30 };
const QUICK: SoakSizes = { pages: 10, connections: 5, ceilingSeconds: 2, windows: 3, windowSeconds: 2 };
const SHARE_OF_CEILING = 0.8;
/** The server's default hot-run cache (packages/server/src/runtime/instances.ts, `hotCapacity`). */
const HOT_RUNS = 5_000;

interface Window {
  load: LoadResult;
  /** Applications started so far, this window's included. */
  started: number;
  rss: number;
  heapUsed: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Load over `seconds` on applications started just before, so every request is a valid submission. */
async function loadOn(url: string, workload: HttpWorkload, sizes: SoakSizes, seconds: number, rate?: number) {
  const expected = (rate ?? 2_000) * seconds;
  const count = Math.ceil((expected * 1.5) / workload.sequence.length) + sizes.connections + 10;
  const residents = await startResidents(url, workload.journey.id, count);
  const pool = residentPool(residents);
  const load = await runLoad({
    url,
    connections: sizes.connections,
    seconds,
    ...(rate !== undefined ? { overallRate: rate } : {}),
    sequence: workload.sequence,
    pathOf: (r: Resident, stepId: string) => `/api/v1/instances/${r.instanceId}/steps/${stepId}`,
    take: pool.take,
    finished: pool.finished,
  });
  return { load, pool, started: residents.length };
}

/**
 * Issue 10 §6: a bounded soak on SQLite. The ceiling is measured flat out, then the server is held
 * at 80% of it for `windows × windowSeconds`; each window reports its rate, failures and latency, and
 * the server's memory after a full collection. Reported, not asserted, except that nothing may fail.
 */
export const soakBenchmark: Benchmark = {
  name: 'soak',
  async run(context) {
    const sizes = context.quick ? QUICK : FULL;
    const minutes = (sizes.windows * sizes.windowSeconds) / 60;
    const section: Section = {
      name: 'soak',
      title: 'Soak at 80% of the ceiling on SQLite (issue 10 §6)',
      method: [
        `The server runs in a child process on a temporary SQLite file, with the ${sizes.pages}-page journey of the HTTP benchmark (5 questions a page) and the resident rate limit off; autocannon in the parent sends valid step submissions over ${sizes.connections} keep-alive connections.`,
        `First ${sizes.ceilingSeconds} s flat out find the ceiling; then ${sizes.windows} windows of ${sizes.windowSeconds} s (${minutes.toFixed(1)} minutes of load) at ${percent(SHARE_OF_CEILING)} of it, each on applications started just before it. After each window the server reports its RSS and heap in use after a full garbage collection.`,
        'Afterwards finished applications are read back and must be completed. A failed request (non-2xx, error or timeout) fails the benchmark; latency and memory are reported.',
      ],
      tables: [],
      verdicts: [],
      notes: [],
    };
    const workload = httpWorkload(sizes.pages);
    const dir = mkdtempSync(join(tmpdir(), 'fingerpost-soak-'));
    const child = await startChild({
      kind: 'sqlite',
      storageUrl: `sqlite:${join(dir, 'soak.db')}`,
      pages: sizes.pages,
      journeysDir: workload.journeysDir,
    });
    try {
      context.log('soak: measuring the ceiling');
      const ceiling = await loadOn(child.url, workload, sizes, sizes.ceilingSeconds);
      const rate = Math.max(1, Math.floor(ceiling.load.perSecond * SHARE_OF_CEILING));
      const windows: Window[] = [];
      const finished: Resident[] = [];
      for (let i = 0; i < sizes.windows; i++) {
        context.log(`soak: window ${i + 1} of ${sizes.windows} at ${rate} requests/s`);
        const { load, pool, started } = await loadOn(child.url, workload, sizes, sizes.windowSeconds, rate);
        finished.push(...pool.finishedResidents().slice(0, 3));
        const before = windows.at(-1)?.started ?? ceiling.started;
        windows.push({ load, started: before + started, ...(await child.memory()) });
      }
      const failed = windows.reduce((n, w) => n + w.load.failed, ceiling.load.failed);
      const total = windows.reduce((n, w) => n + w.load.requests, 0);
      if (failed > 0) context.fail(`soak: ${failed} requests failed\n${child.stderr().slice(-2000)}`);
      for (const resident of finished) {
        const status = await statusOf(child.url, resident);
        if (status !== 'completed') context.fail(`soak: application ${resident.instanceId} is ${status}`);
      }
      section.tables.push({
        title: `Ceiling ${count(ceiling.load.perSecond)} requests/s; held at ${count(rate)} requests/s`,
        columns: [
          'Window',
          'Requests',
          'Requests/s',
          'Failed',
          'p50',
          'p99',
          'Applications so far',
          'RSS',
          'Heap after GC',
        ],
        rows: windows.map((w, i) => [
          `${i + 1} (${i * sizes.windowSeconds}–${(i + 1) * sizes.windowSeconds} s)`,
          count(w.load.requests),
          count(w.load.perSecond),
          count(w.load.failed),
          millis(w.load.p50),
          millis(w.load.p99),
          count(w.started),
          bytes(w.rss),
          bytes(w.heapUsed),
        ]),
      });
      const third = Math.max(1, Math.floor(windows.length / 3));
      const early = windows.slice(0, third);
      const late = windows.slice(-third);
      const p99Drift =
        median(late.map((w) => w.load.p99)) / Math.max(0.001, median(early.map((w) => w.load.p99)));
      const heapDrift = median(late.map((w) => w.heapUsed)) / median(early.map((w) => w.heapUsed));
      // The server keeps up to HOT_RUNS recent applications in memory (instances.ts): the heap grows
      // until that cache is full by design. A leak shows as growth after it.
      const full = windows.findIndex((w) => w.started >= HOT_RUNS);
      const settled = full >= 0 && full < windows.length - 1 ? windows.slice(full + 1) : [];
      const settledDrift = settled.length > 1 ? settled.at(-1)!.heapUsed / settled[0]!.heapUsed : Number.NaN;
      section.verdicts.push(
        {
          what: 'Failed requests',
          target: '0',
          measured: `${count(failed)} of ${count(total)}`,
          met: failed === 0,
        },
        {
          what: 'p99 stable: median of the last third of windows over the first third',
          target: '≤ 1.5×',
          measured: `${p99Drift.toFixed(2)}×`,
          met: p99Drift <= 1.5,
        },
        {
          what: 'Memory flat: heap after GC, median of the last third of windows over the first third',
          target: '≤ 1.2×',
          measured: `${heapDrift.toFixed(2)}×`,
          met: heapDrift <= 1.2,
        },
        {
          what: `Memory flat once the server's ${count(HOT_RUNS)} hot applications are cached: heap after GC, last window over the first window after the cache filled`,
          target: '≤ 1.1×',
          measured: Number.isNaN(settledDrift)
            ? 'the cache did not fill in this run'
            : `${settledDrift.toFixed(2)}× over ${settled.length} windows`,
          met: settledDrift <= 1.1,
        },
      );
      section.notes.push(
        `The server keeps up to ${count(HOT_RUNS)} recently used applications in memory (its hot-run cache), so the heap grows until that many have been started and then should stay level: the last verdict looks only at the windows after that.`,
      );
      if (context.quick)
        section.notes.push('Quick run (seconds, not minutes): the numbers only show that the soak works.');
    } finally {
      await child.stop();
      rmSync(dir, { recursive: true, force: true });
      rmSync(workload.journeysDir, { recursive: true, force: true });
    }
    return section;
  },
};
