import { expect, it } from 'vitest';
import type { FileRecord } from '../types';
import type { Conformance } from './context';
import { at, change, createInstance, event, feedback, outboxItem, T0, task } from './fixtures';

const fileRecord = (id: string, instanceId: string, size: number): FileRecord => ({
  id,
  instanceId,
  name: 'evidence.pdf',
  type: 'application/pdf',
  size,
  createdAt: T0,
});

export function dataCases(c: Conformance): void {
  it('keeps feedback given alone or with a write, per journey and version, in time order, once per id', async () => {
    await c.storage.addFeedback(
      feedback('f-2', { at: at(2), kind: 'problem', rating: null, comment: 'Page broke' }),
    );
    await createInstance(c.storage, 'i-1', {
      feedback: [
        feedback('f-1', { instanceId: 'i-1', kind: 'pageUseful', rating: null, comment: null, at: at(1) }),
      ],
    });
    await c.storage.addFeedback(feedback('f-3', { journeyVersion: '2.0.0', rating: 4.5, at: at(0) }));
    await c.storage.addFeedback(feedback('f-2', { comment: 'duplicate delivery' }));

    expect((await c.storage.listFeedback('blue-badge')).map((f) => f.id)).toEqual(['f-3', 'f-1', 'f-2']);
    expect(await c.storage.listFeedback('blue-badge', '1.0.0')).toEqual([
      feedback('f-1', { instanceId: 'i-1', kind: 'pageUseful', rating: null, comment: null, at: at(1) }),
      feedback('f-2', { at: at(2), kind: 'problem', rating: null, comment: 'Page broke' }),
    ]);
    expect((await c.storage.listFeedback('blue-badge', '2.0.0'))[0]?.rating).toBe(4.5);
    expect(await c.storage.listFeedback('other')).toEqual([]);
  });

  it('stores files byte for byte, and refuses one for a missing instance or with a wrong size', async () => {
    await createInstance(c.storage, 'i-1');
    const content = new Uint8Array(70_000);
    for (let n = 0; n < content.length; n++) content[n] = (n * 7919 + (n >> 8)) % 256;
    await c.storage.putFile(fileRecord('f-1', 'i-1', content.length), content);
    const empty = new Uint8Array(0);
    await c.storage.putFile(fileRecord('f-empty', 'i-1', 0), empty);

    const stored = await c.storage.getFile('f-1');
    expect(stored?.record).toEqual(fileRecord('f-1', 'i-1', content.length));
    expect(stored?.content).toBeInstanceOf(Uint8Array);
    expect(Buffer.compare(Buffer.from(stored!.content), Buffer.from(content))).toBe(0);
    expect((await c.storage.getFile('f-empty'))?.content.byteLength).toBe(0);
    expect(await c.storage.getFile('nope')).toBeNull();

    await expect(c.storage.putFile(fileRecord('f-2', 'ghost', 1), new Uint8Array([1]))).rejects.toMatchObject(
      {
        code: 'storage.invalid-write',
      },
    );
    await expect(c.storage.putFile(fileRecord('f-3', 'i-1', 9), new Uint8Array([1]))).rejects.toMatchObject({
      code: 'storage.invalid-write',
    });
    expect(await c.storage.getFile('f-2')).toBeNull();
  });

  it('purges a journey’s instances completed before the cut-off, with their history, tasks, files and outbox', async () => {
    const completed = (id: string, when: string, journeyId = 'blue-badge') =>
      createInstance(c.storage, id, {
        fields: { journeyId, status: 'completed', outcome: 'approved', completedAt: when },
        tasks: [task(id, 't', { journeyId, status: 'approved' })],
        outbox: [outboxItem(id, `${id}-out`)],
        feedback: [feedback(`${id}-fb`, { journeyId, instanceId: id })],
      });
    await completed('old', at(10));
    await completed('recent', at(100));
    await completed('other-journey', at(10), 'other');
    await createInstance(c.storage, 'running', { fields: { createdAt: at(-1000) } });
    await c.storage.putFile(fileRecord('old-file', 'old', 1), new Uint8Array([9]));

    expect(await c.storage.purgeCompleted('blue-badge', at(50))).toBe(1);
    expect(await c.storage.getInstance('old')).toBeNull();
    expect(await c.storage.listEvents('old')).toEqual([]);
    expect(await c.storage.getTask('old', 't')).toBeNull();
    expect(await c.storage.getFile('old-file')).toBeNull();
    expect(await c.storage.listOutbox('old')).toEqual([]);
    const kept = await c.storage.listFeedback('blue-badge');
    expect(kept.map((f) => [f.id, f.instanceId])).toEqual([
      ['old-fb', null],
      ['recent-fb', 'recent'],
    ]);
    for (const id of ['recent', 'other-journey', 'running'])
      expect(await c.storage.getInstance(id)).not.toBeNull();
    expect(await c.storage.purgeCompleted('blue-badge', at(50))).toBe(0);
  });

  it('erases an instance’s personal data but keeps the row, the fact of erasure, and a version bump', async () => {
    const created = await createInstance(c.storage, 'i-1', {
      fields: { reference: 'BB-7', snapshot: { answers: { name: 'Ann Jones', nino: 'QQ123456C' } } },
      events: [event('stepSubmitted', { data: { answers: { name: 'Ann Jones' } } })],
      tasks: [task('i-1', 'open-one'), task('i-1', 'decided', { status: 'approved' })],
      deadlines: [{ instanceId: 'i-1', taskId: 'open-one', dueAt: at(1) }],
      outbox: [outboxItem('i-1', 'o-1')],
      feedback: [feedback('fb-1', { instanceId: 'i-1', comment: 'I am Ann Jones of 1 High St' })],
    });
    await c.storage.putFile(fileRecord('f-1', 'i-1', 2), new Uint8Array([1, 2]));

    expect(await c.storage.eraseInstance('i-1', at(30), { erased: true })).toBe(true);
    const erased = await c.storage.getInstance('i-1');
    expect(erased).toEqual({
      ...created,
      snapshot: { erased: true },
      erasedAt: at(30),
      updatedAt: at(30),
      version: 2,
    });
    expect(await c.storage.getFile('f-1')).toBeNull();
    const events = await c.storage.listEvents('i-1');
    expect(events.map((e) => [e.seq, e.type, e.data])).toEqual([
      [1, 'stepSubmitted', null],
      [2, 'instanceErased', null],
    ]);
    expect(events[1]).toMatchObject({ actorKind: 'system', at: at(30), journeyVersion: '1.0.0' });
    expect(await c.storage.listOutbox('i-1')).toEqual([
      expect.objectContaining({
        id: 'o-1',
        payload: null,
        status: 'failed',
        lastError: 'erased before delivery',
      }),
    ]);
    expect((await c.storage.listFeedback('blue-badge'))[0]).toMatchObject({
      id: 'fb-1',
      comment: null,
      rating: 4,
    });
    expect(await c.storage.claimDueDeadlines(at(60), 10, 1000)).toEqual([]);
    expect((await c.storage.getTask('i-1', 'open-one'))?.status).toBe('cancelled');
    expect((await c.storage.getTask('i-1', 'decided'))?.status).toBe('approved');

    // A change prepared before the erasure cannot write the personal data back.
    expect(
      await c.storage.updateInstance(change(created, { fields: { snapshot: created.snapshot } })),
    ).toEqual({
      ok: false,
      reason: 'conflict',
    });
    expect(await c.storage.eraseInstance('ghost', at(30), {})).toBe(false);
  });
}
