import type { Instant } from './types';

/**
 * A shareable link that lets someone without a designer account read one journey version and
 * comment on it. Only the SHA-256 of its token is stored.
 */
export interface ReviewLinkRecord {
  id: string;
  journeyId: string;
  version: string;
  /** SHA-256 (hex) of the link's token. */
  tokenHash: string;
  /** The designer who made it. */
  createdBy: string;
  createdAt: Instant;
  /** After this instant the link opens nothing; null: it does not expire. */
  expiresAt: Instant | null;
  revokedAt: Instant | null;
}

/**
 * A review comment pinned to a step (and optionally one of its questions, by field), or a reply to
 * one (`parentId`): replies carry their thread's pin and are never resolved themselves.
 */
export interface ReviewCommentRecord {
  id: string;
  journeyId: string;
  version: string;
  parentId: string | null;
  stepId: string;
  /** The question's field on that step, or null for the step as a whole. */
  field: string | null;
  authorKind: 'reviewer' | 'designer';
  authorName: string;
  text: string;
  createdAt: Instant;
  resolvedAt: Instant | null;
  resolvedBy: string | null;
}

/** Resolving a thread (who and when), or null to reopen it. */
export type Resolution = { at: Instant; by: string } | null;

/** `not-found`: there is no such journey version (or, for a reply, no such thread in it). */
export type ReviewWriteResult = { ok: true } | { ok: false; reason: 'not-found' };
