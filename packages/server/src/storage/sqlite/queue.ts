import { diagnosticText } from '../records';
import { byDue, cmp, deadlineFromRow, outboxFromRow, type Row } from '../rows';
import type { DeadlineRecord, OutboxItem } from '../types';
import type { SqliteHandle } from './database';

/*
 * Leases on deadlines and outbox items. Each claim is a single UPDATE … RETURNING, atomic under
 * SQLite's write lock, so processes sharing the file never lease the same row twice.
 */

export function claimDueDeadlinesSqlite(
  h: SqliteHandle,
  now: string,
  until: string,
  limit: number,
): DeadlineRecord[] {
  const rows = h
    .statement(
      `UPDATE deadlines SET claimed_until = @until
       WHERE rowid IN (
         SELECT rowid FROM deadlines
         WHERE due_at <= @now AND (claimed_until IS NULL OR claimed_until <= @now)
         ORDER BY due_at, instance_id, task_id LIMIT @limit)
       RETURNING instance_id, task_id, due_at`,
    )
    .all({ now, until, limit }) as Row[];
  return rows.map(deadlineFromRow).sort(byDue);
}

export function claimOutboxSqlite(h: SqliteHandle, now: string, until: string, limit: number): OutboxItem[] {
  const rows = h
    .statement(
      `UPDATE outbox SET claimed_until = @until
       WHERE id IN (
         SELECT id FROM outbox
         WHERE status = 'pending' AND next_attempt_at <= @now AND (claimed_until IS NULL OR claimed_until <= @now)
         ORDER BY next_attempt_at, created_at, id LIMIT @limit)
       RETURNING *`,
    )
    .all({ now, until, limit }) as Row[];
  return rows
    .map(outboxFromRow)
    .sort(
      (a, b) => cmp(a.nextAttemptAt, b.nextAttemptAt) || cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id),
    );
}

export function completeOutboxSqlite(h: SqliteHandle, id: string, at: string): void {
  h.statement(
    `UPDATE outbox SET status = 'delivered', delivered_at = ?, attempts = attempts + 1, claimed_until = NULL
     WHERE id = ? AND status = 'pending'`,
  ).run(at, id);
}

export function failOutboxSqlite(
  h: SqliteHandle,
  id: string,
  error: string,
  next: string,
  giveUp: boolean,
): void {
  h.statement(
    `UPDATE outbox SET attempts = attempts + 1, last_error = @error, next_attempt_at = @next, claimed_until = NULL,
       status = CASE WHEN @giveUp = 1 THEN 'failed' ELSE 'pending' END
     WHERE id = @id AND status = 'pending'`,
  ).run({ id, error: diagnosticText(error), next, giveUp: giveUp ? 1 : 0 });
}

export function listOutboxSqlite(h: SqliteHandle, instanceId: string): OutboxItem[] {
  const rows = h
    .statement('SELECT * FROM outbox WHERE instance_id = ? ORDER BY created_at, id')
    .all(instanceId) as Row[];
  return rows.map(outboxFromRow);
}
