import type { Migration } from '../migrations/types';
import { inWriteTransaction, type SqliteDatabase } from './database';

/**
 * Applies the migrations not yet recorded in schema_migrations, in version order, all in one
 * immediate transaction: a second process starting at the same moment waits, then finds them applied.
 */
export function migrateSqlite(db: SqliteDatabase, migrations: readonly Migration[]): number[] {
  return inWriteTransaction(db, () => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      description TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )`);
    const done = new Set(
      (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
        (r) => r.version,
      ),
    );
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      db.exec(migration.sql);
      db.prepare(
        `INSERT INTO schema_migrations (version, description, applied_at)
         VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
      ).run(migration.version, migration.description);
      applied.push(migration.version);
    }
    return applied;
  });
}
