import type { Journey } from '@fingerpost/schema';

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
 */
export interface InstanceWrite {
  instance: Omit<InstanceRecord, 'version'>;
  /** 0 to create; otherwise the version read before the change. */
  expectedVersion: number;
  events: NewEvent[];
  tasks: TaskRecord[];
  deadlines: DeadlineRecord[];
  outbox: NewOutboxItem[];
  feedback: FeedbackRecord[];
}

export type WriteResult = { ok: true; version: number } | { ok: false; reason: 'conflict' | 'not-found' };

export interface TaskFilter {
  journeyId?: string;
  status?: TaskRecord['status'];
  role?: string;
  /** Only tasks due before this instant (overdue). */
  dueBefore?: Instant;
  limit: number;
  offset: number;
}

/** Storage for the runtime. Two implementations, SQLite and PostgreSQL, pass one conformance suite. */
export interface Storage {
  readonly kind: 'sqlite' | 'postgres';
  /** Applies pending versioned migrations; safe to call from several processes at once. */
  migrate(): Promise<{ applied: number[] }>;
  close(): Promise<void>;

  putJourneyVersion(
    record: JourneyVersionRecord,
  ): Promise<{ ok: true } | { ok: false; reason: 'published-immutable' }>;
  publishJourneyVersion(
    journeyId: string,
    version: string,
    at: Instant,
  ): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'already-published' }>;
  getJourneyVersion(journeyId: string, version: string): Promise<JourneyVersionRecord | null>;
  latestPublished(journeyId: string): Promise<JourneyVersionRecord | null>;
  listJourneyVersions(journeyId?: string): Promise<JourneyVersionRecord[]>;
  deleteDraft(journeyId: string, version: string): Promise<boolean>;

  createInstance(write: InstanceWrite): Promise<WriteResult>;
  updateInstance(write: InstanceWrite): Promise<WriteResult>;
  getInstance(id: string): Promise<InstanceRecord | null>;
  listEvents(instanceId: string): Promise<StoredEvent[]>;
  listJourneyEvents(journeyId: string, version?: string): Promise<StoredEvent[]>;

  listTasks(filter: TaskFilter): Promise<{ items: TaskRecord[]; total: number }>;
  getTask(instanceId: string, taskId: string): Promise<TaskRecord | null>;

  /**
   * Leases up to `limit` deadlines due at `now` that no other process holds, for `leaseMs`.
   * With several processes on one database each due deadline goes to one of them.
   */
  claimDueDeadlines(now: Instant, limit: number, leaseMs: number): Promise<DeadlineRecord[]>;

  claimOutbox(now: Instant, limit: number, leaseMs: number): Promise<OutboxItem[]>;
  completeOutbox(id: string, at: Instant): Promise<void>;
  failOutbox(id: string, error: string, nextAttemptAt: Instant, giveUp: boolean): Promise<void>;
  listOutbox(instanceId: string): Promise<OutboxItem[]>;

  addFeedback(record: FeedbackRecord): Promise<void>;
  listFeedback(journeyId: string, version?: string): Promise<FeedbackRecord[]>;

  putFile(record: FileRecord, content: Uint8Array): Promise<void>;
  getFile(id: string): Promise<{ record: FileRecord; content: Uint8Array } | null>;

  /** Deletes completed instances (and their events, tasks, files) completed before `before`. */
  purgeCompleted(journeyId: string, before: Instant): Promise<number>;
  /** Removes an instance's answers and files, keeping a record that it was erased. */
  eraseInstance(id: string, at: Instant, erasedSnapshot: unknown): Promise<boolean>;
}
