import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRuntime, openStorage, publishDirectory } from '@fingerpost/server';
import { startChild } from '../http/child';
import { writeJourneysFolder } from '../journeys/journeys-folder';
import { QUICK_DECISION } from './scheduler';

export interface ProcessesResult {
  processes: number;
  deadlines: number;
  firedPerSecond: number;
  /** Deadlines each process fired: together exactly `deadlines`. */
  firedBy: number[];
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Deadlines fired per second by `processes` server processes sharing one database, each with its
 * deadline scheduler (default batch and interval). `count` applications whose one-second deadline
 * passed an hour ago are stored first; the processes start together and the clock runs from the
 * first listening until the database holds every task approved. Every deadline must fire exactly once across the processes.
 */
export async function measureSchedulerProcesses(
  storageUrl: string,
  count: number,
  processes: number,
): Promise<ProcessesResult> {
  const journeysDir = writeJourneysFolder(mkdtempSync(join(tmpdir(), 'fingerpost-bench-scheduler-')), [
    QUICK_DECISION,
  ]);
  const storage = openStorage(storageUrl);
  try {
    await storage.migrate();
    const hourAgo = () => new Date(Date.now() - 3_600_000);
    await publishDirectory(storage, journeysDir, { at: hourAgo().toISOString(), log: () => {} });
    const seeder = createRuntime({ storage, clock: hourAgo });
    for (let i = 0; i < count; i += 16) {
      const batch = Math.min(16, count - i);
      await Promise.all(Array.from({ length: batch }, () => seeder.instances.start(QUICK_DECISION.id)));
    }
    const config = { kind: storageUrl.startsWith('postgres') ? 'postgres' : 'sqlite', pages: 0, storageUrl };
    // All start together; the clock runs from the first that listens (its scheduler starts then).
    let began: bigint | null = null;
    const serve = () =>
      startChild({ ...config, journeysDir, deadlines: {} }).then((child) => {
        began ??= process.hrtime.bigint();
        return child;
      });
    const children = await Promise.all(Array.from({ length: processes }, serve));
    try {
      const approved = async () =>
        (await storage.listTasks({ journeyId: QUICK_DECISION.id, status: 'approved', limit: 1, offset: 0 }))
          .total;
      for (let waited = 0; (await approved()) < count; waited += 20) {
        if (waited > 300_000) throw new Error(`deadlines still open after 5 minutes (${await approved()})`);
        await sleep(20);
      }
      const seconds = Number(process.hrtime.bigint() - began!) / 1e9;
      const counts = await Promise.all(children.map((child) => child.deadlines()));
      const firedBy = counts.map((c) => c?.fired ?? 0);
      const failed = counts.reduce((sum, c) => sum + (c?.failed ?? 0), 0);
      const fired = firedBy.reduce((a, b) => a + b, 0);
      if (failed > 0 || fired !== count)
        throw new Error(`${fired} of ${count} deadlines fired (${firedBy.join(' + ')}), ${failed} failed`);
      return { processes, deadlines: count, firedPerSecond: count / seconds, firedBy };
    } finally {
      await Promise.all(children.map((child) => child.stop()));
    }
  } finally {
    await storage.close();
    rmSync(journeysDir, { recursive: true, force: true });
  }
}
