import { referenceTaken } from '../errors';
import { toJson } from '../records';
import type { FeedbackRecord, InstanceWrite, WriteResult } from '../types';
import { inWriteTransaction, type SqliteHandle } from './database';

/*
 * The instance's state changes. Each runs in one immediate transaction; when the optimistic check
 * fails nothing is written, because the instance row is the first thing touched.
 */

const INSTANCE_COLUMNS = `journey_id = @journeyId, journey_version = @journeyVersion, status = @status,
  current_step = @currentStep, outcome = @outcome, reference = @reference, language = @language,
  resume_token_hash = @resumeTokenHash, snapshot = @snapshot, updated_at = @updatedAt,
  completed_at = @completedAt, erased_at = @erasedAt`;

function instanceParams(write: InstanceWrite) {
  const i = write.instance;
  return {
    id: i.id,
    journeyId: i.journeyId,
    journeyVersion: i.journeyVersion,
    status: i.status,
    currentStep: i.currentStep,
    outcome: i.outcome,
    reference: i.reference,
    language: i.language,
    resumeTokenHash: i.resumeTokenHash,
    snapshot: toJson(i.snapshot),
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    completedAt: i.completedAt,
    erasedAt: i.erasedAt,
  };
}

export function createInstanceSqlite(h: SqliteHandle, write: InstanceWrite): WriteResult {
  return inWriteTransaction(h.db, () => {
    const inserted = translateErrors(() =>
      h
        .statement(
          `INSERT INTO instances (id, journey_id, journey_version, status, current_step, outcome, reference,
             language, resume_token_hash, snapshot, version, created_at, updated_at, completed_at, erased_at)
           VALUES (@id, @journeyId, @journeyVersion, @status, @currentStep, @outcome, @reference,
             @language, @resumeTokenHash, @snapshot, 1, @createdAt, @updatedAt, @completedAt, @erasedAt)
           ON CONFLICT (id) DO NOTHING`,
        )
        .run(instanceParams(write)),
    );
    if (inserted.changes === 0) return { ok: false, reason: 'conflict' } as const;
    writeDependents(h, write);
    return { ok: true, version: 1 } as const;
  });
}

export function updateInstanceSqlite(h: SqliteHandle, write: InstanceWrite): WriteResult {
  return inWriteTransaction(h.db, () => {
    const updated = translateErrors(
      () =>
        h
          .statement(
            `UPDATE instances SET ${INSTANCE_COLUMNS}, version = version + 1
             WHERE id = @id AND version = @expectedVersion RETURNING version`,
          )
          .get({ ...withoutCreatedAt(instanceParams(write)), expectedVersion: write.expectedVersion }) as
          | { version: number }
          | undefined,
    );
    if (!updated) {
      const exists = h.statement('SELECT 1 FROM instances WHERE id = ?').get(write.instance.id);
      return { ok: false, reason: exists ? 'conflict' : 'not-found' } as const;
    }
    writeDependents(h, write);
    return { ok: true, version: updated.version } as const;
  });
}

function withoutCreatedAt<T extends { createdAt: unknown }>(params: T): Omit<T, 'createdAt'> {
  const { createdAt: _, ...rest } = params;
  return rest;
}

/** Events, tasks, deadlines, outbox and feedback of a write whose instance row has just been written. */
function writeDependents(h: SqliteHandle, write: InstanceWrite): void {
  const instanceId = write.instance.id;
  appendEvents(h, write);

  h.statement('DELETE FROM tasks WHERE instance_id = ?').run(instanceId);
  const insertTask = h.statement(
    `INSERT INTO tasks (instance_id, task_id, journey_id, journey_version, step_id, title, roles, status, due_at,
       paused, escalated, reference, created_at, updated_at)
     VALUES (@instanceId, @taskId, @journeyId, @journeyVersion, @stepId, @title, @roles, @status, @dueAt,
       @paused, @escalated, @reference, @createdAt, @updatedAt)`,
  );
  const insertRole = h.statement(
    'INSERT OR IGNORE INTO task_roles (instance_id, task_id, role) VALUES (?, ?, ?)',
  );
  for (const task of write.tasks) {
    insertTask.run({
      ...task,
      roles: toJson(task.roles),
      paused: task.paused ? 1 : 0,
      escalated: task.escalated ? 1 : 0,
    });
    for (const role of task.roles) insertRole.run(instanceId, task.taskId, role);
  }

  // A deadline still listed with the same due time keeps its lease, so a scheduler that is firing
  // it right now is not joined by a second one.
  h.statement(
    'DELETE FROM deadlines WHERE instance_id = ? AND task_id NOT IN (SELECT value FROM json_each(?))',
  ).run(instanceId, toJson(write.deadlines.map((d) => d.taskId)));
  const upsertDeadline = h.statement(
    `INSERT INTO deadlines (instance_id, task_id, due_at, claimed_until) VALUES (@instanceId, @taskId, @dueAt, NULL)
     ON CONFLICT (instance_id, task_id) DO UPDATE SET due_at = excluded.due_at,
       claimed_until = CASE WHEN deadlines.due_at = excluded.due_at THEN deadlines.claimed_until END`,
  );
  for (const deadline of write.deadlines) upsertDeadline.run(deadline);

  // Outbox and feedback ids are idempotency keys: the same output enqueued twice is delivered once.
  const insertOutbox = h.statement(
    `INSERT INTO outbox (id, instance_id, kind, output_id, payload, status, attempts, next_attempt_at, created_at)
     VALUES (@id, @instanceId, @kind, @outputId, @payload, 'pending', 0, @createdAt, @createdAt)
     ON CONFLICT (id) DO NOTHING`,
  );
  for (const item of write.outbox) insertOutbox.run({ ...item, payload: toJson(item.payload) });
  for (const record of write.feedback) insertFeedbackSqlite(h, record);
}

function appendEvents(h: SqliteHandle, write: InstanceWrite): void {
  if (write.events.length === 0) return;
  const { last } = h
    .statement('SELECT COALESCE(MAX(seq), 0) AS last FROM events WHERE instance_id = ?')
    .get(write.instance.id) as { last: number };
  const insert = h.statement(
    `INSERT INTO events (instance_id, seq, journey_id, journey_version, type, at, actor_kind, actor_id, actor_role,
       step_id, data)
     VALUES (@instanceId, @seq, @journeyId, @journeyVersion, @type, @at, @actorKind, @actorId, @actorRole,
       @stepId, @data)`,
  );
  write.events.forEach((event, n) => {
    insert.run({
      ...event,
      instanceId: write.instance.id,
      journeyId: write.instance.journeyId,
      seq: last + n + 1,
      data: toJson(event.data),
    });
  });
}

export function insertFeedbackSqlite(h: SqliteHandle, record: FeedbackRecord): void {
  h.statement(
    `INSERT INTO feedback (id, journey_id, journey_version, instance_id, step_id, kind, rating, comment, at)
     VALUES (@id, @journeyId, @journeyVersion, @instanceId, @stepId, @kind, @rating, @comment, @at)
     ON CONFLICT (id) DO NOTHING`,
  ).run(record);
}

function translateErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    const e = error as { code?: string; message?: string };
    if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' && e.message?.includes('instances.reference')) {
      throw referenceTaken();
    }
    throw error;
  }
}
