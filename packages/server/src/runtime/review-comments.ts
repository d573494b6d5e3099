import type { Caller } from '../auth/access';
import type { DesignerPrincipal } from '../auth/principal';
import { type FieldProblem, HttpError } from '../http/http-error';
import type { ReviewCommentRecord } from '../storage/review-types';
import type { JourneyVersionRecord } from '../storage/types';
import { uuid } from './ids';
import { type ReviewDeps, type ReviewLinks, versionNotFound } from './review-links';

export interface CommentAuthor {
  kind: 'reviewer' | 'designer';
  name: string;
}

export interface CommentReply {
  id: string;
  author: CommentAuthor;
  text: string;
  createdAt: string;
}

/** A comment pinned to a step (and optionally one of its questions), with its replies. */
export interface CommentThread extends CommentReply {
  stepId: string;
  /** The question's field on that step, or null for the whole step. */
  field: string | null;
  status: 'open' | 'resolved';
  resolvedAt: string | null;
  resolvedBy: string | null;
  replies: CommentReply[];
}

export interface NewComment {
  stepId: string;
  field?: string;
  author: string;
  text: string;
}

const reply = (r: ReviewCommentRecord): CommentReply => ({
  id: r.id,
  author: { kind: r.authorKind, name: r.authorName },
  text: r.text,
  createdAt: r.createdAt,
});

/** Threads in the order they were started, each with its replies in order. */
export function threads(records: ReviewCommentRecord[]): CommentThread[] {
  const roots = records.filter((r) => r.parentId === null);
  return roots.map((r) => ({
    ...reply(r),
    stepId: r.stepId,
    field: r.field,
    status: r.resolvedAt === null ? 'open' : 'resolved',
    resolvedAt: r.resolvedAt,
    resolvedBy: r.resolvedBy,
    replies: records.filter((x) => x.parentId === r.id).map(reply),
  }));
}

const invalid = (problems: FieldProblem[]) =>
  new HttpError(422, 'body.invalid', 'The comment cannot be saved as it is', { errors: problems });

/** Trimmed text that is not blank (the body schema has already capped its length). */
function words(value: string, field: string, what: string): string {
  const text = value.trim();
  if (text === '') throw invalid([{ field, code: 'review.blank', message: `Enter ${what}` }]);
  if (text.includes('\u0000'))
    throw invalid([{ field, code: 'review.invalid-text', message: `${what} contains a NUL character` }]);
  return text;
}

/** The pin must name a step of this version, and a question on that step if it names one. */
function checkPin(record: JourneyVersionRecord, stepId: string, field: string | undefined): void {
  const steps = (record.definition as { steps?: unknown }).steps;
  const step = Array.isArray(steps)
    ? (steps as Array<{ id?: unknown; components?: unknown }>).find((s) => s?.id === stepId)
    : undefined;
  if (!step)
    throw invalid([
      { field: 'stepId', code: 'review.unknown-step', message: `There is no step "${stepId}"` },
    ]);
  if (field === undefined) return;
  const components = Array.isArray(step.components) ? (step.components as Array<{ field?: unknown }>) : [];
  if (!components.some((c) => c?.field === field))
    throw invalid([
      {
        field: 'field',
        code: 'review.unknown-field',
        message: `Step "${stepId}" has no question "${field}"`,
      },
    ]);
}

/**
 * Comments on a journey version: reviewers (through a link) and designers start threads pinned to
 * a step or question; designers reply and resolve or reopen them.
 */
export class ReviewComments {
  constructor(
    private readonly deps: ReviewDeps,
    private readonly links: ReviewLinks,
  ) {}

  async list(journeyId: string, version: string, caller: Caller): Promise<CommentThread[]> {
    await this.links.open(journeyId, version, caller);
    return threads(await this.deps.storage.listReviewComments(journeyId, version));
  }

  async add(journeyId: string, version: string, caller: Caller, input: NewComment): Promise<CommentThread> {
    const { reviewer, record } = await this.links.open(journeyId, version, caller);
    const authorName = words(input.author, 'author', 'your name');
    const text = words(input.text, 'text', 'a comment');
    checkPin(record, input.stepId, input.field);
    const comment: ReviewCommentRecord = {
      id: uuid(this.deps.random),
      journeyId,
      version,
      parentId: null,
      stepId: input.stepId,
      field: input.field ?? null,
      authorKind: reviewer.kind,
      authorName,
      text,
      createdAt: this.deps.clock().toISOString(),
      resolvedAt: null,
      resolvedBy: null,
    };
    if (!(await this.deps.storage.addReviewComment(comment)).ok) throw versionNotFound(journeyId, version);
    return threads([comment])[0]!;
  }

  private async thread(journeyId: string, version: string, id: string): Promise<CommentThread> {
    const found = threads(await this.deps.storage.listReviewComments(journeyId, version)).find(
      (t) => t.id === id,
    );
    if (!found)
      throw new HttpError(404, 'review.comment-not-found', `There is no comment ${id} on this version`);
    return found;
  }

  async reply(
    journeyId: string,
    version: string,
    threadId: string,
    by: DesignerPrincipal,
    input: { author?: string; text: string },
  ): Promise<CommentThread> {
    const parent = await this.thread(journeyId, version, threadId);
    const record: ReviewCommentRecord = {
      id: uuid(this.deps.random),
      journeyId,
      version,
      parentId: threadId,
      stepId: parent.stepId,
      field: parent.field,
      authorKind: 'designer',
      authorName: input.author === undefined ? by.id : words(input.author, 'author', 'your name'),
      text: words(input.text, 'text', 'a reply'),
      createdAt: this.deps.clock().toISOString(),
      resolvedAt: null,
      resolvedBy: null,
    };
    if (!(await this.deps.storage.addReviewComment(record)).ok)
      throw new HttpError(404, 'review.comment-not-found', `There is no comment ${threadId} on this version`);
    return this.thread(journeyId, version, threadId);
  }

  async setStatus(
    journeyId: string,
    version: string,
    threadId: string,
    by: DesignerPrincipal,
    status: 'open' | 'resolved',
  ): Promise<CommentThread> {
    const resolution = status === 'resolved' ? { at: this.deps.clock().toISOString(), by: by.id } : null;
    if (!(await this.deps.storage.resolveReviewComment(journeyId, version, threadId, resolution)))
      throw new HttpError(404, 'review.comment-not-found', `There is no comment ${threadId} on this version`);
    return this.thread(journeyId, version, threadId);
  }
}
