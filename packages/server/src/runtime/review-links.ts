import type { Clock } from '@fingerpost/core';
import type { Caller } from '../auth/access';
import type { DesignerPrincipal } from '../auth/principal';
import { HttpError } from '../http/http-error';
import type { ReviewLinkRecord } from '../storage/review-types';
import type { JourneyVersionRecord, Storage } from '../storage/types';
import { type RandomBytes, resumeToken, tokenHash, uuid } from './ids';

/** A review link as designers see it (its token is shown once, when it is made). */
export interface ReviewLinkView {
  id: string;
  journeyId: string;
  version: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  status: 'active' | 'revoked' | 'expired';
}

/** Who is reviewing: a designer, or someone holding a live link for this version. */
export type Reviewer = { kind: 'designer'; id: string } | { kind: 'reviewer'; link: ReviewLinkRecord };

export interface ReviewDeps {
  storage: Storage;
  clock: Clock;
  random: RandomBytes;
}

export const versionNotFound = (id: string, version: string) =>
  new HttpError(404, 'journey.version-not-found', `There is no version ${version} of "${id}"`);

const linkRefused = () =>
  new HttpError(
    404,
    'review.link-not-found',
    'This review link does not open this draft: it may have been revoked or have expired',
  );

function view(link: ReviewLinkRecord, now: Date): ReviewLinkView {
  const { tokenHash: _secret, ...rest } = link;
  const status =
    link.revokedAt !== null
      ? 'revoked'
      : link.expiresAt !== null && Date.parse(link.expiresAt) <= now.getTime()
        ? 'expired'
        : 'active';
  return { ...rest, status };
}

/**
 * Review links: a designer makes one for a journey version (256 random bits; only its SHA-256 is
 * stored), may give it an expiry, and may revoke it. A live link lets anyone holding it read that
 * version and comment on it, and nothing else.
 */
export class ReviewLinks {
  constructor(private readonly deps: ReviewDeps) {}

  async existing(journeyId: string, version: string): Promise<JourneyVersionRecord> {
    const record = await this.deps.storage.getJourneyVersion(journeyId, version);
    if (!record) throw versionNotFound(journeyId, version);
    return record;
  }

  async create(
    journeyId: string,
    version: string,
    by: DesignerPrincipal,
    expiresAt: string | undefined,
  ): Promise<ReviewLinkView & { token: string }> {
    const now = this.deps.clock();
    if (expiresAt !== undefined && !(Date.parse(expiresAt) > now.getTime()))
      throw new HttpError(422, 'body.invalid', 'The link would never open', {
        errors: [{ field: 'expiresAt', code: 'review.expiry-past', message: 'Give an expiry in the future' }],
      });
    const token = resumeToken(this.deps.random);
    const record: ReviewLinkRecord = {
      id: uuid(this.deps.random),
      journeyId,
      version,
      tokenHash: tokenHash(token),
      createdBy: by.id,
      createdAt: now.toISOString(),
      expiresAt: expiresAt === undefined ? null : new Date(expiresAt).toISOString(),
      revokedAt: null,
    };
    const added = await this.deps.storage.addReviewLink(record);
    if (!added.ok) throw versionNotFound(journeyId, version);
    return { ...view(record, now), token };
  }

  async list(journeyId: string, version: string): Promise<ReviewLinkView[]> {
    await this.existing(journeyId, version);
    const now = this.deps.clock();
    return (await this.deps.storage.listReviewLinks(journeyId, version)).map((link) => view(link, now));
  }

  async revoke(journeyId: string, version: string, linkId: string): Promise<void> {
    const at = this.deps.clock().toISOString();
    if (!(await this.deps.storage.revokeReviewLink(journeyId, version, linkId, at)))
      throw new HttpError(404, 'review.link-not-found', `There is no review link ${linkId} for this version`);
  }

  /**
   * Who the caller is for this version, with the version: a designer, or a live link for exactly
   * this version. Any other token answers 404, so a link says nothing about other drafts.
   */
  async open(
    journeyId: string,
    version: string,
    caller: Caller,
  ): Promise<{ reviewer: Reviewer; record: JourneyVersionRecord }> {
    if (caller.kind === 'staff' && caller.principal.kind === 'designer')
      return {
        reviewer: { kind: 'designer', id: caller.principal.id },
        record: await this.existing(journeyId, version),
      };
    if (caller.kind !== 'reviewer') throw linkRefused();
    const link = await this.deps.storage.findReviewLink(tokenHash(caller.token));
    if (!link || link.journeyId !== journeyId || link.version !== version) throw linkRefused();
    if (view(link, this.deps.clock()).status !== 'active') throw linkRefused();
    const record = await this.deps.storage.getJourneyVersion(journeyId, version);
    if (!record) throw linkRefused();
    return { reviewer: { kind: 'reviewer', link }, record };
  }
}
