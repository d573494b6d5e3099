import {
  bytes,
  eventFromRow,
  feedbackFromRow,
  fileFromRow,
  instanceFromRow,
  type Row,
  taskFromRow,
} from '../rows';
import type {
  FeedbackRecord,
  FileRecord,
  InstanceRecord,
  StoredEvent,
  TaskFilter,
  TaskRecord,
} from '../types';
import type { Queryable } from './pool';

export async function getInstancePostgres(db: Queryable, id: string): Promise<InstanceRecord | null> {
  const { rows } = await db.query<Row>({
    name: 'fingerpost.get-instance',
    text: 'SELECT * FROM instances WHERE id = $1',
    values: [id],
  });
  return rows[0] ? instanceFromRow(rows[0]) : null;
}

export async function listEventsPostgres(db: Queryable, instanceId: string): Promise<StoredEvent[]> {
  const { rows } = await db.query<Row>('SELECT * FROM events WHERE instance_id = $1 ORDER BY seq', [
    instanceId,
  ]);
  return rows.map(eventFromRow);
}

export async function listJourneyEventsPostgres(
  db: Queryable,
  journeyId: string,
  version?: string,
): Promise<StoredEvent[]> {
  const { rows } =
    version === undefined
      ? await db.query<Row>('SELECT * FROM events WHERE journey_id = $1 ORDER BY instance_id, seq', [
          journeyId,
        ])
      : await db.query<Row>(
          'SELECT * FROM events WHERE journey_id = $1 AND journey_version = $2 ORDER BY instance_id, seq',
          [journeyId, version],
        );
  return rows.map(eventFromRow);
}

/**
 * The WHERE clause is assembled from fixed fragments, one per filter present; every value is a
 * bound parameter. Role membership is jsonb containment, served by the GIN index on roles.
 */
export async function listTasksPostgres(
  db: Queryable,
  filter: Omit<TaskFilter, 'limit' | 'offset'>,
  limit: number,
  offset: number,
): Promise<{ items: TaskRecord[]; total: number }> {
  const conditions: string[] = [];
  const values: unknown[] = [];
  const bind = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  if (filter.journeyId !== undefined) conditions.push(`journey_id = ${bind(filter.journeyId)}`);
  if (filter.status !== undefined) conditions.push(`status = ${bind(filter.status)}`);
  if (filter.dueBefore !== undefined) conditions.push(`due_at < ${bind(filter.dueBefore)}`);
  if (filter.role !== undefined) conditions.push(`roles @> jsonb_build_array(${bind(filter.role)}::text)`);
  const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  const count = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM tasks ${where}`, [
    ...values,
  ]);
  const { rows } = await db.query<Row>(
    `SELECT * FROM tasks ${where}
     ORDER BY due_at ASC NULLS LAST, created_at, instance_id, task_id
     LIMIT ${bind(limit)} OFFSET ${bind(offset)}`,
    values,
  );
  return { items: rows.map(taskFromRow), total: count.rows[0]?.total ?? 0 };
}

export async function getTaskPostgres(
  db: Queryable,
  instanceId: string,
  taskId: string,
): Promise<TaskRecord | null> {
  const { rows } = await db.query<Row>('SELECT * FROM tasks WHERE instance_id = $1 AND task_id = $2', [
    instanceId,
    taskId,
  ]);
  return rows[0] ? taskFromRow(rows[0]) : null;
}

export async function insertFeedbackPostgres(db: Queryable, r: FeedbackRecord): Promise<void> {
  await db.query(
    `INSERT INTO feedback (id, journey_id, journey_version, instance_id, step_id, kind, rating, comment, at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
    [r.id, r.journeyId, r.journeyVersion, r.instanceId, r.stepId, r.kind, r.rating, r.comment, r.at],
  );
}

export async function listFeedbackPostgres(
  db: Queryable,
  journeyId: string,
  version?: string,
): Promise<FeedbackRecord[]> {
  const { rows } =
    version === undefined
      ? await db.query<Row>('SELECT * FROM feedback WHERE journey_id = $1 ORDER BY at, id', [journeyId])
      : await db.query<Row>(
          'SELECT * FROM feedback WHERE journey_id = $1 AND journey_version = $2 ORDER BY at, id',
          [journeyId, version],
        );
  return rows.map(feedbackFromRow);
}

export async function putFilePostgres(db: Queryable, r: FileRecord, content: Uint8Array): Promise<void> {
  await db.query(
    `INSERT INTO files (id, instance_id, name, type, size, content, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (id) DO UPDATE SET instance_id = excluded.instance_id, name = excluded.name, type = excluded.type,
       size = excluded.size, content = excluded.content, created_at = excluded.created_at`,
    [
      r.id,
      r.instanceId,
      r.name,
      r.type,
      r.size,
      Buffer.from(content.buffer, content.byteOffset, content.byteLength),
      r.createdAt,
    ],
  );
}

export async function getFilePostgres(
  db: Queryable,
  id: string,
): Promise<{ record: FileRecord; content: Uint8Array } | null> {
  const { rows } = await db.query<Row>('SELECT * FROM files WHERE id = $1', [id]);
  return rows[0] ? { record: fileFromRow(rows[0]), content: bytes(rows[0].content) } : null;
}
