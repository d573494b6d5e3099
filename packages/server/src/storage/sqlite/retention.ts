import { toJson } from '../records';
import { inWriteTransaction, type SqliteHandle } from './database';

/**
 * Erases an instance's personal data in one transaction. The row stays (with erased_at and the
 * caller's replacement snapshot, version + 1 so a stale concurrent update conflicts instead of
 * writing the data back); event data, outbox payloads, feedback comments and files go; undelivered
 * outputs are marked failed, deadlines dropped and open tasks cancelled, and an `instanceErased`
 * event records that it happened.
 */
export function eraseInstanceSqlite(
  h: SqliteHandle,
  id: string,
  at: string,
  erasedSnapshot: unknown,
): boolean {
  return inWriteTransaction(h.db, () => {
    const row = h
      .statement(
        `UPDATE instances SET snapshot = ?, erased_at = ?, updated_at = ?, version = version + 1
         WHERE id = ? RETURNING journey_id, journey_version`,
      )
      .get(toJson(erasedSnapshot), at, at, id) as { journey_id: string; journey_version: string } | undefined;
    if (!row) return false;
    h.statement('UPDATE events SET data = NULL WHERE instance_id = ?').run(id);
    h.statement(
      `INSERT INTO events (instance_id, seq, journey_id, journey_version, type, at, actor_kind, actor_id, actor_role,
         step_id, data)
       SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, 'instanceErased', ?, 'system', NULL, NULL, NULL, NULL
       FROM events WHERE instance_id = ?`,
    ).run(id, row.journey_id, row.journey_version, at, id);
    h.statement('DELETE FROM files WHERE instance_id = ?').run(id);
    h.statement(
      `UPDATE outbox SET payload = NULL, claimed_until = NULL,
         last_error = CASE WHEN status = 'pending' THEN 'erased before delivery' ELSE last_error END,
         status = CASE WHEN status = 'pending' THEN 'failed' ELSE status END
       WHERE instance_id = ?`,
    ).run(id);
    h.statement('UPDATE feedback SET comment = NULL WHERE instance_id = ?').run(id);
    h.statement('DELETE FROM deadlines WHERE instance_id = ?').run(id);
    h.statement(
      `UPDATE tasks SET status = 'cancelled', updated_at = ?
       WHERE instance_id = ? AND status IN ('open', 'waitingForResident')`,
    ).run(at, id);
    return true;
  });
}

/**
 * Deletes the journey's instances completed before `before`, with everything that cascades from
 * them (events, tasks, deadlines, outbox, files). Their feedback stays for analytics, unlinked.
 */
export function purgeCompletedSqlite(h: SqliteHandle, journeyId: string, before: string): number {
  return inWriteTransaction(h.db, () => {
    const expired = `SELECT id FROM instances
      WHERE journey_id = @journeyId AND status = 'completed' AND completed_at < @before`;
    h.statement(`UPDATE feedback SET instance_id = NULL WHERE instance_id IN (${expired})`).run({
      journeyId,
      before,
    });
    return h.statement(`DELETE FROM instances WHERE id IN (${expired})`).run({ journeyId, before }).changes;
  });
}
