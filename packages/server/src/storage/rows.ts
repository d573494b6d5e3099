import type {
  DeadlineRecord,
  FeedbackRecord,
  FileRecord,
  InstanceRecord,
  JourneyVersionRecord,
  OutboxItem,
  StoredEvent,
  TaskRecord,
} from './types';

/*
 * Rows as both engines return them, and their mapping to records. SQLite gives instants as TEXT,
 * PostgreSQL as Date; JSON arrives as text from both (the PostgreSQL pool keeps json unparsed);
 * booleans are 0/1 in SQLite.
 */
export type Row = Record<string, unknown>;

export function time(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  throw new TypeError(`expected an instant from the database, got ${typeof value}`);
}

export function optionalTime(value: unknown): string | null {
  return value === null || value === undefined ? null : time(value);
}

export function json(value: unknown): unknown {
  return value === null || value === undefined ? null : JSON.parse(value as string);
}

function text(value: unknown): string {
  return value as string;
}

function optionalText(value: unknown): string | null {
  return value === null || value === undefined ? null : (value as string);
}

export function bytes(value: unknown): Uint8Array {
  const buffer = value as Uint8Array;
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export function journeyVersionFromRow(row: Row): JourneyVersionRecord {
  return {
    journeyId: text(row.journey_id),
    version: text(row.version),
    status: text(row.status) as JourneyVersionRecord['status'],
    definition: json(row.definition) as JourneyVersionRecord['definition'],
    createdAt: time(row.created_at),
    updatedAt: time(row.updated_at),
    publishedAt: optionalTime(row.published_at),
  };
}

export function instanceFromRow(row: Row): InstanceRecord {
  return {
    id: text(row.id),
    journeyId: text(row.journey_id),
    journeyVersion: text(row.journey_version),
    status: text(row.status) as InstanceRecord['status'],
    currentStep: text(row.current_step),
    outcome: optionalText(row.outcome),
    reference: optionalText(row.reference),
    language: text(row.language),
    resumeTokenHash: text(row.resume_token_hash),
    snapshot: json(row.snapshot),
    version: Number(row.version),
    createdAt: time(row.created_at),
    updatedAt: time(row.updated_at),
    completedAt: optionalTime(row.completed_at),
    erasedAt: optionalTime(row.erased_at),
  };
}

export function eventFromRow(row: Row): StoredEvent {
  return {
    instanceId: text(row.instance_id),
    journeyId: text(row.journey_id),
    seq: Number(row.seq),
    type: text(row.type),
    at: time(row.at),
    actorKind: text(row.actor_kind) as StoredEvent['actorKind'],
    actorId: optionalText(row.actor_id),
    actorRole: optionalText(row.actor_role),
    stepId: optionalText(row.step_id),
    journeyVersion: text(row.journey_version),
    data: json(row.data),
  };
}

export function taskFromRow(row: Row): TaskRecord {
  return {
    instanceId: text(row.instance_id),
    taskId: text(row.task_id),
    journeyId: text(row.journey_id),
    journeyVersion: text(row.journey_version),
    stepId: text(row.step_id),
    title: text(row.title),
    roles: json(row.roles) as string[],
    status: text(row.status) as TaskRecord['status'],
    dueAt: optionalTime(row.due_at),
    paused: row.paused === true || row.paused === 1,
    escalated: row.escalated === true || row.escalated === 1,
    reference: optionalText(row.reference),
    createdAt: time(row.created_at),
    updatedAt: time(row.updated_at),
  };
}

export function deadlineFromRow(row: Row): DeadlineRecord {
  return { instanceId: text(row.instance_id), taskId: text(row.task_id), dueAt: time(row.due_at) };
}

export function outboxFromRow(row: Row): OutboxItem {
  return {
    id: text(row.id),
    instanceId: text(row.instance_id),
    kind: text(row.kind) as OutboxItem['kind'],
    outputId: text(row.output_id),
    payload: json(row.payload),
    createdAt: time(row.created_at),
    status: text(row.status) as OutboxItem['status'],
    attempts: Number(row.attempts),
    nextAttemptAt: time(row.next_attempt_at),
    lastError: optionalText(row.last_error),
    deliveredAt: optionalTime(row.delivered_at),
  };
}

export function feedbackFromRow(row: Row): FeedbackRecord {
  return {
    id: text(row.id),
    journeyId: text(row.journey_id),
    journeyVersion: text(row.journey_version),
    instanceId: optionalText(row.instance_id),
    stepId: optionalText(row.step_id),
    kind: text(row.kind) as FeedbackRecord['kind'],
    rating: row.rating === null || row.rating === undefined ? null : Number(row.rating),
    comment: optionalText(row.comment),
    at: time(row.at),
  };
}

export function fileFromRow(row: Row): FileRecord {
  return {
    id: text(row.id),
    instanceId: text(row.instance_id),
    name: text(row.name),
    type: text(row.type),
    size: Number(row.size),
    createdAt: time(row.created_at),
  };
}

/** Deadlines in the order both engines promise: earliest due first, then by instance and task. */
export function byDue(a: DeadlineRecord, b: DeadlineRecord): number {
  return cmp(a.dueAt, b.dueAt) || cmp(a.instanceId, b.instanceId) || cmp(a.taskId, b.taskId);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
