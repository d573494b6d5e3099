import { expect, it } from 'vitest';
import type { InstanceRecord, Storage, WriteResult } from '../types';
import type { Conformance } from './context';
import { at, change, createInstance, creation, event, outboxItem, task } from './fixtures';

export function concurrencyCases(c: Conformance): void {
  it('of two concurrent updates at one version exactly one wins; the loser writes nothing (50 pairs at once)', async () => {
    // Two connections, as two server processes would have: on PostgreSQL, two pools.
    const left = c.storage;
    const right = await c.another();
    const ids = Array.from({ length: 50 }, (_, n) => `pair-${n}`);
    const created = await Promise.all(ids.map((id) => createInstance(left, id)));

    const contender = (record: InstanceRecord, side: 'L' | 'R') =>
      change(record, {
        fields: { currentStep: `step-${side}`, snapshot: { by: side } },
        events: [event(`submitted-${side}`), event(`shown-${side}`)],
        tasks: [task(record.id, `task-${side}`)],
        deadlines: [{ instanceId: record.id, taskId: `task-${side}`, dueAt: at(1) }],
        outbox: [outboxItem(record.id, `${record.id}-out-${side}`)],
      });
    const results = await Promise.all(
      created.flatMap((record) => [
        left.updateInstance(contender(record, 'L')),
        right.updateInstance(contender(record, 'R')),
      ]),
    );

    for (const [n, record] of created.entries()) {
      const pair: WriteResult[] = [results[2 * n]!, results[2 * n + 1]!];
      const wins = pair.filter((r) => r.ok);
      expect(wins).toEqual([{ ok: true, version: 2 }]);
      expect(pair.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'conflict' }]);
      const winner = pair[0]!.ok ? 'L' : 'R';

      const stored = await left.getInstance(record.id);
      expect(stored).toMatchObject({ version: 2, currentStep: `step-${winner}`, snapshot: { by: winner } });
      expect((await left.listEvents(record.id)).map((e) => `${e.seq}:${e.type}`)).toEqual([
        '1:started',
        `2:submitted-${winner}`,
        `3:shown-${winner}`,
      ]);
      expect(await left.getTask(record.id, `task-${winner}`)).not.toBeNull();
      expect(await left.getTask(record.id, `task-${winner === 'L' ? 'R' : 'L'}`)).toBeNull();
      expect((await left.listOutbox(record.id)).map((o) => o.id)).toEqual([`${record.id}-out-${winner}`]);
    }
    const due = await left.claimDueDeadlines(at(2), 1000, 60_000);
    expect(due.map((d) => `${d.instanceId}/${d.taskId}`).sort()).toEqual(
      created.map((r, n) => `${r.id}/task-${results[2 * n]!.ok ? 'L' : 'R'}`).sort(),
    );
  });

  it('fails a write alone when it fails among many concurrent writes', async () => {
    await createInstance(c.storage, 'holder', { fields: { reference: 'BB-TAKEN' } });
    const attempts = Array.from({ length: 20 }, (_, n) =>
      c.storage.createInstance(
        creation(`c-${n}`, {
          fields: { reference: n === 7 ? 'BB-TAKEN' : `BB-${n}` },
          tasks: [task(`c-${n}`, 't')],
          outbox: [outboxItem(`c-${n}`, `c-${n}-out`)],
        }),
      ),
    );
    const settled = await Promise.allSettled(attempts);
    expect(settled.map((r) => r.status)).toEqual(settled.map((_, n) => (n === 7 ? 'rejected' : 'fulfilled')));
    expect(settled[7]).toMatchObject({ reason: { code: 'storage.reference-taken' } });
    expect(await c.storage.getInstance('c-7')).toBeNull();
    expect(await c.storage.listOutbox('c-7')).toEqual([]);
    expect((await c.storage.listTasks({ limit: 100, offset: 0 })).total).toBe(19);
  });

  it('numbers events 1, 2, 3… without gaps while many writers append to many instances', async () => {
    const storages = [c.storage, await c.another()];
    const ids = Array.from({ length: 12 }, (_, n) => `seq-${n}`);
    await Promise.all(ids.map((id) => createInstance(c.storage, id)));

    // Four writers per instance, each appending three times, retrying on conflict like the runtime does.
    const appendWithRetry = async (storage: Storage, id: string, label: string) => {
      for (;;) {
        const current = await storage.getInstance(id);
        const result = await storage.updateInstance(
          change(current!, { events: [event(`${label}-a`), event(`${label}-b`)] }),
        );
        if (result.ok) return;
        expect(result).toEqual({ ok: false, reason: 'conflict' });
      }
    };
    await Promise.all(
      ids.flatMap((id) =>
        Array.from({ length: 4 }, async (_, writer) => {
          for (let round = 0; round < 3; round++) {
            await appendWithRetry(storages[writer % 2]!, id, `w${writer}r${round}`);
          }
        }),
      ),
    );

    for (const id of ids) {
      const events = await c.storage.listEvents(id);
      expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 1 + 4 * 3 * 2 }, (_, n) => n + 1));
      // A write's events stay together, in the order given.
      for (let n = 1; n < events.length; n += 2) {
        expect(events[n + 1]!.type).toBe(events[n]!.type.replace(/-a$/, '-b'));
      }
      expect(await c.storage.getInstance(id)).toMatchObject({ version: 1 + 4 * 3 });
    }
  });
}
