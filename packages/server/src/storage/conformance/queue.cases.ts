import { expect, it } from 'vitest';
import type { DeadlineRecord } from '../types';
import type { Conformance } from './context';
import { at, change, createInstance, outboxItem, T0, task } from './fixtures';

const deadline = (instanceId: string, taskId: string, dueAt: string): DeadlineRecord => ({
  instanceId,
  taskId,
  dueAt,
});
const key = (d: DeadlineRecord) => `${d.instanceId}/${d.taskId}`;

export function queueCases(c: Conformance): void {
  it('leases due deadlines once, and again only after the lease runs out', async () => {
    await createInstance(c.storage, 'i-1', {
      tasks: [task('i-1', 'a'), task('i-1', 'b'), task('i-1', 'later')],
      deadlines: [
        deadline('i-1', 'b', at(2)),
        deadline('i-1', 'a', at(1)),
        deadline('i-1', 'later', at(100)),
      ],
    });
    const now = at(5);
    expect(await c.storage.claimDueDeadlines(now, 10, 60_000)).toEqual([
      deadline('i-1', 'a', at(1)),
      deadline('i-1', 'b', at(2)),
    ]);
    expect(await c.storage.claimDueDeadlines(now, 10, 60_000)).toEqual([]);
    expect(await c.storage.claimDueDeadlines(at(5.5), 10, 60_000)).toEqual([]);
    // The lease ends one minute after the claim: a process that died holding it is replaced.
    expect((await c.storage.claimDueDeadlines(at(6), 1, 60_000)).map(key)).toEqual(['i-1/a']);
    expect(await c.storage.claimDueDeadlines(at(0.5), 10, 60_000)).toEqual([]);
  });

  it('drops a deadline the write no longer lists, keeps the lease of one unchanged, and resets a moved one', async () => {
    const created = await createInstance(c.storage, 'i-1', {
      deadlines: [
        deadline('i-1', 'gone', at(1)),
        deadline('i-1', 'same', at(1)),
        deadline('i-1', 'moved', at(1)),
      ],
    });
    expect(await c.storage.claimDueDeadlines(at(2), 10, 60_000)).toHaveLength(3);
    await c.storage.updateInstance(
      change(created, { deadlines: [deadline('i-1', 'same', at(1)), deadline('i-1', 'moved', at(1.5))] }),
    );
    expect(await c.storage.claimDueDeadlines(at(2), 10, 60_000)).toEqual([deadline('i-1', 'moved', at(1.5))]);
    expect((await c.storage.claimDueDeadlines(at(10), 10, 60_000)).map(key)).toEqual([
      'i-1/same',
      'i-1/moved',
    ]);
  });

  it('gives each of 200 due deadlines to exactly one of two processes claiming at once', async () => {
    const other = await c.another();
    await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        createInstance(c.storage, `i-${n}`, {
          deadlines: Array.from({ length: 10 }, (_, k) => deadline(`i-${n}`, `t${k}`, at(-k))),
        }),
      ),
    );
    const drain = async (storage: typeof other) => {
      const claimed: string[] = [];
      for (;;) {
        const batch = await storage.claimDueDeadlines(T0, 7, 300_000);
        if (batch.length === 0) return claimed;
        claimed.push(...batch.map(key));
      }
    };
    const all = (await Promise.all([drain(c.storage), drain(other), drain(c.storage), drain(other)])).flat();
    expect(all).toHaveLength(200);
    expect(new Set(all).size).toBe(200);
  });

  it('delivers the outbox: claim, fail with backoff, claim again when due, complete', async () => {
    await createInstance(c.storage, 'i-1', {
      outbox: [
        outboxItem('i-1', 'o-2', { createdAt: at(1) }),
        outboxItem('i-1', 'o-1', { kind: 'email', outputId: 'notify' }),
      ],
    });
    expect(await c.storage.listOutbox('i-1')).toEqual([
      {
        ...outboxItem('i-1', 'o-1', { kind: 'email', outputId: 'notify' }),
        status: 'pending',
        attempts: 0,
        nextAttemptAt: T0,
        lastError: null,
        deliveredAt: null,
      },
      {
        ...outboxItem('i-1', 'o-2', { createdAt: at(1) }),
        status: 'pending',
        attempts: 0,
        nextAttemptAt: at(1),
        lastError: null,
        deliveredAt: null,
      },
    ]);
    expect((await c.storage.claimOutbox(at(0.5), 10, 300_000)).map((o) => o.id)).toEqual(['o-1']);
    expect((await c.storage.claimOutbox(at(1), 10, 300_000)).map((o) => o.id)).toEqual(['o-2']);
    expect(await c.storage.claimOutbox(at(1), 10, 300_000)).toEqual([]);

    await c.storage.failOutbox('o-1', 'HTTP 503 from case system', at(5), false);
    await c.storage.completeOutbox('o-2', at(1.2));
    const [o1, o2] = await c.storage.listOutbox('i-1');
    expect(o1).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'HTTP 503 from case system',
      nextAttemptAt: at(5),
    });
    expect(o2).toMatchObject({ status: 'delivered', attempts: 1, deliveredAt: at(1.2) });

    expect(await c.storage.claimOutbox(at(4), 10, 300_000)).toEqual([]);
    expect((await c.storage.claimOutbox(at(5), 10, 300_000)).map((o) => [o.id, o.attempts])).toEqual([
      ['o-1', 1],
    ]);
    await c.storage.failOutbox('o-1', 'still down', at(30), true);
    expect((await c.storage.listOutbox('i-1'))[0]).toMatchObject({
      status: 'failed',
      attempts: 2,
      lastError: 'still down',
    });
    expect(await c.storage.claimOutbox(at(60), 10, 300_000)).toEqual([]);
    // A late report about an item already settled changes nothing.
    await c.storage.completeOutbox('o-1', at(61));
    expect((await c.storage.listOutbox('i-1'))[0]).toMatchObject({
      status: 'failed',
      attempts: 2,
      deliveredAt: null,
    });
  });

  it('enqueues an outbox id once even when two writes carry it, and leases each item to one of two processes', async () => {
    const created = await createInstance(c.storage, 'i-1', { outbox: [outboxItem('i-1', 'same')] });
    await c.storage.updateInstance(
      change(created, { outbox: [outboxItem('i-1', 'same', { payload: 'second' })] }),
    );
    expect((await c.storage.listOutbox('i-1')).map((o) => o.payload)).toEqual([
      { instanceId: 'i-1', answers: { name: 'Ann' } },
    ]);

    await createInstance(c.storage, 'i-2', {
      outbox: Array.from({ length: 60 }, (_, n) => outboxItem('i-2', `bulk-${n}`)),
    });
    const other = await c.another();
    const drain = async (storage: typeof other) => {
      const ids: string[] = [];
      for (;;) {
        const batch = await storage.claimOutbox(T0, 4, 300_000);
        if (batch.length === 0) return ids;
        ids.push(...batch.map((o) => o.id));
      }
    };
    const claimed = (await Promise.all([drain(c.storage), drain(other)])).flat();
    expect(claimed).toHaveLength(61);
    expect(new Set(claimed).size).toBe(61);
  });
}
