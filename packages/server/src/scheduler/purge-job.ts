import type { PurgeReport } from '../runtime/retention';
import type { Runtime } from '../runtime/runtime';
import { pollingLoop } from './polling-loop';

/** Once a day: retention periods are counted in days. */
export const DEFAULT_PURGE_INTERVAL_MS = 86_400_000;

export interface PurgeJob {
  /** Purges now (after any purge in progress) and says what went; rejects if the purge failed. */
  runOnce(): Promise<PurgeReport>;
  start(): void;
  stop(): Promise<void>;
}

function describe(report: PurgeReport): string | null {
  const purged = Object.entries(report.purged).filter(([, count]) => count > 0);
  if (purged.length === 0) return null;
  const total = purged.reduce((sum, [, count]) => sum + count, 0);
  return `fingerpost: retention purge deleted ${total} completed application${total === 1 ? '' : 's'} (${purged
    .map(([journey, count]) => `${journey}: ${count}`)
    .join(', ')})`;
}

/**
 * The retention purge: deletes completed applications past their journey's retention period
 * (runtime.purgeExpired), at start-up and then every `intervalMs`. It runs at start-up because a
 * server restarted more often than the interval would otherwise never purge. Several processes
 * may purge at once: a purge deletes what is expired and nothing else, so they cannot disagree.
 * @example
 * const job = purgeJob(runtime, DEFAULT_PURGE_INTERVAL_MS, console.error);
 * job.start(); … await job.stop();
 */
export function purgeJob(runtime: Runtime, intervalMs: number, log: (line: string) => void): PurgeJob {
  let last: PurgeReport | { failed: unknown } = { purged: {}, keptForever: [] };
  const loop = pollingLoop(
    intervalMs,
    async () => {
      last = await runtime.purgeExpired();
      const line = describe(last);
      if (line) log(line);
      return { more: false };
    },
    (error) => {
      last = { failed: error };
      log(`fingerpost: retention purge failed (tried again in ${intervalMs} ms): ${String(error)}`);
    },
  );
  return {
    async runOnce() {
      let outcome: PurgeReport | { failed: unknown } = last;
      await loop.drain(
        () => {
          last = { failed: new Error('the purge job is stopped') };
        },
        () => {
          outcome = last;
        },
      );
      if ('failed' in outcome) throw outcome.failed;
      return outcome;
    },
    start: () => loop.start(),
    stop: () => loop.stop(),
  };
}
