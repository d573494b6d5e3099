import { referenceTaken } from '../errors';
import { toJson } from '../records';
import type { InstanceWrite, WriteResult } from '../types';
import type { Queryable } from './pool';

/*
 * The hot path of every submission. Statements are named (prepared once per connection) because
 * planning this CTE costs about as much as running it.
 *
 * An instance write is ONE statement: the instance row (inserted, or updated only at the expected
 * version) in a data-modifying CTE `inst`, and every dependent insert or delete joined to `inst`,
 * so when the optimistic check fails no dependent row is touched. One statement is one
 * transaction and one round trip. Reading max(seq) in the same statement is safe: a concurrent
 * writer of the same instance holds the row lock, and when it commits our version check fails.
 *
 * Parameters: $1 id, $2 journey id, $3 journey version, $4 status, $5 current step, $6 outcome,
 * $7 reference, $8 language, $9 resume token hash, $10 snapshot, $11 updated at, $12 completed at,
 * $13 erased at, $14–$18 events, tasks, deadlines, outbox, feedback (JSON arrays of their scalar
 * fields), $19 created at (create) or the expected version (update), $20 and $21 the events' data
 * and the outbox payloads, in the same order. Documents travel apart from the scalars because
 * PostgreSQL's `->`/`->>` on a json object de-escape every string in it and refuse \u0000, which a
 * document may hold; json_array_elements hands each document over untouched.
 */

const DEPENDENTS = `
base AS (SELECT COALESCE(MAX(seq), 0) AS last FROM events WHERE instance_id = $1),
new_events AS (
  INSERT INTO events (instance_id, seq, journey_id, journey_version, type, at, actor_kind, actor_id, actor_role,
    step_id, data)
  SELECT $1, base.last + e.n, $2, e.v->>'journeyVersion', e.v->>'type', (e.v->>'at')::timestamptz,
    e.v->>'actorKind', e.v->>'actorId', e.v->>'actorRole', e.v->>'stepId', d.doc
  FROM inst, base, json_array_elements($14::json) WITH ORDINALITY AS e(v, n)
    JOIN json_array_elements($20::json) WITH ORDINALITY AS d(doc, n) ON d.n = e.n
),
gone_tasks AS (
  DELETE FROM tasks WHERE instance_id = $1 AND EXISTS (SELECT 1 FROM inst)
    AND task_id <> ALL (SELECT t.v->>'taskId' FROM json_array_elements($15::json) AS t(v))
),
new_tasks AS (
  INSERT INTO tasks (instance_id, task_id, journey_id, journey_version, step_id, title, roles, status, due_at,
    paused, escalated, reference, created_at, updated_at)
  SELECT $1, t.v->>'taskId', t.v->>'journeyId', t.v->>'journeyVersion', t.v->>'stepId', t.v->>'title',
    (t.v->'roles')::jsonb, t.v->>'status', (t.v->>'dueAt')::timestamptz, (t.v->>'paused')::boolean,
    (t.v->>'escalated')::boolean, t.v->>'reference', (t.v->>'createdAt')::timestamptz,
    (t.v->>'updatedAt')::timestamptz
  FROM inst, json_array_elements($15::json) AS t(v)
  ON CONFLICT (instance_id, task_id) DO UPDATE SET journey_id = excluded.journey_id,
    journey_version = excluded.journey_version, step_id = excluded.step_id, title = excluded.title,
    roles = excluded.roles, status = excluded.status, due_at = excluded.due_at, paused = excluded.paused,
    escalated = excluded.escalated, reference = excluded.reference, created_at = excluded.created_at,
    updated_at = excluded.updated_at
),
gone_deadlines AS (
  DELETE FROM deadlines WHERE instance_id = $1 AND EXISTS (SELECT 1 FROM inst)
    AND task_id <> ALL (SELECT d.v->>'taskId' FROM json_array_elements($16::json) AS d(v))
),
-- A deadline still listed with the same due time keeps its lease: a scheduler firing it is not joined by another.
new_deadlines AS (
  INSERT INTO deadlines (instance_id, task_id, due_at)
  SELECT $1, d.v->>'taskId', (d.v->>'dueAt')::timestamptz
  FROM inst, json_array_elements($16::json) AS d(v)
  ON CONFLICT (instance_id, task_id) DO UPDATE SET due_at = excluded.due_at,
    claimed_until = CASE WHEN deadlines.due_at = excluded.due_at THEN deadlines.claimed_until END
),
-- Outbox and feedback ids are idempotency keys: the same output enqueued twice is delivered once.
new_outbox AS (
  INSERT INTO outbox (id, instance_id, kind, output_id, payload, status, attempts, next_attempt_at, created_at)
  SELECT o.v->>'id', $1, o.v->>'kind', o.v->>'outputId', d.doc, 'pending', 0,
    (o.v->>'createdAt')::timestamptz, (o.v->>'createdAt')::timestamptz
  FROM inst, json_array_elements($17::json) WITH ORDINALITY AS o(v, n)
    JOIN json_array_elements($21::json) WITH ORDINALITY AS d(doc, n) ON d.n = o.n
  ON CONFLICT (id) DO NOTHING
),
new_feedback AS (
  INSERT INTO feedback (id, journey_id, journey_version, instance_id, step_id, kind, rating, comment, at)
  SELECT f.v->>'id', f.v->>'journeyId', f.v->>'journeyVersion', f.v->>'instanceId', f.v->>'stepId', f.v->>'kind',
    (f.v->>'rating')::double precision, f.v->>'comment', (f.v->>'at')::timestamptz
  FROM inst, json_array_elements($18::json) AS f(v)
  ON CONFLICT (id) DO NOTHING
)
SELECT version FROM inst`;

const CREATE = `
WITH inst AS (
  INSERT INTO instances (id, journey_id, journey_version, status, current_step, outcome, reference, language,
    resume_token_hash, snapshot, version, created_at, updated_at, completed_at, erased_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::json, 1, $19, $11, $12, $13)
  ON CONFLICT (id) DO NOTHING
  RETURNING version
),${DEPENDENTS}`;

const UPDATE = `
WITH inst AS (
  UPDATE instances SET journey_id = $2, journey_version = $3, status = $4, current_step = $5, outcome = $6,
    reference = $7, language = $8, resume_token_hash = $9, snapshot = $10::json, updated_at = $11,
    completed_at = $12, erased_at = $13, version = version + 1
  WHERE id = $1 AND version = $19
  RETURNING version
),${DEPENDENTS}`;

function params(write: InstanceWrite, last: unknown): unknown[] {
  const i = write.instance;
  return [
    i.id,
    i.journeyId,
    i.journeyVersion,
    i.status,
    i.currentStep,
    i.outcome,
    i.reference,
    i.language,
    i.resumeTokenHash,
    toJson(i.snapshot),
    i.updatedAt,
    i.completedAt,
    i.erasedAt,
    toJson(write.events.map(({ data: _, ...scalars }) => scalars)),
    toJson(write.tasks),
    toJson(write.deadlines),
    toJson(write.outbox.map(({ payload: _, ...scalars }) => scalars)),
    toJson(write.feedback),
    last,
    `[${write.events.map((e) => toJson(e.data)).join(',')}]`,
    `[${write.outbox.map((o) => toJson(o.payload)).join(',')}]`,
  ];
}

export async function createInstancePostgres(db: Queryable, write: InstanceWrite): Promise<WriteResult> {
  const { rows } = await translateErrors(
    db.query<{ version: number }>({
      name: 'fingerpost.create-instance',
      text: CREATE,
      values: params(write, write.instance.createdAt),
    }),
  );
  return rows[0] ? { ok: true, version: rows[0].version } : { ok: false, reason: 'conflict' };
}

export async function updateInstancePostgres(db: Queryable, write: InstanceWrite): Promise<WriteResult> {
  const { rows } = await translateErrors(
    db.query<{ version: number }>({
      name: 'fingerpost.update-instance',
      text: UPDATE,
      values: params(write, write.expectedVersion),
    }),
  );
  if (rows[0]) return { ok: true, version: rows[0].version };
  const exists = await db.query('SELECT 1 FROM instances WHERE id = $1', [write.instance.id]);
  return { ok: false, reason: exists.rowCount ? 'conflict' : 'not-found' };
}

async function translateErrors<T>(query: Promise<T>): Promise<T> {
  try {
    return await query;
  } catch (error) {
    const e = error as { code?: string; constraint?: string };
    if (e.code === '23505' && e.constraint === 'instances_reference_key') throw referenceTaken();
    throw error;
  }
}
