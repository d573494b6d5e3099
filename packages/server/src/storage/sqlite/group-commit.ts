import type { SqliteDatabase } from './database';
import { walFile } from './wal-file';

export interface WriteQueue {
  /** Runs `work` (synchronous SQLite writes) in the next group commit; settles once that commit is on disk. */
  run<T>(work: () => T): Promise<T>;
  /** Commits everything queued now, durably before it returns (before closing the database). */
  drain(): void;
}

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Large enough to amortise the commit's fsync, small enough to keep one commit short. */
const MAX_BATCH = 256;

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Group commit. A durable COMMIT waits for an fsync of the write-ahead log, which costs far more
 * than the statements of a typical write. Writes that arrive in the same turn of the event loop
 * (concurrent requests) therefore share one transaction: each runs in its own savepoint, so a
 * write that throws is rolled back alone and the others stand. Every caller's promise settles only
 * once the commit is on disk, so nothing is acknowledged before it is durable.
 *
 * The fsync itself runs on libuv's thread pool, not in the COMMIT: the batch commits with
 * synchronous=NORMAL (SQLite writes the log but does not sync it), then `fs.fsync` of the log file
 * settles the batch. The event loop serves other requests meanwhile instead of blocking for the
 * disk. Commits while draining, while the log file cannot be opened (not created yet) and on an
 * in-memory database stay synchronous (synchronous=FULL). The trade: other connections can read a
 * batch from its COMMIT on, the fsync's moment before it is acknowledged, so a power cut in that
 * moment could undo a write someone has read (never one a client was told had succeeded).
 *
 * @example
 * const queue = createWriteQueue(db);
 * const changed = await queue.run(() => db.prepare('UPDATE t SET v = 1').run().changes);
 */
export function createWriteQueue(db: SqliteDatabase): WriteQueue {
  const pending: Pending[] = [];
  const wal = walFile(db);
  let scheduled = false;
  let draining = false;

  const commit = (batch: Pending[], durableNow: boolean): Outcome[] => {
    const outcomes: Outcome[] = [];
    if (!durableNow) db.pragma('synchronous = NORMAL');
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
    } finally {
      if (!durableNow) db.pragma('synchronous = FULL');
    }
    return outcomes;
  };

  const settle = (batch: Pending[], outcomes: Outcome[]) =>
    batch.forEach((item, n) => {
      const outcome = outcomes[n]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });

  const flush = () => {
    scheduled = false;
    const batch = pending.splice(0, MAX_BATCH);
    if (pending.length > 0) schedule();
    const log = draining ? null : wal.handle();
    let outcomes: Outcome[];
    try {
      outcomes = commit(batch, log === null);
    } catch (error) {
      // BEGIN or COMMIT failed (disk full, lock timeout…): nothing of the batch was stored.
      for (const item of batch) item.reject(error);
      return;
    }
    if (log === null) settle(batch, outcomes);
    else
      log.sync((error) => {
        if (error) for (const item of batch) item.reject(error);
        else settle(batch, outcomes);
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
      draining = true;
      while (pending.length > 0) flush();
      wal.close();
    },
  };
}
