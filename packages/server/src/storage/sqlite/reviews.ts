import {
  checkReviewComment,
  checkReviewLink,
  reviewCommentFromRow,
  reviewLinkFromRow,
} from '../review-records';
import type { Resolution, ReviewCommentRecord, ReviewLinkRecord, ReviewWriteResult } from '../review-types';
import type { Row } from '../rows';
import type { SqliteHandle } from './database';

/*
 * Inserts go through INSERT … SELECT … WHERE EXISTS so that a missing journey version (or thread)
 * is a returned `not-found`, the same on both engines, rather than a foreign-key exception.
 */

export function addReviewLinkSqlite(h: SqliteHandle, input: ReviewLinkRecord): ReviewWriteResult {
  const r = checkReviewLink(input);
  const { changes } = h
    .statement(
      `INSERT INTO review_links (id, journey_id, version, token_hash, created_by, created_at, expires_at, revoked_at)
       SELECT @id, @journeyId, @version, @tokenHash, @createdBy, @createdAt, @expiresAt, @revokedAt
       WHERE EXISTS (SELECT 1 FROM journey_versions WHERE journey_id = @journeyId AND version = @version)`,
    )
    .run(r);
  return changes > 0 ? { ok: true } : { ok: false, reason: 'not-found' };
}

export function listReviewLinksSqlite(
  h: SqliteHandle,
  journeyId: string,
  version: string,
): ReviewLinkRecord[] {
  const rows = h
    .statement('SELECT * FROM review_links WHERE journey_id = ? AND version = ? ORDER BY created_at, id')
    .all(journeyId, version) as Row[];
  return rows.map(reviewLinkFromRow);
}

export function findReviewLinkSqlite(h: SqliteHandle, tokenHash: string): ReviewLinkRecord | null {
  const row = h.statement('SELECT * FROM review_links WHERE token_hash = ?').get(tokenHash) as
    | Row
    | undefined;
  return row ? reviewLinkFromRow(row) : null;
}

export function revokeReviewLinkSqlite(
  h: SqliteHandle,
  journeyId: string,
  version: string,
  id: string,
  at: string,
): boolean {
  return (
    h
      .statement(
        `UPDATE review_links SET revoked_at = COALESCE(revoked_at, @at)
         WHERE id = @id AND journey_id = @journeyId AND version = @version`,
      )
      .run({ id, journeyId, version, at }).changes > 0
  );
}

export function addReviewCommentSqlite(h: SqliteHandle, input: ReviewCommentRecord): ReviewWriteResult {
  const r = checkReviewComment(input);
  if (h.statement('SELECT 1 FROM review_comments WHERE id = ?').get(r.id)) return { ok: true };
  const { changes } = h
    .statement(
      `INSERT INTO review_comments (id, journey_id, version, parent_id, step_id, field, author_kind, author_name,
         body, created_at, resolved_at, resolved_by)
       SELECT @id, @journeyId, @version, @parentId, @stepId, @field, @authorKind, @authorName, @text, @createdAt,
         @resolvedAt, @resolvedBy
       WHERE EXISTS (SELECT 1 FROM journey_versions WHERE journey_id = @journeyId AND version = @version)
         AND (@parentId IS NULL OR EXISTS (SELECT 1 FROM review_comments WHERE id = @parentId
           AND journey_id = @journeyId AND version = @version AND parent_id IS NULL))`,
    )
    .run(r);
  return changes > 0 ? { ok: true } : { ok: false, reason: 'not-found' };
}

export function listReviewCommentsSqlite(
  h: SqliteHandle,
  journeyId: string,
  version: string,
): ReviewCommentRecord[] {
  const rows = h
    .statement('SELECT * FROM review_comments WHERE journey_id = ? AND version = ? ORDER BY created_at, id')
    .all(journeyId, version) as Row[];
  return rows.map(reviewCommentFromRow);
}

export function resolveReviewCommentSqlite(
  h: SqliteHandle,
  journeyId: string,
  version: string,
  id: string,
  resolution: Resolution,
): boolean {
  return (
    h
      .statement(
        `UPDATE review_comments SET resolved_at = @at, resolved_by = @by
         WHERE id = @id AND journey_id = @journeyId AND version = @version AND parent_id IS NULL`,
      )
      .run({ id, journeyId, version, at: resolution?.at ?? null, by: resolution?.by ?? null }).changes > 0
  );
}
