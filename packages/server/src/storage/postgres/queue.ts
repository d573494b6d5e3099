import { diagnosticText } from '../records';
import { byDue, cmp, deadlineFromRow, outboxFromRow, type Row } from '../rows';
import type { DeadlineRecord, OutboxItem } from '../types';
import type { Queryable } from './pool';

/*
 * Leases on deadlines and outbox items, each one statement (one transaction): FOR UPDATE SKIP
 * LOCKED lets processes claiming at the same moment pass over each other's rows instead of
 * waiting, and a row another process has just leased fails the re-checked WHERE, so each due
 * row goes to exactly one process until its lease runs out.
 */

export async function claimDueDeadlinesPostgres(
  db: Queryable,
  now: string,
  until: string,
  limit: number,
): Promise<DeadlineRecord[]> {
  const { rows } = await db.query<Row>(
    `WITH due AS (
       SELECT instance_id, task_id FROM deadlines
       WHERE due_at <= $1 AND (claimed_until IS NULL OR claimed_until <= $1)
       ORDER BY due_at, instance_id, task_id
       LIMIT $3
       FOR UPDATE SKIP LOCKED
     )
     UPDATE deadlines d SET claimed_until = $2 FROM due
     WHERE d.instance_id = due.instance_id AND d.task_id = due.task_id
     RETURNING d.instance_id, d.task_id, d.due_at`,
    [now, until, limit],
  );
  return rows.map(deadlineFromRow).sort(byDue);
}

export async function claimOutboxPostgres(
  db: Queryable,
  now: string,
  until: string,
  limit: number,
): Promise<OutboxItem[]> {
  const { rows } = await db.query<Row>(
    `WITH due AS (
       SELECT id FROM outbox
       WHERE status = 'pending' AND next_attempt_at <= $1 AND (claimed_until IS NULL OR claimed_until <= $1)
       ORDER BY next_attempt_at, created_at, id
       LIMIT $3
       FOR UPDATE SKIP LOCKED
     )
     UPDATE outbox o SET claimed_until = $2 FROM due WHERE o.id = due.id
     RETURNING o.*`,
    [now, until, limit],
  );
  return rows
    .map(outboxFromRow)
    .sort(
      (a, b) => cmp(a.nextAttemptAt, b.nextAttemptAt) || cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id),
    );
}

export async function completeOutboxPostgres(db: Queryable, id: string, at: string): Promise<void> {
  await db.query(
    `UPDATE outbox SET status = 'delivered', delivered_at = $2, attempts = attempts + 1, claimed_until = NULL
     WHERE id = $1 AND status = 'pending'`,
    [id, at],
  );
}

export async function failOutboxPostgres(
  db: Queryable,
  id: string,
  error: string,
  next: string,
  giveUp: boolean,
): Promise<void> {
  await db.query(
    `UPDATE outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3, claimed_until = NULL,
       status = CASE WHEN $4::boolean THEN 'failed' ELSE 'pending' END
     WHERE id = $1 AND status = 'pending'`,
    [id, diagnosticText(error), next, giveUp],
  );
}

export async function listOutboxPostgres(db: Queryable, instanceId: string): Promise<OutboxItem[]> {
  const { rows } = await db.query<Row>(
    'SELECT * FROM outbox WHERE instance_id = $1 ORDER BY created_at, id',
    [instanceId],
  );
  return rows.map(outboxFromRow);
}
