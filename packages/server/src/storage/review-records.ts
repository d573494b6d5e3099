import { checkTexts, instant, optionalInstant } from './records';
import type { ReviewCommentRecord, ReviewLinkRecord } from './review-types';
import { optionalTime, type Row, time } from './rows';

/* Checks and row mappings for review links and comments, shared by both engines (see records.ts). */

export function checkReviewLink(record: ReviewLinkRecord): ReviewLinkRecord {
  checkTexts(record, ['id', 'journeyId', 'version', 'tokenHash', 'createdBy'], 'reviewLink');
  return {
    ...record,
    createdAt: instant(record.createdAt, 'reviewLink.createdAt'),
    expiresAt: optionalInstant(record.expiresAt, 'reviewLink.expiresAt'),
    revokedAt: optionalInstant(record.revokedAt, 'reviewLink.revokedAt'),
  };
}

export function checkReviewComment(record: ReviewCommentRecord): ReviewCommentRecord {
  checkTexts(
    record,
    [
      'id',
      'journeyId',
      'version',
      'parentId',
      'stepId',
      'field',
      'authorKind',
      'authorName',
      'text',
      'resolvedBy',
    ],
    'reviewComment',
  );
  return {
    ...record,
    createdAt: instant(record.createdAt, 'reviewComment.createdAt'),
    resolvedAt: optionalInstant(record.resolvedAt, 'reviewComment.resolvedAt'),
  };
}

const optionalText = (value: unknown) => (value === null || value === undefined ? null : (value as string));

export function reviewLinkFromRow(row: Row): ReviewLinkRecord {
  return {
    id: row.id as string,
    journeyId: row.journey_id as string,
    version: row.version as string,
    tokenHash: row.token_hash as string,
    createdBy: row.created_by as string,
    createdAt: time(row.created_at),
    expiresAt: optionalTime(row.expires_at),
    revokedAt: optionalTime(row.revoked_at),
  };
}

export function reviewCommentFromRow(row: Row): ReviewCommentRecord {
  return {
    id: row.id as string,
    journeyId: row.journey_id as string,
    version: row.version as string,
    parentId: optionalText(row.parent_id),
    stepId: row.step_id as string,
    field: optionalText(row.field),
    authorKind: row.author_kind as ReviewCommentRecord['authorKind'],
    authorName: row.author_name as string,
    text: row.body as string,
    createdAt: time(row.created_at),
    resolvedAt: optionalTime(row.resolved_at),
    resolvedBy: optionalText(row.resolved_by),
  };
}
