import {
  checkReviewComment,
  checkReviewLink,
  reviewCommentFromRow,
  reviewLinkFromRow,
} from '../review-records';
import type { Resolution, ReviewCommentRecord, ReviewLinkRecord, ReviewWriteResult } from '../review-types';
import type { Row } from '../rows';
import type { Queryable } from './pool';

/*
 * As sqlite/reviews.ts: a missing journey version (or thread) is a returned `not-found`, also when
 * the draft is deleted between the check and the insert (a foreign-key violation, 23503).
 */

async function inserted(insert: Promise<{ rowCount: number | null }>): Promise<ReviewWriteResult> {
  try {
    return (await insert).rowCount ? { ok: true } : { ok: false, reason: 'not-found' };
  } catch (error) {
    if ((error as { code?: string }).code === '23503') return { ok: false, reason: 'not-found' };
    throw error;
  }
}

export async function addReviewLinkPostgres(
  db: Queryable,
  input: ReviewLinkRecord,
): Promise<ReviewWriteResult> {
  const r = checkReviewLink(input);
  return inserted(
    db.query(
      `INSERT INTO review_links (id, journey_id, version, token_hash, created_by, created_at, expires_at, revoked_at)
     SELECT $1, $2, $3, $4, $5, $6, $7, $8
     WHERE EXISTS (SELECT 1 FROM journey_versions WHERE journey_id = $2 AND version = $3)`,
      [r.id, r.journeyId, r.version, r.tokenHash, r.createdBy, r.createdAt, r.expiresAt, r.revokedAt],
    ),
  );
}

export async function listReviewLinksPostgres(
  db: Queryable,
  journeyId: string,
  version: string,
): Promise<ReviewLinkRecord[]> {
  const { rows } = await db.query<Row>(
    'SELECT * FROM review_links WHERE journey_id = $1 AND version = $2 ORDER BY created_at, id',
    [journeyId, version],
  );
  return rows.map(reviewLinkFromRow);
}

export async function findReviewLinkPostgres(
  db: Queryable,
  tokenHash: string,
): Promise<ReviewLinkRecord | null> {
  const { rows } = await db.query<Row>('SELECT * FROM review_links WHERE token_hash = $1', [tokenHash]);
  return rows[0] ? reviewLinkFromRow(rows[0]) : null;
}

export async function revokeReviewLinkPostgres(
  db: Queryable,
  journeyId: string,
  version: string,
  id: string,
  at: string,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE review_links SET revoked_at = COALESCE(revoked_at, $4)
     WHERE id = $1 AND journey_id = $2 AND version = $3`,
    [id, journeyId, version, at],
  );
  return (rowCount ?? 0) > 0;
}

export async function addReviewCommentPostgres(
  db: Queryable,
  input: ReviewCommentRecord,
): Promise<ReviewWriteResult> {
  const r = checkReviewComment(input);
  const existing = await db.query('SELECT 1 FROM review_comments WHERE id = $1', [r.id]);
  if (existing.rowCount) return { ok: true };
  return inserted(
    db.query(
      `INSERT INTO review_comments (id, journey_id, version, parent_id, step_id, field, author_kind, author_name,
       body, created_at, resolved_at, resolved_by)
     SELECT $1, $2, $3, $4::text, $5, $6, $7, $8, $9, $10, $11, $12
     WHERE EXISTS (SELECT 1 FROM journey_versions WHERE journey_id = $2 AND version = $3)
       AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM review_comments WHERE id = $4::text
         AND journey_id = $2 AND version = $3 AND parent_id IS NULL))
     ON CONFLICT (id) DO NOTHING`,
      [
        r.id,
        r.journeyId,
        r.version,
        r.parentId,
        r.stepId,
        r.field,
        r.authorKind,
        r.authorName,
        r.text,
        r.createdAt,
        r.resolvedAt,
        r.resolvedBy,
      ],
    ),
  );
}

export async function listReviewCommentsPostgres(
  db: Queryable,
  journeyId: string,
  version: string,
): Promise<ReviewCommentRecord[]> {
  const { rows } = await db.query<Row>(
    'SELECT * FROM review_comments WHERE journey_id = $1 AND version = $2 ORDER BY created_at, id',
    [journeyId, version],
  );
  return rows.map(reviewCommentFromRow);
}

export async function resolveReviewCommentPostgres(
  db: Queryable,
  journeyId: string,
  version: string,
  id: string,
  resolution: Resolution,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE review_comments SET resolved_at = $4, resolved_by = $5
     WHERE id = $1 AND journey_id = $2 AND version = $3 AND parent_id IS NULL`,
    [id, journeyId, version, resolution?.at ?? null, resolution?.by ?? null],
  );
  return (rowCount ?? 0) > 0;
}
