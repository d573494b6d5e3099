import { startChild } from '../http/child';
import { type Resident, runLoad } from '../http/load';
import { residentPool, startResidents } from '../http/residents';
import type { HttpWorkload } from '../http/workload';
import type { StorageConfig } from './template';

export interface MemorySample {
  submissions: number;
  rss: number;
  heapUsed: number;
}

/** Least-squares slope of y over x. */
export function slope(points: Array<[number, number]>): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const cov = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const vx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return cov / vx;
}

async function inBatches<T>(items: T[], each: (item: T) => Promise<void>, size = 10): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(each));
}

/**
 * Server memory with `count` applications touched (started, first page submitted), on the
 * server's default hot cache: before and after, each after a full collection in the server.
 */
export async function touchedMemory(workload: HttpWorkload, storage: StorageConfig, count: number) {
  const child = await startChild({
    ...storage,
    pages: workload.spec.pages.length,
    journeysDir: workload.journeysDir,
  });
  try {
    const before = await child.memory();
    const residents = await startResidents(child.url, workload.journey.id, count);
    const first = workload.sequence[0]!;
    let failed = 0;
    await inBatches(residents, async (r) => {
      const response = await fetch(`${child.url}/api/v1/instances/${r.instanceId}/steps/${first.stepId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${r.resumeToken}` },
        body: first.body,
      });
      if (response.status !== 200) failed++;
      await response.arrayBuffer();
    });
    return { before, after: await child.memory(), failed };
  } finally {
    await child.stop();
  }
}

/**
 * The leak check: `chunks` runs of `chunkSize` submissions (residents going through the whole
 * journey) with the server's memory sampled after a full collection between runs. The hot cache
 * is kept small so it is full after the first run: later growth is memory the server keeps.
 */
export async function leakCheck(
  workload: HttpWorkload,
  storage: StorageConfig,
  options: { chunks: number; chunkSize: number; connections: number; hotCapacity: number },
) {
  const child = await startChild({
    ...storage,
    pages: workload.spec.pages.length,
    journeysDir: workload.journeysDir,
    hotCapacity: options.hotCapacity,
  });
  try {
    const needed =
      Math.ceil((options.chunks * options.chunkSize) / workload.sequence.length) +
      options.connections * (options.chunks + 1) +
      10;
    const pool = residentPool(await startResidents(child.url, workload.journey.id, needed));
    const samples: MemorySample[] = [{ submissions: 0, ...(await child.memory()) }];
    let failed = 0;
    for (let chunk = 1; chunk <= options.chunks; chunk++) {
      const load = await runLoad({
        url: child.url,
        connections: options.connections,
        amount: options.chunkSize,
        sequence: workload.sequence,
        pathOf: (r: Resident, stepId: string) => `/api/v1/instances/${r.instanceId}/steps/${stepId}`,
        take: pool.take,
      });
      failed += load.failed;
      samples.push({ submissions: chunk * options.chunkSize, ...(await child.memory()) });
    }
    // The first run fills caches and warms the JIT; the slope is measured after it.
    const steady = samples.slice(1);
    return {
      samples,
      failed: failed + (pool.exhausted() ? 1 : 0),
      applications: pool.taken(),
      heapSlope: slope(steady.map((s) => [s.submissions, s.heapUsed])),
      rssSlope: slope(steady.map((s) => [s.submissions, s.rss])),
    };
  } finally {
    await child.stop();
  }
}
