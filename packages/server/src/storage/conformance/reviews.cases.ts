import { expect, it } from 'vitest';
import type { ReviewCommentRecord, ReviewLinkRecord } from '../review-types';
import type { Conformance } from './context';
import { at, journeyVersion, T0 } from './fixtures';

function link(id: string, overrides: Partial<ReviewLinkRecord> = {}): ReviewLinkRecord {
  return {
    id,
    journeyId: 'blue-badge',
    version: '1.1.0',
    tokenHash: `${id}-hash`.padEnd(64, '0'),
    createdBy: 'designer-1',
    createdAt: T0,
    expiresAt: null,
    revokedAt: null,
    ...overrides,
  };
}

function comment(id: string, overrides: Partial<ReviewCommentRecord> = {}): ReviewCommentRecord {
  return {
    id,
    journeyId: 'blue-badge',
    version: '1.1.0',
    parentId: null,
    stepId: 'age',
    field: null,
    authorKind: 'reviewer',
    authorName: 'Priya',
    text: 'Is this clear?',
    createdAt: T0,
    resolvedAt: null,
    resolvedBy: null,
    ...overrides,
  };
}

export function reviewCases(c: Conformance): void {
  it('keeps review links per version, finds one by its token hash, and revokes it once', async () => {
    const s = c.storage;
    await s.putJourneyVersion(journeyVersion('blue-badge', '1.1.0'));
    await s.putJourneyVersion(journeyVersion('blue-badge', '1.2.0'));
    const second = link('l-2', { createdAt: at(2), expiresAt: '2026-03-09T09:00:00+00:00' });
    expect(await s.addReviewLink(second)).toEqual({ ok: true });
    expect(await s.addReviewLink(link('l-1'))).toEqual({ ok: true });
    expect(await s.addReviewLink(link('l-3', { version: '1.2.0' }))).toEqual({ ok: true });
    expect(await s.addReviewLink(link('l-4', { version: '9.9.9' }))).toEqual({
      ok: false,
      reason: 'not-found',
    });

    expect((await s.listReviewLinks('blue-badge', '1.1.0')).map((l) => l.id)).toEqual(['l-1', 'l-2']);
    expect(await s.findReviewLink(second.tokenHash)).toEqual({
      ...second,
      expiresAt: '2026-03-09T09:00:00.000Z',
    });
    expect(await s.findReviewLink('f'.repeat(64))).toBeNull();

    expect(await s.revokeReviewLink('blue-badge', '1.2.0', 'l-1', at(5))).toBe(false);
    expect(await s.revokeReviewLink('blue-badge', '1.1.0', 'l-1', at(5))).toBe(true);
    expect(await s.revokeReviewLink('blue-badge', '1.1.0', 'l-1', at(9))).toBe(true);
    expect((await s.findReviewLink(link('l-1').tokenHash))?.revokedAt).toBe(at(5));
    expect((await s.findReviewLink(link('l-3', { version: '1.2.0' }).tokenHash))?.revokedAt).toBeNull();
  });

  it('keeps comment threads with replies, resolves and reopens threads only', async () => {
    const s = c.storage;
    await s.putJourneyVersion(journeyVersion('blue-badge', '1.1.0'));
    await s.putJourneyVersion(journeyVersion('blue-badge', '1.2.0'));
    const thread = comment('c-1', { field: 'dateOfBirth' });
    expect(await s.addReviewComment(thread)).toEqual({ ok: true });
    const reply = comment('c-2', {
      parentId: 'c-1',
      authorKind: 'designer',
      authorName: 'Dee',
      createdAt: at(1),
    });
    expect(await s.addReviewComment(reply)).toEqual({ ok: true });
    expect(await s.addReviewComment(comment('c-2', { text: 'replaced?' }))).toEqual({ ok: true });
    expect(await s.addReviewComment(comment('c-3', { parentId: 'c-2' }))).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await s.addReviewComment(comment('c-4', { parentId: 'c-1', version: '1.2.0' }))).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await s.addReviewComment(comment('c-5', { version: '3.0.0' }))).toEqual({
      ok: false,
      reason: 'not-found',
    });
    expect(await s.listReviewComments('blue-badge', '1.1.0')).toEqual([thread, reply]);
    expect(await s.listReviewComments('blue-badge', '1.2.0')).toEqual([]);

    expect(await s.resolveReviewComment('blue-badge', '1.1.0', 'c-1', { at: at(3), by: 'designer-1' })).toBe(
      true,
    );
    expect(await s.resolveReviewComment('blue-badge', '1.1.0', 'c-2', { at: at(3), by: 'designer-1' })).toBe(
      false,
    );
    expect(await s.resolveReviewComment('blue-badge', '1.2.0', 'c-1', null)).toBe(false);
    expect((await s.listReviewComments('blue-badge', '1.1.0'))[0]).toMatchObject({
      resolvedAt: at(3),
      resolvedBy: 'designer-1',
    });
    expect(await s.resolveReviewComment('blue-badge', '1.1.0', 'c-1', null)).toBe(true);
    expect((await s.listReviewComments('blue-badge', '1.1.0'))[0]).toEqual(thread);
  });

  it('round-trips hostile text in comments and refuses U+0000 without storing anything', async () => {
    const s = c.storage;
    await s.putJourneyVersion(journeyVersion('blue-badge', '1.1.0'));
    const hostile = comment('c-1', {
      authorName: `Robert'); DROP TABLE review_comments;--`,
      text: '<script>alert("x")</script> \\ % _ Ŵales 🏴󠁧󠁢󠁷󠁬󠁳󠁿 \u200b',
    });
    expect(await s.addReviewComment(hostile)).toEqual({ ok: true });
    expect(await s.listReviewComments('blue-badge', '1.1.0')).toEqual([hostile]);
    await expect(s.addReviewComment(comment('c-2', { text: 'a\u0000b' }))).rejects.toMatchObject({
      code: 'storage.invalid-text',
      path: 'reviewComment.text',
    });
    expect(await s.listReviewComments('blue-badge', '1.1.0')).toHaveLength(1);
  });

  it('deletes a draft with its links and comments, and keeps them when the draft is published', async () => {
    const s = c.storage;
    await s.putJourneyVersion(journeyVersion('blue-badge', '1.1.0'));
    await s.putJourneyVersion(journeyVersion('blue-badge', '1.2.0'));
    await s.addReviewLink(link('l-1'));
    await s.addReviewComment(comment('c-1'));
    await s.addReviewComment(comment('c-2', { parentId: 'c-1' }));
    await s.addReviewLink(link('l-2', { version: '1.2.0' }));
    await s.addReviewComment(comment('c-3', { version: '1.2.0' }));

    expect(await s.deleteDraft('blue-badge', '1.1.0')).toBe(true);
    expect(await s.findReviewLink(link('l-1').tokenHash)).toBeNull();
    expect(await s.listReviewComments('blue-badge', '1.1.0')).toEqual([]);
    await s.putJourneyVersion(journeyVersion('blue-badge', '1.1.0'));
    expect(await s.listReviewLinks('blue-badge', '1.1.0')).toEqual([]);

    await s.publishJourneyVersion('blue-badge', '1.2.0', at(4));
    const other = await c.another();
    expect((await other.listReviewLinks('blue-badge', '1.2.0')).map((l) => l.id)).toEqual(['l-2']);
    expect((await other.listReviewComments('blue-badge', '1.2.0')).map((x) => x.id)).toEqual(['c-3']);
  });
}
