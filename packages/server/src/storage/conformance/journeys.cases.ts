import { expect, it } from 'vitest';
import type { Conformance } from './context';
import { at, BLUE_BADGE, journeyVersion, T0 } from './fixtures';

export function journeyCases(c: Conformance): void {
  it('stores a draft and replaces it on the next save, keeping when it was created', async () => {
    const s = c.storage;
    expect(await s.putJourneyVersion(journeyVersion('blue-badge', '1.1.0'))).toEqual({ ok: true });
    const edited = { ...BLUE_BADGE, version: '1.1.0', title: 'Blue Badge (edited)' };
    expect(
      await s.putJourneyVersion(
        journeyVersion('blue-badge', '1.1.0', { definition: edited, createdAt: at(5), updatedAt: at(5) }),
      ),
    ).toEqual({ ok: true });
    const stored = await s.getJourneyVersion('blue-badge', '1.1.0');
    expect(stored).toEqual({
      ...journeyVersion('blue-badge', '1.1.0'),
      definition: edited,
      updatedAt: at(5),
    });
    expect(await s.getJourneyVersion('blue-badge', '9.9.9')).toBeNull();
  });

  it('publishes a draft once, and refuses to change a published version', async () => {
    const s = c.storage;
    await s.putJourneyVersion(journeyVersion('blue-badge', '1.0.0'));
    expect(await s.publishJourneyVersion('blue-badge', '1.0.0', at(1))).toEqual({ ok: true });
    expect(await s.publishJourneyVersion('blue-badge', '1.0.0', at(2))).toEqual({
      ok: false,
      reason: 'already-published',
    });
    expect(await s.publishJourneyVersion('blue-badge', '3.0.0', at(2))).toEqual({
      ok: false,
      reason: 'not-found',
    });

    const published = await s.getJourneyVersion('blue-badge', '1.0.0');
    expect(published).toMatchObject({ status: 'published', publishedAt: at(1), updatedAt: at(1) });

    const tampered = { ...BLUE_BADGE, title: 'Tampered' };
    expect(
      await s.putJourneyVersion(journeyVersion('blue-badge', '1.0.0', { definition: tampered })),
    ).toEqual({
      ok: false,
      reason: 'published-immutable',
    });
    expect(
      await s.putJourneyVersion(
        journeyVersion('blue-badge', '1.0.0', { status: 'published', definition: tampered }),
      ),
    ).toEqual({ ok: false, reason: 'published-immutable' });
    expect(await s.getJourneyVersion('blue-badge', '1.0.0')).toEqual(published);
    expect(await s.deleteDraft('blue-badge', '1.0.0')).toBe(false);
    expect(await s.getJourneyVersion('blue-badge', '1.0.0')).toEqual(published);
  });

  it('finds the latest published version by semantic version, not by string order, ignoring drafts', async () => {
    const s = c.storage;
    for (const version of ['1.9.0', '1.10.0', '1.2.0', '1.10.0-beta.2']) {
      await s.putJourneyVersion(
        journeyVersion('blue-badge', version, { status: 'published', publishedAt: T0 }),
      );
    }
    await s.putJourneyVersion(journeyVersion('blue-badge', '2.0.0'));
    await s.putJourneyVersion(journeyVersion('other', '5.0.0', { status: 'published', publishedAt: T0 }));
    expect((await s.latestPublished('blue-badge'))?.version).toBe('1.10.0');
    expect(await s.latestPublished('nothing-here')).toBeNull();

    const all = await s.listJourneyVersions();
    expect(all.map((v) => `${v.journeyId}@${v.version}`)).toEqual([
      'blue-badge@1.2.0',
      'blue-badge@1.9.0',
      'blue-badge@1.10.0-beta.2',
      'blue-badge@1.10.0',
      'blue-badge@2.0.0',
      'other@5.0.0',
    ]);
    expect((await s.listJourneyVersions('other')).map((v) => v.version)).toEqual(['5.0.0']);
  });

  it('deletes a draft but not a missing version', async () => {
    const s = c.storage;
    await s.putJourneyVersion(journeyVersion('blue-badge', '2.0.0'));
    expect(await s.deleteDraft('blue-badge', '2.0.0')).toBe(true);
    expect(await s.getJourneyVersion('blue-badge', '2.0.0')).toBeNull();
    expect(await s.deleteDraft('blue-badge', '2.0.0')).toBe(false);
  });
}
