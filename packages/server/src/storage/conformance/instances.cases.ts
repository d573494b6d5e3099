import { expect, it } from 'vitest';
import { StorageError } from '../errors';
import type { Conformance } from './context';
import {
  at,
  change,
  createInstance,
  creation,
  event,
  instanceFields,
  outboxItem,
  T0,
  task,
} from './fixtures';

export function instanceCases(c: Conformance): void {
  it('creates an instance at version 1 and reads every field back', async () => {
    const write = creation('i-1', {
      fields: {
        reference: 'BB-0001',
        language: 'cy',
        outcome: null,
        snapshot: { value: 'start', nested: [1, { a: true }] },
      },
      events: [
        event('started', { actorId: 'resident-1', data: { via: 'web' } }),
        event('stepShown', { stepId: 'start' }),
      ],
    });
    expect(await c.storage.createInstance(write)).toEqual({ ok: true, version: 1 });
    expect(await c.storage.getInstance('i-1')).toEqual({ ...write.instance, version: 1 });
    expect(await c.storage.getInstance('missing')).toBeNull();
    expect(await c.storage.listEvents('i-1')).toEqual([
      { ...write.events[0], instanceId: 'i-1', journeyId: 'blue-badge', seq: 1 },
      { ...write.events[1], instanceId: 'i-1', journeyId: 'blue-badge', seq: 2 },
    ]);
  });

  it('refuses to create an instance whose id exists, leaving the first untouched', async () => {
    const first = await createInstance(c.storage, 'i-1');
    const again = creation('i-1', { fields: { currentStep: 'elsewhere' }, events: [event('intruder')] });
    expect(await c.storage.createInstance(again)).toEqual({ ok: false, reason: 'conflict' });
    expect(await c.storage.getInstance('i-1')).toEqual(first);
    expect((await c.storage.listEvents('i-1')).map((e) => e.type)).toEqual(['started']);
  });

  it('refuses a reference another instance holds, with a typed error and nothing written', async () => {
    await createInstance(c.storage, 'i-1', { fields: { reference: 'BB-0001' } });
    const clash = c.storage.createInstance(
      creation('i-2', { fields: { reference: 'BB-0001' }, tasks: [task('i-2', 't')] }),
    );
    await expect(clash).rejects.toMatchObject({ code: 'storage.reference-taken' });
    expect(await c.storage.getInstance('i-2')).toBeNull();
    expect((await c.storage.listTasks({ limit: 10, offset: 0 })).total).toBe(0);
  });

  it('updates at the version read: +1, fields replaced, created time kept, events continue their sequence', async () => {
    const created = await createInstance(c.storage, 'i-1');
    const write = change(created, {
      fields: {
        currentStep: 'check',
        status: 'completed',
        outcome: 'submitted',
        completedAt: at(3),
        updatedAt: at(3),
        createdAt: at(99),
      },
      events: [event('stepSubmitted', { at: at(3), stepId: 'start', data: { answers: { name: 'Ann' } } })],
    });
    expect(await c.storage.updateInstance(write)).toEqual({ ok: true, version: 2 });
    const stored = await c.storage.getInstance('i-1');
    expect(stored).toEqual({ ...write.instance, createdAt: T0, version: 2 });
    expect((await c.storage.listEvents('i-1')).map((e) => [e.seq, e.type])).toEqual([
      [1, 'started'],
      [2, 'stepSubmitted'],
    ]);
    expect(await c.storage.updateInstance(change(stored!, {}))).toEqual({ ok: true, version: 3 });
  });

  it('rejects a stale version as a conflict and writes none of it', async () => {
    const created = await createInstance(c.storage, 'i-1', { tasks: [task('i-1', 'keep')] });
    expect(await c.storage.updateInstance(change(created, { tasks: [task('i-1', 'keep')] }))).toEqual({
      ok: true,
      version: 2,
    });
    const stale = change(created, {
      fields: { currentStep: 'stale' },
      events: [event('stale')],
      tasks: [task('i-1', 'stale')],
      deadlines: [{ instanceId: 'i-1', taskId: 'stale', dueAt: T0 }],
      outbox: [outboxItem('i-1', 'o-stale')],
    });
    expect(await c.storage.updateInstance(stale)).toEqual({ ok: false, reason: 'conflict' });
    expect(await c.storage.getInstance('i-1')).toMatchObject({ version: 2, currentStep: 'start' });
    expect((await c.storage.listEvents('i-1')).map((e) => e.type)).toEqual(['started']);
    expect((await c.storage.listTasks({ limit: 10, offset: 0 })).items.map((t) => t.taskId)).toEqual([
      'keep',
    ]);
    expect(await c.storage.claimDueDeadlines(at(60), 10, 1000)).toEqual([]);
    expect(await c.storage.listOutbox('i-1')).toEqual([]);
  });

  it('answers not-found when updating an instance that does not exist', async () => {
    const ghost = { ...instanceFields('ghost'), version: 1 };
    expect(await c.storage.updateInstance(change(ghost, { events: [event('x')] }))).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await c.storage.listEvents('ghost')).toEqual([]);
  });

  it('normalises instants to UTC ISO form, and orders them as times rather than strings', async () => {
    await createInstance(c.storage, 'i-1', {
      fields: { createdAt: '2026-03-02T10:00:00+01:00', updatedAt: '2026-03-02T09:00:00Z' },
      tasks: [
        task('i-1', 'early', { dueAt: '2026-03-02T09:00:00.500Z' }),
        task('i-1', 'late', { dueAt: '2026-03-02T09:00:01Z' }),
      ],
    });
    expect(await c.storage.getInstance('i-1')).toMatchObject({ createdAt: T0, updatedAt: T0 });
    const overdue = await c.storage.listTasks({
      dueBefore: '2026-03-02T09:00:00.750Z',
      limit: 10,
      offset: 0,
    });
    expect(overdue.items.map((t) => [t.taskId, t.dueAt])).toEqual([['early', '2026-03-02T09:00:00.500Z']]);
  });

  it('refuses malformed writes with typed errors before touching the database', async () => {
    const created = await createInstance(c.storage, 'i-1');
    const cases: [() => Promise<unknown>, string][] = [
      [() => c.storage.updateInstance({ ...change(created), expectedVersion: 0 }), 'storage.invalid-write'],
      [() => c.storage.createInstance({ ...creation('i-2'), expectedVersion: 3 }), 'storage.invalid-write'],
      [
        () => c.storage.updateInstance(change(created, { tasks: [task('someone-else', 't')] })),
        'storage.invalid-write',
      ],
      [
        () => c.storage.updateInstance(change(created, { tasks: [task('i-1', 't'), task('i-1', 't')] })),
        'storage.invalid-write',
      ],
      [
        () => c.storage.updateInstance(change(created, { events: [event('x', { at: 'yesterday' })] })),
        'storage.invalid-instant',
      ],
      [
        () => c.storage.updateInstance(change(created, { fields: { currentStep: 'a\u0000b' } })),
        'storage.invalid-text',
      ],
      [() => c.storage.claimDueDeadlines(T0, 10, -5), 'storage.invalid-write'],
    ];
    for (const [attempt, code] of cases) {
      const failure = await attempt().then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(StorageError);
      expect(failure).toMatchObject({ code });
    }
    expect(await c.storage.getInstance('i-1')).toEqual(created);
  });

  it('lists a journey’s events by version, grouped by instance in sequence', async () => {
    await createInstance(c.storage, 'b', { events: [event('started'), event('stepShown')] });
    await createInstance(c.storage, 'a', {
      fields: { journeyVersion: '2.0.0' },
      events: [event('started', { journeyVersion: '2.0.0' })],
    });
    await createInstance(c.storage, 'z', { fields: { journeyId: 'other' } });
    const all = await c.storage.listJourneyEvents('blue-badge');
    expect(all.map((e) => `${e.instanceId}:${e.seq}:${e.type}`)).toEqual([
      'a:1:started',
      'b:1:started',
      'b:2:stepShown',
    ]);
    const v1 = await c.storage.listJourneyEvents('blue-badge', '1.0.0');
    expect(v1.map((e) => e.instanceId)).toEqual(['b', 'b']);
  });
}
