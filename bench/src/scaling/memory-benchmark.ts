import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverSource } from '../http/server-module';
import { httpWorkload } from '../http/workload';
import { bytes, count } from '../report/format';
import type { Benchmark, Section } from '../report/types';
import { leakCheck, touchedMemory } from './memory';

/** Growth under this is none whatever the samples' spread. */
const NO_GROWTH_BYTES = 1024 * 1024;

/** Issue 9 §4: server RSS with 10,000 applications touched, and a leak check across 100,000 submissions. */
export const memoryBenchmark: Benchmark = {
  name: 'memory',
  async run(context) {
    const sizes = context.quick
      ? { pages: 10, touched: 50, chunks: 3, chunkSize: 100, connections: 5, hotCapacity: 20 }
      : { pages: 50, touched: 10_000, chunks: 10, chunkSize: 10_000, connections: 50, hotCapacity: 200 };
    const section: Section = {
      name: 'memory',
      title: 'Server memory (issue 9 §4)',
      method: [
        `The server on SQLite (a temporary file) in a child process; memory is read in that process after three forced collections. "Touched": ${count(sizes.touched)} applications started and their first page submitted through the API, with the default hot cache.`,
        `Leak check: ${sizes.chunks} runs of ${count(sizes.chunkSize)} step submissions (${sizes.connections} connections, residents going through the whole ${sizes.pages}-page journey), memory sampled after each; the hot cache is set to ${sizes.hotCapacity} applications so it is full after the first run, and the slope (least squares) is taken from the first run's end onwards.`,
      ],
      tables: [],
      verdicts: [],
      notes: [],
    };
    if (!serverSource()) {
      section.notes.push('Not measured: @fingerpost/server has no src/index.ts yet.');
      return section;
    }
    const workload = httpWorkload(sizes.pages);
    const tempDir = mkdtempSync(join(tmpdir(), 'fingerpost-bench-mem-'));
    try {
      context.log(`memory: touching ${sizes.touched} applications`);
      const touched = await touchedMemory(
        workload,
        { kind: 'sqlite', storageUrl: `sqlite:${join(tempDir, 'touched.db')}` },
        sizes.touched,
      );
      if (touched.failed > 0) context.fail(`memory: ${touched.failed} first-page submissions failed`);
      context.log(`memory: leak check over ${count(sizes.chunks * sizes.chunkSize)} submissions`);
      const leak = await leakCheck(
        workload,
        { kind: 'sqlite', storageUrl: `sqlite:${join(tempDir, 'leak.db')}` },
        sizes,
      );
      if (leak.failed > 0) context.fail(`memory: ${leak.failed} submissions failed in the leak check`);
      section.tables.push({
        title: `Applications touched (${count(sizes.touched)})`,
        columns: ['Measure', 'Before', 'After', 'Per application'],
        rows: [
          [
            'RSS',
            bytes(touched.before.rss),
            bytes(touched.after.rss),
            bytes((touched.after.rss - touched.before.rss) / sizes.touched),
          ],
          [
            'Heap used',
            bytes(touched.before.heapUsed),
            bytes(touched.after.heapUsed),
            bytes((touched.after.heapUsed - touched.before.heapUsed) / sizes.touched),
          ],
        ],
      });
      section.tables.push({
        title: 'Leak check',
        columns: ['Submissions', 'RSS', 'Heap used'],
        rows: [
          ...leak.samples.map((s) => [count(s.submissions), bytes(s.rss), bytes(s.heapUsed)]),
          [
            'Slope per 1,000 submissions (after the first run)',
            bytes(leak.rssSlope * 1000),
            bytes(leak.heapSlope * 1000),
          ],
        ],
      });
      const span = (sizes.chunks - 1) * sizes.chunkSize;
      const growth = leak.heapSlope * span;
      // A steady leak climbs by about its spread; noise spreads the samples without a trend.
      const steady = leak.samples.slice(1).map((s) => s.heapUsed);
      const spread = Math.max(...steady) - Math.min(...steady);
      const allowed = Math.max(NO_GROWTH_BYTES, spread / 2);
      section.verdicts.push({
        what: `Heap growth over ${count(span)} submissions (slope × span)`,
        target: `< ${bytes(allowed)} (no trend: half the samples' spread of ${bytes(spread)}, at least ${bytes(NO_GROWTH_BYTES)})`,
        measured: bytes(growth),
        met: growth < allowed,
        limits: `That is ${bytes(growth / span)} per submission, or ${bytes((growth * sizes.chunks) / (sizes.chunks - 1) / leak.applications)} per application driven through (${count(leak.applications)} applications, ${sizes.hotCapacity} kept hot): look for something kept per application outside the hot cache (a heap snapshot of the server under this load shows what). With samples this noisy, rerun before concluding.`,
      });
    } finally {
      rmSync(tempDir, { recursive: true, force: true });
      rmSync(workload.journeysDir, { recursive: true, force: true });
    }
    if (context.quick)
      section.notes.push('Quick run (tiny sizes): the numbers only show that the benchmark works.');
    return section;
  },
};
