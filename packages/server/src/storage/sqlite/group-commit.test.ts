import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqlite, type SqliteHandle } from './database';
import { createWriteQueue } from './group-commit';

let dir: string;
let writer: SqliteHandle;
let reader: SqliteHandle;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fingerpost-group-commit-'));
  writer = openSqlite(join(dir, 'db.sqlite'));
  reader = openSqlite(join(dir, 'db.sqlite'));
  writer.db.exec(`
    CREATE TABLE parent (id INTEGER PRIMARY KEY);
    CREATE TABLE item (id INTEGER PRIMARY KEY, note TEXT NOT NULL,
      parent_id INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED);
    INSERT INTO parent (id) VALUES (1);
  `);
});

afterEach(() => {
  writer.db.close();
  reader.db.close();
  rmSync(dir, { recursive: true, force: true });
});

const insert =
  (id: number, parent = 1) =>
  () =>
    writer.db.prepare('INSERT INTO item (id, note, parent_id) VALUES (?, ?, ?)').run(id, `note ${id}`, parent)
      .changes;
const count = () => (reader.db.prepare('SELECT COUNT(*) AS n FROM item').get() as { n: number }).n;

describe('group commit', () => {
  it('acknowledges each of many concurrent writes only once another connection can read it', async () => {
    const queue = createWriteQueue(writer.db);
    const seen: number[] = [];
    await Promise.all(
      Array.from({ length: 40 }, (_, n) =>
        queue.run(insert(n)).then(() => {
          seen.push(
            (reader.db.prepare('SELECT COUNT(*) AS n FROM item WHERE id = ?').get(n) as { n: number }).n,
          );
        }),
      ),
    );
    expect(seen).toEqual(Array(40).fill(1));
    expect(count()).toBe(40);
  });

  it('rolls back a failing write alone, with all its statements, and commits the rest of its batch', async () => {
    const queue = createWriteQueue(writer.db);
    const failing = () => {
      insert(100)();
      throw new Error('refused half-way');
    };
    const results = await Promise.allSettled([
      queue.run(insert(1)),
      queue.run(failing),
      queue.run(insert(2)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(
      (reader.db.prepare('SELECT id FROM item ORDER BY id').all() as { id: number }[]).map((r) => r.id),
    ).toEqual([1, 2]);
  });

  it('rejects every write of a batch whose COMMIT fails, and stores none of them', async () => {
    const queue = createWriteQueue(writer.db);
    // The dangling parent is only detected at COMMIT (a deferred foreign key), failing the whole batch.
    const results = await Promise.allSettled([
      queue.run(insert(1)),
      queue.run(insert(2, 999)),
      queue.run(insert(3)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(count()).toBe(0);
    await queue.run(insert(4));
    expect(count()).toBe(1);
  });

  it('commits what is queued when drained, before the database closes', () => {
    const queue = createWriteQueue(writer.db);
    const pending = queue.run(insert(7));
    queue.drain();
    expect(count()).toBe(1);
    return expect(pending).resolves.toBe(1);
  });

  it('leaves the connection fully synchronous between batches, for writes made outside the queue', async () => {
    const queue = createWriteQueue(writer.db);
    await Promise.all([queue.run(insert(1)), queue.run(insert(2))]);
    await queue.run(insert(3));
    // 2 = FULL: the batch's own commit is made durable by the queue's fsync of the log.
    expect(writer.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(count()).toBe(3);
  });

  it('keeps acknowledging writes on an in-memory database, which has no log to sync', async () => {
    const memory = openSqlite(':memory:');
    memory.db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY)');
    const queue = createWriteQueue(memory.db);
    const ids = await Promise.all(
      [1, 2, 3].map((id) =>
        queue.run(() => memory.db.prepare('INSERT INTO t (id) VALUES (?)').run(id).changes),
      ),
    );
    expect(ids).toEqual([1, 1, 1]);
    queue.drain();
    memory.db.close();
  });
});
