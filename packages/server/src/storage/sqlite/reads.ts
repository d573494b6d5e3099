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
import type { SqliteHandle } from './database';

export function getInstanceSqlite(h: SqliteHandle, id: string): InstanceRecord | null {
  const row = h.statement('SELECT * FROM instances WHERE id = ?').get(id);
  return row ? instanceFromRow(row as Row) : null;
}

export function listEventsSqlite(h: SqliteHandle, instanceId: string): StoredEvent[] {
  return (
    h.statement('SELECT * FROM events WHERE instance_id = ? ORDER BY seq').all(instanceId) as Row[]
  ).map(eventFromRow);
}

export function listJourneyEventsSqlite(h: SqliteHandle, journeyId: string, version?: string): StoredEvent[] {
  const rows =
    version === undefined
      ? h.statement('SELECT * FROM events WHERE journey_id = ? ORDER BY instance_id, seq').all(journeyId)
      : h
          .statement(
            'SELECT * FROM events WHERE journey_id = ? AND journey_version = ? ORDER BY instance_id, seq',
          )
          .all(journeyId, version);
  return (rows as Row[]).map(eventFromRow);
}

/**
 * The WHERE clause is assembled from fixed fragments, one per filter present; every value is a
 * bound parameter. Role membership goes through the indexed task_roles copy of the roles array.
 */
export function listTasksSqlite(
  h: SqliteHandle,
  filter: Omit<TaskFilter, 'limit' | 'offset'>,
  limit: number,
  offset: number,
): { items: TaskRecord[]; total: number } {
  const conditions: string[] = [];
  const params: Record<string, string | number> = { limit, offset };
  if (filter.journeyId !== undefined) {
    conditions.push('t.journey_id = @journeyId');
    params.journeyId = filter.journeyId;
  }
  if (filter.status !== undefined) {
    conditions.push('t.status = @status');
    params.status = filter.status;
  }
  if (filter.dueBefore !== undefined) {
    conditions.push('t.due_at IS NOT NULL AND t.due_at < @dueBefore');
    params.dueBefore = filter.dueBefore;
  }
  if (filter.role !== undefined) {
    conditions.push(
      'EXISTS (SELECT 1 FROM task_roles r WHERE r.instance_id = t.instance_id AND r.task_id = t.task_id AND r.role = @role)',
    );
    params.role = filter.role;
  }
  const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  const { total } = h.statement(`SELECT COUNT(*) AS total FROM tasks t ${where}`).get(params) as {
    total: number;
  };
  const rows = h
    .statement(
      `SELECT t.* FROM tasks t ${where}
       ORDER BY t.due_at IS NULL, t.due_at, t.created_at, t.instance_id, t.task_id LIMIT @limit OFFSET @offset`,
    )
    .all(params) as Row[];
  return { items: rows.map(taskFromRow), total };
}

export function getTaskSqlite(h: SqliteHandle, instanceId: string, taskId: string): TaskRecord | null {
  const row = h
    .statement('SELECT * FROM tasks WHERE instance_id = ? AND task_id = ?')
    .get(instanceId, taskId);
  return row ? taskFromRow(row as Row) : null;
}

export function listFeedbackSqlite(h: SqliteHandle, journeyId: string, version?: string): FeedbackRecord[] {
  const rows =
    version === undefined
      ? h.statement('SELECT * FROM feedback WHERE journey_id = ? ORDER BY at, id').all(journeyId)
      : h
          .statement('SELECT * FROM feedback WHERE journey_id = ? AND journey_version = ? ORDER BY at, id')
          .all(journeyId, version);
  return (rows as Row[]).map(feedbackFromRow);
}

export function putFileSqlite(h: SqliteHandle, record: FileRecord, content: Uint8Array): void {
  h.statement(
    `INSERT INTO files (id, instance_id, name, type, size, content, created_at)
     VALUES (@id, @instanceId, @name, @type, @size, @content, @createdAt)
     ON CONFLICT (id) DO UPDATE SET instance_id = excluded.instance_id, name = excluded.name, type = excluded.type,
       size = excluded.size, content = excluded.content, created_at = excluded.created_at`,
  ).run({ ...record, content: Buffer.from(content.buffer, content.byteOffset, content.byteLength) });
}

export function getFileSqlite(
  h: SqliteHandle,
  id: string,
): { record: FileRecord; content: Uint8Array } | null {
  const row = h.statement('SELECT * FROM files WHERE id = ?').get(id) as Row | undefined;
  return row ? { record: fileFromRow(row), content: bytes(row.content) } : null;
}
