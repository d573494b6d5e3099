import { toJson } from '../records';
import type { Queryable } from './pool';

/**
 * Erases an instance's personal data in one statement (so one transaction). The row stays (with
 * erased_at and the caller's replacement snapshot, version + 1 so a stale concurrent update
 * conflicts instead of writing the data back); event data, outbox payloads, feedback comments and
 * files go; undelivered outputs are marked failed, deadlines dropped and open tasks cancelled, and
 * an `instanceErased` event records that it happened.
 */
export async function eraseInstancePostgres(
  db: Queryable,
  id: string,
  at: string,
  erasedSnapshot: unknown,
): Promise<boolean> {
  const { rows } = await db.query<{ erased: number }>(
    `WITH inst AS (
       UPDATE instances SET snapshot = $2::json, erased_at = $3, updated_at = $3, version = version + 1
       WHERE id = $1 RETURNING journey_id, journey_version
     ),
     scrubbed_events AS (UPDATE events SET data = NULL WHERE instance_id = $1 AND EXISTS (SELECT 1 FROM inst)),
     base AS (SELECT COALESCE(MAX(seq), 0) AS last FROM events WHERE instance_id = $1),
     erased_event AS (
       INSERT INTO events (instance_id, seq, journey_id, journey_version, type, at, actor_kind)
       SELECT $1, base.last + 1, inst.journey_id, inst.journey_version, 'instanceErased', $3, 'system'
       FROM inst, base
     ),
     gone_files AS (DELETE FROM files WHERE instance_id = $1 AND EXISTS (SELECT 1 FROM inst)),
     scrubbed_outbox AS (
       UPDATE outbox SET payload = NULL, claimed_until = NULL,
         last_error = CASE WHEN status = 'pending' THEN 'erased before delivery' ELSE last_error END,
         status = CASE WHEN status = 'pending' THEN 'failed' ELSE status END
       WHERE instance_id = $1 AND EXISTS (SELECT 1 FROM inst)
     ),
     scrubbed_feedback AS (UPDATE feedback SET comment = NULL WHERE instance_id = $1 AND EXISTS (SELECT 1 FROM inst)),
     gone_deadlines AS (DELETE FROM deadlines WHERE instance_id = $1 AND EXISTS (SELECT 1 FROM inst)),
     cancelled_tasks AS (
       UPDATE tasks SET status = 'cancelled', updated_at = $3
       WHERE instance_id = $1 AND status IN ('open', 'waitingForResident') AND EXISTS (SELECT 1 FROM inst)
     )
     SELECT count(*)::int AS erased FROM inst`,
    [id, toJson(erasedSnapshot), at],
  );
  return (rows[0]?.erased ?? 0) > 0;
}

/**
 * Deletes the journey's instances completed before `before`, with everything that cascades from
 * them (events, tasks, deadlines, outbox, files). Their feedback stays for analytics, unlinked.
 */
export async function purgeCompletedPostgres(
  db: Queryable,
  journeyId: string,
  before: string,
): Promise<number> {
  const { rows } = await db.query<{ purged: number }>(
    `WITH expired AS (
       DELETE FROM instances WHERE journey_id = $1 AND status = 'completed' AND completed_at < $2 RETURNING id
     ),
     unlinked AS (UPDATE feedback SET instance_id = NULL WHERE instance_id IN (SELECT id FROM expired))
     SELECT count(*)::int AS purged FROM expired`,
    [journeyId, before],
  );
  return rows[0]?.purged ?? 0;
}
