import { expect, it } from 'vitest';
import type { FeedbackRecord, FileRecord, InstanceRecord, NewOutboxItem, TaskRecord } from '../types';
import type { Conformance } from './context';
import { createInstance, event, feedback, journeyVersion, outboxItem, T0, task } from './fixtures';

/** Texts that break string-built SQL, pattern matching, JSON look-alikes, or lossy encodings. */
export const HOSTILE_TEXTS: readonly string[] = [
  "Robert'); DROP TABLE instances;--",
  `" OR ""=" ; DELETE FROM events WHERE 1=1 --`,
  "\\'; SELECT pg_sleep(5); --",
  '$1 $$ :name @name ? %s %_ *',
  'Ŵyn a ŷd — Llanfair\u00adpwll 🏴󠁧󠁢󠁷󠁬󠁳󠁿 👩🏽‍⚕️',
  'line\nbreak\ttab\r\u2028\u2029end',
  '<script>alert(1)</script>',
  '{"json":"look-alike"}',
  '[1,2]',
  'مرحبا بالعالم',
  "''",
  '  spaces around  ',
];

export function hostileCases(c: Conformance): void {
  it('round-trips SQL metacharacters and unicode in every stored text field', async () => {
    const s = c.storage;
    for (const [n, text] of HOSTILE_TEXTS.entries()) {
      const fields: Omit<InstanceRecord, 'version'> = {
        id: text,
        journeyId: text,
        journeyVersion: text,
        status: text as never,
        currentStep: text,
        outcome: text,
        reference: text,
        language: text,
        resumeTokenHash: text,
        snapshot: { [text]: text, list: [text] },
        createdAt: T0,
        updatedAt: T0,
        completedAt: T0,
        erasedAt: null,
      };
      const taskRecord: TaskRecord = {
        ...task(text, text),
        journeyId: text,
        journeyVersion: text,
        stepId: text,
        title: text,
        roles: [text, `role-${n}`],
        status: text as never,
        reference: text,
        dueAt: T0,
      };
      const out: NewOutboxItem = {
        ...outboxItem(text, text),
        kind: text as never,
        outputId: text,
        payload: { text },
      };
      const said: FeedbackRecord = {
        ...feedback(text),
        journeyId: text,
        journeyVersion: text,
        instanceId: text,
        stepId: text,
        kind: text as never,
        comment: text,
      };
      const ev = event(text, {
        actorId: text,
        actorRole: text,
        stepId: text,
        journeyVersion: text,
        data: { [text]: [text] },
      });
      const file: FileRecord = { id: text, instanceId: text, name: text, type: text, size: 1, createdAt: T0 };

      await s.putJourneyVersion(journeyVersion(text, text, { definition: { title: text } as never }));
      expect(await s.publishJourneyVersion(text, text, T0)).toEqual({ ok: true });
      const stored = await createInstance(s, text, {
        fields,
        events: [ev],
        tasks: [taskRecord],
        deadlines: [{ instanceId: text, taskId: text, dueAt: T0 }],
        outbox: [out],
        feedback: [said],
      });
      await s.putFile(file, new Uint8Array([n]));
      await s.failOutbox(text, text, T0, false);

      expect(stored).toEqual({ ...fields, version: 1 });
      expect((await s.latestPublished(text))?.definition).toEqual({ title: text });
      expect(await s.listEvents(text)).toEqual([{ ...ev, instanceId: text, journeyId: text, seq: 1 }]);
      expect(await s.listJourneyEvents(text, text)).toHaveLength(1);
      expect(await s.listTasks({ role: text, limit: 5, offset: 0 })).toEqual({
        items: [taskRecord],
        total: 1,
      });
      expect((await s.listTasks({ journeyId: text, status: text as never, limit: 5, offset: 0 })).total).toBe(
        1,
      );
      expect(await s.listFeedback(text, text)).toEqual([said]);
      expect(await s.getFile(text)).toEqual({ record: file, content: new Uint8Array([n]) });
      expect((await s.listOutbox(text))[0]).toMatchObject({
        id: text,
        kind: text,
        outputId: text,
        payload: { text },
        lastError: text,
      });
    }
    // Every table is still there and holds exactly what was written.
    expect((await c.storage.listTasks({ limit: 100, offset: 0 })).total).toBe(HOSTILE_TEXTS.length);
    expect(await c.storage.claimDueDeadlines(T0, 100, 1000)).toHaveLength(HOSTILE_TEXTS.length);
    expect(await c.storage.listJourneyVersions()).toHaveLength(HOSTILE_TEXTS.length);
  });

  it('keeps JSON exactly: key order, nesting, numbers, escapes and U+0000 inside strings', async () => {
    const snapshot = {
      zebra: 1,
      apple: { z: [3, 2, 1], a: null, empty: {}, none: [] },
      numbers: [0, -1, 0.1 + 0.2, 1e21, 2 ** 53, -1.5e-7],
      text: 'nul\u0000inside "quoted" \\ back\\slash \u2028 \ud83c\udff4',
      flags: [true, false],
    };
    await c.storage.putJourneyVersion(journeyVersion('j', '1.0.0', { definition: snapshot as never }));
    await createInstance(c.storage, 'i-1', {
      fields: { snapshot },
      events: [event('e', { data: snapshot })],
      outbox: [outboxItem('i-1', 'o-1', { payload: snapshot })],
    });
    const exact = JSON.stringify(snapshot);
    expect(JSON.stringify((await c.storage.getInstance('i-1'))?.snapshot)).toBe(exact);
    expect(JSON.stringify((await c.storage.listEvents('i-1'))[0]?.data)).toBe(exact);
    expect(JSON.stringify((await c.storage.listOutbox('i-1'))[0]?.payload)).toBe(exact);
    expect(JSON.stringify((await c.storage.getJourneyVersion('j', '1.0.0'))?.definition)).toBe(exact);
    await c.storage.eraseInstance('i-1', T0, { kept: snapshot.text });
    expect((await c.storage.getInstance('i-1'))?.snapshot).toEqual({ kept: snapshot.text });
    await createInstance(c.storage, 'i-2', {
      fields: { snapshot: 'just a string' },
      events: [event('e', { data: undefined })],
    });
    expect((await c.storage.getInstance('i-2'))?.snapshot).toBe('just a string');
    expect((await c.storage.listEvents('i-2'))[0]?.data).toBeNull();
  });

  it('refuses U+0000 in text columns on both engines alike, and writes nothing', async () => {
    const attempts = [
      () => createInstance(c.storage, 'i-1', { events: [event('bad\u0000type')] }),
      () => createInstance(c.storage, 'i-1', { tasks: [task('i-1', 't', { roles: ['ok', 'b\u0000d'] })] }),
      () => c.storage.addFeedback(feedback('f', { comment: 'x\u0000' })),
      () => c.storage.putJourneyVersion(journeyVersion('j\u0000', '1.0.0')),
    ];
    for (const attempt of attempts) {
      await expect(attempt()).rejects.toMatchObject({ code: 'storage.invalid-text' });
    }
    expect(await c.storage.getInstance('i-1')).toBeNull();
    expect(await c.storage.listFeedback('blue-badge')).toEqual([]);
  });
}
