import { close, fsync, openSync } from 'node:fs';
import type { SqliteDatabase } from './database';

export interface WalLog {
  /** fsyncs the log on libuv's thread pool: everything committed before the call is then on disk. */
  sync(done: (error: Error | null) => void): void;
}

export interface WalFile {
  /** The log, or null while it cannot be synced this way (in memory, not created yet, closed). */
  handle(): WalLog | null;
  /** Closes the log's file once the syncs in flight have finished. */
  close(): void;
}

/**
 * The database's write-ahead log (`<file>-wal`), opened read-only once it exists, so commits can be
 * made durable with an fsync that does not block the event loop. The log lives as long as a
 * connection is open (SQLite rewinds it in place), so one descriptor serves every commit.
 */
export function walFile(db: SqliteDatabase): WalFile {
  let fd: number | null = null;
  let inFlight = 0;
  let closed = db.memory;
  const release = () => {
    if (closed && inFlight === 0 && fd !== null) {
      close(fd, () => {});
      fd = null;
    }
  };
  const log: WalLog = {
    sync(done) {
      inFlight++;
      fsync(fd!, (error) => {
        inFlight--;
        release();
        done(error);
      });
    },
  };
  return {
    handle() {
      if (closed) return null;
      if (fd === null) {
        try {
          fd = openSync(`${db.name}-wal`, 'r');
        } catch {
          return null;
        }
      }
      return log;
    },
    close() {
      closed = true;
      release();
    },
  };
}
