import { expect, it } from 'vitest';
import { postgresMigrations } from '../migrations/postgres';
import { sqliteMigrations } from '../migrations/sqlite';
import type { Conformance } from './context';
import { createInstance, journeyVersion, outboxItem, T0, task } from './fixtures';

export function migrationCases(c: Conformance): void {
  const versions = () =>
    (c.storage.kind === 'sqlite' ? sqliteMigrations : postgresMigrations)
      .map((m) => m.version)
      .sort((a, b) => a - b);

  it('applies every migration on an empty database, then nothing on the next start', async () => {
    expect(c.firstMigration.applied).toEqual(versions());
    expect(await c.storage.migrate()).toEqual({ applied: [] });
    const second = c.openUnmigrated();
    expect(await second.migrate()).toEqual({ applied: [] });
  });

  it('lets two processes start on one empty database at once: each migration is applied exactly once', async () => {
    const database = await c.freshDatabase();
    const one = database.open();
    const two = database.open();
    const [a, b] = await Promise.all([one.migrate(), two.migrate()]);
    expect([...a.applied, ...b.applied].sort((x, y) => x - y)).toEqual(versions());
    await one.putJourneyVersion(journeyVersion('blue-badge', '1.0.0'));
    expect(await two.getJourneyVersion('blue-badge', '1.0.0')).not.toBeNull();
  });

  it('keeps everything committed when the database is closed and opened again', async () => {
    await c.storage.putJourneyVersion(
      journeyVersion('blue-badge', '1.0.0', { status: 'published', publishedAt: T0 }),
    );
    const stored = await createInstance(c.storage, 'i-1', {
      tasks: [task('i-1', 'approval', { dueAt: T0 })],
      deadlines: [{ instanceId: 'i-1', taskId: 'approval', dueAt: T0 }],
      outbox: [outboxItem('i-1', 'o-1')],
    });
    await c.storage.putFile(
      { id: 'f-1', instanceId: 'i-1', name: 'proof.pdf', type: 'application/pdf', size: 3, createdAt: T0 },
      new Uint8Array([1, 2, 3]),
    );
    const events = await c.storage.listEvents('i-1');
    await c.storage.close();

    const reopened = c.openUnmigrated();
    expect(await reopened.migrate()).toEqual({ applied: [] });
    expect(await reopened.getInstance('i-1')).toEqual(stored);
    expect(await reopened.listEvents('i-1')).toEqual(events);
    expect((await reopened.latestPublished('blue-badge'))?.version).toBe('1.0.0');
    expect((await reopened.listTasks({ limit: 10, offset: 0 })).total).toBe(1);
    expect(await reopened.claimDueDeadlines(T0, 10, 1000)).toHaveLength(1);
    expect(await reopened.listOutbox('i-1')).toHaveLength(1);
    expect((await reopened.getFile('f-1'))?.content).toEqual(new Uint8Array([1, 2, 3]));
  });
}
