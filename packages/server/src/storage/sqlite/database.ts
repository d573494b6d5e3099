import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

/** A connection plus a cache of prepared statements (prepared on first use: tables may not exist before `migrate`). */
export interface SqliteHandle {
  db: SqliteDatabase;
  statement(sql: string): Database.Statement;
}

/**
 * Opens (creating the file and its folders) a SQLite database tuned for durability: WAL with
 * synchronous=FULL fsyncs the log on every commit, so a write acknowledged to a client survives a
 * power cut, not only a process crash. The busy timeout lets several processes share the file.
 */
export function openSqlite(file: string): SqliteHandle {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const statements = new Map<string, Database.Statement>();
  return {
    db,
    statement(sql) {
      let prepared = statements.get(sql);
      if (!prepared) {
        prepared = db.prepare(sql);
        statements.set(sql, prepared);
      }
      return prepared;
    },
  };
}

/**
 * Runs `work` in a write transaction taken with BEGIN IMMEDIATE: the write lock is held from the
 * first statement, so a read-then-write never fails half-way with SQLITE_BUSY against another process.
 */
export function inWriteTransaction<T>(db: SqliteDatabase, work: () => T): T {
  return db.transaction(work).immediate();
}
