import { StorageError } from './errors';
import type {
  DeadlineRecord,
  FeedbackRecord,
  FileRecord,
  InstanceWrite,
  JourneyVersionRecord,
  NewEvent,
  NewOutboxItem,
  TaskRecord,
} from './types';

/*
 * Checks and normalises what callers hand to storage, identically for both engines, before any SQL
 * runs. Instants are rewritten to Date#toISOString form so that SQLite's text comparison orders
 * them correctly and both engines return the same string; text may not contain U+0000, which
 * PostgreSQL cannot store (JSON values may: they are stored as JSON text).
 */

/** Normalises an ISO 8601 instant to `YYYY-MM-DDTHH:mm:ss.sssZ`; throws on anything unparseable. */
export function instant(value: string, path: string): string {
  const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) {
    throw new StorageError(
      'storage.invalid-instant',
      `${path} is not an ISO 8601 instant: ${String(value)}`,
      path,
    );
  }
  return date.toISOString();
}

export function optionalInstant(value: string | null, path: string): string | null {
  return value === null ? null : instant(value, path);
}

/** Serialises a JSON column; `undefined` is stored as JSON null. */
export function toJson(value: unknown): string {
  return JSON.stringify(value) ?? 'null';
}

/** Replaces U+0000 in diagnostic text (delivery errors from remote servers) rather than refusing it. */
export function diagnosticText(value: string): string {
  return value.replaceAll('\u0000', '\uFFFD');
}

export function checkTexts(record: object, keys: readonly string[], path: string): void {
  const values = record as Record<string, unknown>;
  for (const key of keys) {
    const value = values[key];
    const texts = Array.isArray(value) ? value : [value];
    for (const text of texts) {
      if (typeof text === 'string' && text.includes('\u0000')) {
        throw new StorageError(
          'storage.invalid-text',
          `${path}.${key} contains U+0000, which cannot be stored`,
          `${path}.${key}`,
        );
      }
    }
  }
}

export function checkJourneyVersion(record: JourneyVersionRecord): JourneyVersionRecord {
  checkTexts(record, ['journeyId', 'version', 'status'], 'journeyVersion');
  return {
    ...record,
    createdAt: instant(record.createdAt, 'journeyVersion.createdAt'),
    updatedAt: instant(record.updatedAt, 'journeyVersion.updatedAt'),
    publishedAt: optionalInstant(record.publishedAt, 'journeyVersion.publishedAt'),
  };
}

export function checkFeedback(record: FeedbackRecord, path = 'feedback'): FeedbackRecord {
  checkTexts(record, ['id', 'journeyId', 'journeyVersion', 'instanceId', 'stepId', 'kind', 'comment'], path);
  return { ...record, at: instant(record.at, `${path}.at`) };
}

export function checkFile(record: FileRecord, content: Uint8Array): FileRecord {
  checkTexts(record, ['id', 'instanceId', 'name', 'type'], 'file');
  if (record.size !== content.byteLength) {
    throw new StorageError(
      'storage.invalid-write',
      `file.size is ${record.size} but the content has ${content.byteLength} bytes`,
      'file.size',
    );
  }
  return { ...record, createdAt: instant(record.createdAt, 'file.createdAt') };
}

/**
 * Validates an instance write for `mode` and returns a copy with normalised instants.
 * Everything in the write must belong to the written instance, and task and deadline ids must be
 * unique within it: each write replaces the instance's whole set.
 */
export function checkInstanceWrite(write: InstanceWrite, mode: 'create' | 'update'): InstanceWrite {
  const id = write.instance.id;
  const expected = write.expectedVersion;
  const badVersion = (message: string) =>
    new StorageError('storage.invalid-write', message, 'expectedVersion');
  if (mode === 'create' && expected !== 0) {
    throw badVersion(`createInstance needs expectedVersion 0, got ${expected}`);
  }
  if (mode === 'update' && !(Number.isInteger(expected) && expected >= 1)) {
    throw badVersion(`updateInstance needs the version read before the change (1 or more), got ${expected}`);
  }
  const i = write.instance;
  checkTexts(
    i,
    [
      'id',
      'journeyId',
      'journeyVersion',
      'status',
      'currentStep',
      'outcome',
      'reference',
      'language',
      'resumeTokenHash',
    ],
    'instance',
  );
  return {
    expectedVersion: write.expectedVersion,
    instance: {
      ...i,
      createdAt: instant(i.createdAt, 'instance.createdAt'),
      updatedAt: instant(i.updatedAt, 'instance.updatedAt'),
      completedAt: optionalInstant(i.completedAt, 'instance.completedAt'),
      erasedAt: optionalInstant(i.erasedAt, 'instance.erasedAt'),
    },
    events: write.events.map((e, n) => checkEvent(e, `events[${n}]`)),
    tasks: uniqueTaskIds(
      write.tasks.map((t, n) => checkTask(t, id, `tasks[${n}]`)),
      'tasks',
    ),
    deadlines: uniqueTaskIds(
      write.deadlines.map((d, n) => checkDeadline(d, id, `deadlines[${n}]`)),
      'deadlines',
    ),
    outbox: write.outbox.map((o, n) => checkOutbox(o, id, `outbox[${n}]`)),
    feedback: write.feedback.map((f, n) => checkFeedback(f, `feedback[${n}]`)),
  };
}

function checkEvent(event: NewEvent, path: string): NewEvent {
  checkTexts(event, ['type', 'actorKind', 'actorId', 'actorRole', 'stepId', 'journeyVersion'], path);
  return { ...event, at: instant(event.at, `${path}.at`) };
}

function belongs(instanceId: string, expected: string, path: string): void {
  if (instanceId !== expected) {
    throw new StorageError(
      'storage.invalid-write',
      `${path}.instanceId is ${instanceId} but the write is for instance ${expected}`,
      `${path}.instanceId`,
    );
  }
}

function checkTask(task: TaskRecord, instanceId: string, path: string): TaskRecord {
  belongs(task.instanceId, instanceId, path);
  checkTexts(
    task,
    ['taskId', 'journeyId', 'journeyVersion', 'stepId', 'title', 'roles', 'status', 'reference'],
    path,
  );
  return {
    ...task,
    dueAt: optionalInstant(task.dueAt, `${path}.dueAt`),
    createdAt: instant(task.createdAt, `${path}.createdAt`),
    updatedAt: instant(task.updatedAt, `${path}.updatedAt`),
  };
}

function checkDeadline(deadline: DeadlineRecord, instanceId: string, path: string): DeadlineRecord {
  belongs(deadline.instanceId, instanceId, path);
  checkTexts(deadline, ['taskId'], path);
  return { ...deadline, dueAt: instant(deadline.dueAt, `${path}.dueAt`) };
}

function checkOutbox(item: NewOutboxItem, instanceId: string, path: string): NewOutboxItem {
  belongs(item.instanceId, instanceId, path);
  checkTexts(item, ['id', 'kind', 'outputId'], path);
  return { ...item, createdAt: instant(item.createdAt, `${path}.createdAt`) };
}

function uniqueTaskIds<T extends { taskId: string }>(items: T[], path: string): T[] {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.taskId)) {
      throw new StorageError('storage.invalid-write', `${path} lists task ${item.taskId} twice`, path);
    }
    seen.add(item.taskId);
  }
  return items;
}

/** The arguments of a claim, checked: a normalised `now`, the lease's end, and a whole-number limit. */
export function claimWindow(
  now: string,
  limit: number,
  leaseMs: number,
): { now: string; until: string; limit: number } {
  const at = instant(now, 'now');
  if (!(Number.isFinite(leaseMs) && leaseMs > 0)) {
    throw new StorageError(
      'storage.invalid-write',
      `leaseMs must be a positive number of milliseconds, got ${leaseMs}`,
      'leaseMs',
    );
  }
  const until = new Date(Date.parse(at) + leaseMs).toISOString();
  return { now: at, until, limit: Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 0 };
}

/** Pagination of a task list, clamped to sane whole numbers. */
export function page(limit: number, offset: number): { limit: number; offset: number } {
  const whole = (n: number) => (Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0);
  return { limit: whole(limit), offset: whole(offset) };
}
