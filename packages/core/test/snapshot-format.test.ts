import { describe, expect, it } from 'vitest';
import { type JourneySnapshot, restoreJourney, type SnapshotHistoryEntry, startJourney } from '../src/index';
import { blueBadge } from './fixtures/blue-badge';
import { testClock } from './fixtures/clock';
import snapshotV1 from './fixtures/snapshot-v1.json';
import snapshotV2 from './fixtures/snapshot-v2.json';
import { ok } from './helpers';

// Snapshots stored by earlier versions (format 1: answers twice, whole history entries; format 2:
// history entries as objects) must go on restoring: hosts keep them for the life of an application.
describe('snapshot formats', () => {
  const clock = () => testClock('2026-03-02T10:00:00Z');

  function sameRunNow() {
    const run = startJourney(blueBadge, { clock: clock(), instanceId: 'app-9', reference: 'BB-AAAA-BBBB' });
    ok(run.submit('date-of-birth', { dateOfBirth: '1950-03-27' }));
    ok(run.submit('benefits', { benefit: 'pip' }));
    ok(run.submit('pip-points', { pipPoints: '10' }));
    return run;
  }

  it.each([
    ['1', snapshotV1],
    ['2', snapshotV2],
  ])(
    'restores a format %s snapshot and goes on exactly like the run it was taken from',
    (_format, stored) => {
      const old = restoreJourney(blueBadge, structuredClone(stored) as JourneySnapshot, { clock: clock() });
      if (!old.ok) throw new Error(old.error.message);
      const now = sameRunNow();
      expect(old.run.view()).toEqual(now.view());
      expect(old.run.history()).toEqual(now.history());
      ok(old.run.submit('name', { fullName: 'Ann Smith' }));
      ok(now.submit('name', { fullName: 'Ann Smith' }));
      expect(old.run.snapshot()).toEqual(now.snapshot());
      expect(old.run.snapshot().format).toBe('fingerpost.snapshot/3');
    },
  );

  it('keeps history entries by position, the actor as its kind alone when it has no id or role', () => {
    const history = sameRunNow().snapshot().history;
    expect(history[0]).toEqual([
      '2026-03-02T10:00:00.000Z',
      'started',
      'resident',
      'date-of-birth',
      { language: 'en' },
      '1.0.0',
    ]);
    expect(history[1]).toEqual([
      '2026-03-02T10:00:00.000Z',
      'pageSubmitted',
      'resident',
      'date-of-birth',
      { fields: ['dateOfBirth'] },
    ]);
  });

  it('is smaller than format 2 for the same application', () => {
    expect(JSON.stringify(sameRunNow().snapshot()).length).toBeLessThan(
      JSON.stringify(snapshotV2).length * 0.9,
    );
  });

  it('is smaller than format 1 for the same application', () => {
    expect(JSON.stringify(sameRunNow().snapshot()).length).toBeLessThan(
      JSON.stringify(snapshotV1).length * 0.9,
    );
  });

  it('leaves the history out when the host keeps it, and restores once the host puts it back', () => {
    const run = sameRunNow();
    const lean = run.snapshot({ history: false });
    expect(lean.history).toEqual([]);
    const restored = restoreJourney(
      blueBadge,
      { ...lean, history: run.snapshot().history },
      { clock: clock() },
    );
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.run.history()).toEqual(run.history());
    expect(restored.run.view()).toEqual(run.view());
  });

  it('is a copy: changing it changes nothing in the run', () => {
    const run = sameRunNow();
    const snapshot = run.snapshot();
    const answers = structuredClone(run.answers);
    const history = structuredClone(run.history());
    snapshot.answers.benefit = 'none';
    ((snapshot.history[1] as SnapshotHistoryEntry)[4] as { fields: string[] }).fields.push('forged');
    snapshot.machine.context.completed.pop();
    expect(run.answers).toEqual(answers);
    expect(run.history()).toEqual(history);
    expect(run.snapshot().machine.context.completed).toHaveLength(3);
  });

  it('refuses an unknown format with a typed error that names the formats it reads', () => {
    const result = restoreJourney(
      blueBadge,
      { ...(snapshotV1 as unknown as JourneySnapshot), format: 'fingerpost.snapshot/9' as never },
      { clock: clock() },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'snapshot.invalid', path: '/format' });
    expect(result.error.message).toContain('fingerpost.snapshot/1');
  });
});
