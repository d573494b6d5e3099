import type { Journey } from '@fingerpost/schema';
import type { Resolution, ReviewCommentRecord, ReviewLinkRecord, ReviewWriteResult } from './review-types';

/** ISO 8601 instant, e.g. 2026-03-02T09:00:00.000Z. */
export type Instant = string;

export interface JourneyVersionRecord {
  journeyId: string;
  version: string;
  status: 'draft' | 'published';
  definition: Journey;
  createdAt: Instant;
  updatedAt: Instant;
  publishedAt: Instant | null;
}

export type InstanceStatus = 'inProgress' | 'awaitingDecision' | 'moreInformationRequested' | 'completed';

export interface InstanceRecord {
  id: string;
  journeyId: string;
  journeyVersion: string;
  status: InstanceStatus;
  currentStep: string;
  /** End outcome once completed: submitted, approved, ineligible, rejected, withdrawn. */
  outcome: string | null;
  reference: string | null;
  language: string;
  /** SHA-256 (hex) of the resume token; the token itself is never stored. */
  resumeTokenHash: string;
  /** The engine's JourneySnapshot (plain JSON). */
  snapshot: unknown;
  /** Optimistic concurrency: 1 when created, +1 on every committed change. */
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
  completedAt: Instant | null;
  /** Set when the personal data was erased on request. */
  erasedAt: Instant | null;
}

export interface NewEvent {
  type: string;
  at: Instant;
  actorKind: 'resident' | 'caseworker' | 'designer' | 'system';
  actorId: string | null;
  actorRole: string | null;
  stepId: string | null;
  journeyVersion: string;
  data: unknown;
}

export interface StoredEvent extends NewEvent {
  instanceId: string;
  journeyId: string;
  /** 1, 2, 3… per instance, gap-free, in commit order. */
  seq: number;
}

export interface TaskRecord {
  instanceId: string;
  taskId: string;
  journeyId: string;
  journeyVersion: string;
  stepId: string;
  title: string;
  roles: string[];
  status: 'open' | 'approved' | 'rejected' | 'waitingForResident' | 'cancelled';
  dueAt: Instant | null;
  paused: boolean;
  escalated: boolean;
  reference: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface DeadlineRecord {
  instanceId: string;
  taskId: string;
  dueAt: Instant;
}

export interface NewOutboxItem {
  id: string;
  instanceId: string;
  kind: 'webhook' | 'email';
  /** The output's id in the journey. */
  outputId: string;
  payload: unknown;
  createdAt: Instant;
}

export interface OutboxItem extends NewOutboxItem {
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: Instant;
  lastError: string | null;
  deliveredAt: Instant | null;
}

export interface FeedbackRecord {
  id: string;
  journeyId: string;
  journeyVersion: string;
  instanceId: string | null;
  stepId: string | null;
  kind: 'pageUseful' | 'pageNotUseful' | 'problem' | 'satisfaction';
  rating: number | null;
  comment: string | null;
  at: Instant;
}

export interface FileRecord {
  id: string;
  instanceId: string;
  name: string;
  type: string;
  size: number;
  createdAt: Instant;
}

/**
 * One state change of an instance, committed in one transaction: the instance row (checked against
 * `expectedVersion`), its new history events, the full set of its tasks, its pending deadlines
 * (replacing the previous pending set; a deadline no longer listed is done), and outbox items.
 * Tasks, deadlines and outbox items must belong to `instance.id`, and a task id may appear once in
 * `tasks` and once in `deadlines`; otherwise the write throws StorageError `storage.invalid-write`.
 * Outbox and feedback ids are idempotency keys: an id already stored is skipped, not overwritten.
 */
export interface InstanceWrite {
  /** On update, `createdAt` is ignored: an instance keeps the time it was created. */
  instance: Omit<InstanceRecord, 'version'>;
  /** 0 to create; otherwise the version read before the change. */
  expectedVersion: number;
  /** Appended to the history with the next sequence numbers, in this order. */
  events: NewEvent[];
  /** The instance's whole task set after the change: tasks not listed are deleted. */
  tasks: TaskRecord[];
  /**
   * The instance's pending deadlines after the change: those not listed are deleted. One listed
   * again with the same `dueAt` keeps its lease; one whose `dueAt` moved can be claimed afresh.
   */
  deadlines: DeadlineRecord[];
  outbox: NewOutboxItem[];
  feedback: FeedbackRecord[];
}

/**
 * `conflict`: the instance is no longer at `expectedVersion` (or, on create, the id exists): re-read
 * and retry, or answer 409. `not-found`: there is no instance with that id. Either way nothing of
 * the write was stored.
 */
export type WriteResult = { ok: true; version: number } | { ok: false; reason: 'conflict' | 'not-found' };

/** Filters combine with AND. Results come earliest due first (undated last), then oldest first. */
export interface TaskFilter {
  journeyId?: string;
  status?: TaskRecord['status'];
  /** Tasks whose `roles` include exactly this role. */
  role?: string;
  /** Only tasks with a due time before this instant (overdue). */
  dueBefore?: Instant;
  limit: number;
  offset: number;
}

/**
 * Storage for the runtime. Two implementations, SQLite and PostgreSQL, pass one conformance suite
 * (storage/conformance.ts).
 *
 * Instants go in as any ISO 8601 form and come out as `Date#toISOString` (UTC, milliseconds).
 * JSON values (definitions, snapshots, event data, payloads) come back exactly as written;
 * `undefined` comes back as null. Text fields may not contain U+0000 (PostgreSQL cannot store it).
 * Bad input of that kind throws a StorageError with a `code`; every expected outcome
 * (conflict, not found, immutable) is a returned value.
 */
export interface Storage {
  readonly kind: 'sqlite' | 'postgres';
  /** Applies pending versioned migrations; safe to call from several processes at once. */
  migrate(): Promise<{ applied: number[] }>;
  /** Closes the connection(s); calling it again does nothing. */
  close(): Promise<void>;

  /** Saves a draft (insert or replace, keeping its `createdAt`); a published version never changes. */
  putJourneyVersion(
    record: JourneyVersionRecord,
  ): Promise<{ ok: true } | { ok: false; reason: 'published-immutable' }>;
  publishJourneyVersion(
    journeyId: string,
    version: string,
    at: Instant,
  ): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'already-published' }>;
  getJourneyVersion(journeyId: string, version: string): Promise<JourneyVersionRecord | null>;
  /** The published version with the highest semantic version (1.10.0 after 1.9.0). */
  latestPublished(journeyId: string): Promise<JourneyVersionRecord | null>;
  /** Drafts and published versions, by journey id, then by semantic version. */
  listJourneyVersions(journeyId?: string): Promise<JourneyVersionRecord[]>;
  /** True when a draft was deleted; false for a published or missing version. */
  deleteDraft(journeyId: string, version: string): Promise<boolean>;

  /** `expectedVersion` must be 0. A taken reference throws StorageError `storage.reference-taken`. */
  createInstance(write: InstanceWrite): Promise<WriteResult>;
  /** Applies the write only if the instance is still at `expectedVersion` (1 or more). */
  updateInstance(write: InstanceWrite): Promise<WriteResult>;
  getInstance(id: string): Promise<InstanceRecord | null>;
  /** The instance's history in sequence order. */
  listEvents(instanceId: string): Promise<StoredEvent[]>;
  /** Events of a journey (of one version: the event's `journeyVersion`), by instance id, then sequence. */
  listJourneyEvents(journeyId: string, version?: string): Promise<StoredEvent[]>;

  listTasks(filter: TaskFilter): Promise<{ items: TaskRecord[]; total: number }>;
  getTask(instanceId: string, taskId: string): Promise<TaskRecord | null>;

  /**
   * Leases up to `limit` deadlines due at `now` that no other process holds, for `leaseMs`.
   * With several processes on one database each due deadline goes to one of them. A claimed
   * deadline stays stored until an instance write stops listing it; if that does not happen
   * before the lease ends (the process died), it is claimed again.
   */
  claimDueDeadlines(now: Instant, limit: number, leaseMs: number): Promise<DeadlineRecord[]>;

  /** Leases pending items whose `nextAttemptAt` has come, like `claimDueDeadlines`. */
  claimOutbox(now: Instant, limit: number, leaseMs: number): Promise<OutboxItem[]>;
  /** Marks a pending item delivered (attempts + 1). Items no longer pending are left alone. */
  completeOutbox(id: string, at: Instant): Promise<void>;
  /**
   * Records a failed attempt (attempts + 1, `lastError`) and releases the lease: the item is
   * claimable again at `nextAttemptAt`, or never if `giveUp` (status 'failed').
   */
  failOutbox(id: string, error: string, nextAttemptAt: Instant, giveUp: boolean): Promise<void>;
  /** The instance's outbox items, oldest first. */
  listOutbox(instanceId: string): Promise<OutboxItem[]>;

  /** Stores feedback not tied to a state change; an id already stored is skipped. */
  addFeedback(record: FeedbackRecord): Promise<void>;
  /** Feedback in time order. */
  listFeedback(journeyId: string, version?: string): Promise<FeedbackRecord[]>;

  /**
   * Stores (or replaces) a file of an existing instance; `record.size` must equal the content's
   * length, and the instance must exist, or it throws StorageError `storage.invalid-write`.
   */
  putFile(record: FileRecord, content: Uint8Array): Promise<void>;
  getFile(id: string): Promise<{ record: FileRecord; content: Uint8Array } | null>;

  /**
   * Deletes the journey's completed instances completed before `before`, with their events, tasks,
   * deadlines, outbox items and files; their feedback stays, unlinked. Returns how many.
   */
  purgeCompleted(journeyId: string, before: Instant): Promise<number>;
  /**
   * Removes an instance's personal data, keeping a record that it was erased: the row stays with
   * `erasedAt`, `erasedSnapshot` and version + 1 (so a change prepared earlier conflicts); event
   * data, files, outbox payloads and feedback comments are removed; pending outbox items become
   * 'failed', deadlines are dropped, open and waiting tasks cancelled; an `instanceErased` system
   * event is appended. False when there is no such instance.
   */
  eraseInstance(id: string, at: Instant, erasedSnapshot: unknown): Promise<boolean>;

  /**
   * Co-design review. Links and comments belong to one journey version and are deleted with it
   * (deleting a draft deletes them). Lists come oldest first.
   */
  addReviewLink(record: ReviewLinkRecord): Promise<ReviewWriteResult>;
  listReviewLinks(journeyId: string, version: string): Promise<ReviewLinkRecord[]>;
  /** The link whose token has this SHA-256, revoked or expired or not: the caller decides. */
  findReviewLink(tokenHash: string): Promise<ReviewLinkRecord | null>;
  /** Marks the version's link revoked (keeping the first revocation time); false if there is no such link. */
  revokeReviewLink(journeyId: string, version: string, id: string, at: Instant): Promise<boolean>;
  /** A reply's `parentId` must be a thread (not a reply) of the same version; an id already stored is skipped. */
  addReviewComment(record: ReviewCommentRecord): Promise<ReviewWriteResult>;
  listReviewComments(journeyId: string, version: string): Promise<ReviewCommentRecord[]>;
  /** Resolves or reopens a thread of the version; false if there is no such thread. */
  resolveReviewComment(
    journeyId: string,
    version: string,
    id: string,
    resolution: Resolution,
  ): Promise<boolean>;
}
