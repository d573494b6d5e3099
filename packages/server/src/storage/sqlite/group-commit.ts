import type { SqliteDatabase } from './database';

export interface WriteQueue {
  /** Runs `work` (synchronous SQLite writes) in the next group commit; settles once that commit is on disk. */
  run<T>(work: () => T): Promise<T>;
  /** Commits everything queued now (before closing the database). */
  drain(): void;
}

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Large enough to amortise the commit's fsync, small enough to keep one commit short. */
const MAX_BATCH = 256;

/**
 * Group commit. With synchronous=FULL each COMMIT waits for an fsync, which costs far more than
 * the statements of a typical write. Writes that arrive in the same turn of the event loop
 * (concurrent requests) therefore share one transaction: each runs in its own savepoint, so a
 * write that throws is rolled back alone and the others stand, and every caller's promise
 * settles only after the COMMIT has returned, so nothing is acknowledged before it is durable.
 * Conflicts between writes of one batch are seen as usual: they run one after another.
 *
 * @example
 * const queue = createWriteQueue(db);
 * const changed = await queue.run(() => db.prepare('UPDATE t SET v = 1').run().changes);
 */
export function createWriteQueue(db: SqliteDatabase): WriteQueue {
  const pending: Pending[] = [];
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const batch = pending.splice(0, MAX_BATCH);
    if (pending.length > 0) schedule();
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      db.transaction(() => {
        for (const item of batch) {
          try {
            // A transaction function called inside a transaction runs as a savepoint.
            outcomes.push({ ok: true, value: db.transaction(item.work)() });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      }).immediate();
    } catch (error) {
      // BEGIN or COMMIT failed (disk full, lock timeout…): nothing of the batch was stored.
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, n) => {
      const outcome = outcomes[n]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  };

  return {
    run<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
        schedule();
      });
    },
    drain() {
      while (pending.length > 0) flush();
    },
  };
}
