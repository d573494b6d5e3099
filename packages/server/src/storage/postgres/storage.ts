import { noSuchInstance } from '../errors';
import { postgresMigrations } from '../migrations/postgres';
import { checkFeedback, checkFile, checkInstanceWrite, claimWindow, instant, page } from '../records';
import type { Storage } from '../types';
import { createInstancePostgres, updateInstancePostgres } from './instance-writes';
import {
  deleteDraftPostgres,
  getJourneyVersionPostgres,
  latestPublishedPostgres,
  listJourneyVersionsPostgres,
  publishJourneyVersionPostgres,
  putJourneyVersionPostgres,
} from './journeys';
import { migratePostgres } from './migrate';
import { checkSchemaName, createPool } from './pool';
import {
  claimDueDeadlinesPostgres,
  claimOutboxPostgres,
  completeOutboxPostgres,
  failOutboxPostgres,
  listOutboxPostgres,
} from './queue';
import {
  getFilePostgres,
  getInstancePostgres,
  getTaskPostgres,
  insertFeedbackPostgres,
  listEventsPostgres,
  listFeedbackPostgres,
  listJourneyEventsPostgres,
  listTasksPostgres,
  putFilePostgres,
} from './reads';
import { eraseInstancePostgres, purgeCompletedPostgres } from './retention';
import {
  addReviewCommentPostgres,
  addReviewLinkPostgres,
  findReviewLinkPostgres,
  listReviewCommentsPostgres,
  listReviewLinksPostgres,
  resolveReviewCommentPostgres,
  revokeReviewLinkPostgres,
} from './reviews';

export interface PostgresStorageOptions {
  /** A postgres:// or postgresql:// connection URL. */
  url: string;
  /** PostgreSQL schema holding every table (created by `migrate` if missing); default: the server's search path. */
  schema?: string;
  /** Connections in the pool; default 10. */
  poolSize?: number;
}

/**
 * Storage on PostgreSQL through a `pg` pool. Any number of processes may share one database:
 * writes are checked against the instance's version, and deadlines and outbox items are leased
 * with FOR UPDATE SKIP LOCKED. Call `migrate()` before anything else.
 *
 * @example
 * const storage = createPostgresStorage({ url: 'postgres://postgres@127.0.0.1:5432/fingerpost' });
 * await storage.migrate();
 * const due = await storage.claimDueDeadlines(new Date().toISOString(), 50, 30_000);
 * await storage.close();
 */
export function createPostgresStorage(options: PostgresStorageOptions): Storage {
  const schema = options.schema === undefined ? undefined : checkSchemaName(options.schema);
  const pool = createPool(options.url, schema, options.poolSize ?? 10);
  let closed = false;
  return {
    kind: 'postgres',
    async migrate() {
      return { applied: await migratePostgres(pool, schema, postgresMigrations) };
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },

    putJourneyVersion: (record) => putJourneyVersionPostgres(pool, record),
    publishJourneyVersion: async (journeyId, version, at) =>
      publishJourneyVersionPostgres(pool, journeyId, version, instant(at, 'at')),
    getJourneyVersion: (journeyId, version) => getJourneyVersionPostgres(pool, journeyId, version),
    latestPublished: (journeyId) => latestPublishedPostgres(pool, journeyId),
    listJourneyVersions: (journeyId) => listJourneyVersionsPostgres(pool, journeyId),
    deleteDraft: (journeyId, version) => deleteDraftPostgres(pool, journeyId, version),

    createInstance: async (write) => createInstancePostgres(pool, checkInstanceWrite(write, 'create')),
    updateInstance: async (write) => updateInstancePostgres(pool, checkInstanceWrite(write, 'update')),
    getInstance: (id) => getInstancePostgres(pool, id),
    listEvents: (instanceId) => listEventsPostgres(pool, instanceId),
    listJourneyEvents: (journeyId, version) => listJourneyEventsPostgres(pool, journeyId, version),

    async listTasks(filter) {
      const { limit, offset } = page(filter.limit, filter.offset);
      const dueBefore =
        filter.dueBefore === undefined ? undefined : instant(filter.dueBefore, 'filter.dueBefore');
      return listTasksPostgres(pool, { ...filter, dueBefore }, limit, offset);
    },
    getTask: (instanceId, taskId) => getTaskPostgres(pool, instanceId, taskId),

    async claimDueDeadlines(now, limit, leaseMs) {
      const window = claimWindow(now, limit, leaseMs);
      return window.limit === 0
        ? []
        : claimDueDeadlinesPostgres(pool, window.now, window.until, window.limit);
    },
    async claimOutbox(now, limit, leaseMs) {
      const window = claimWindow(now, limit, leaseMs);
      return window.limit === 0 ? [] : claimOutboxPostgres(pool, window.now, window.until, window.limit);
    },
    completeOutbox: async (id, at) => completeOutboxPostgres(pool, id, instant(at, 'at')),
    failOutbox: async (id, error, nextAttemptAt, giveUp) =>
      failOutboxPostgres(pool, id, error, instant(nextAttemptAt, 'nextAttemptAt'), giveUp),
    listOutbox: (instanceId) => listOutboxPostgres(pool, instanceId),

    addFeedback: async (record) => insertFeedbackPostgres(pool, checkFeedback(record)),
    listFeedback: (journeyId, version) => listFeedbackPostgres(pool, journeyId, version),

    async putFile(record, content) {
      const checked = checkFile(record, content);
      try {
        await putFilePostgres(pool, checked, content);
      } catch (error) {
        if ((error as { code?: string }).code === '23503') throw noSuchInstance(record.instanceId);
        throw error;
      }
    },
    getFile: (id) => getFilePostgres(pool, id),

    purgeCompleted: async (journeyId, before) =>
      purgeCompletedPostgres(pool, journeyId, instant(before, 'before')),
    eraseInstance: async (id, at, erasedSnapshot) =>
      eraseInstancePostgres(pool, id, instant(at, 'at'), erasedSnapshot),

    addReviewLink: async (record) => addReviewLinkPostgres(pool, record),
    listReviewLinks: (journeyId, version) => listReviewLinksPostgres(pool, journeyId, version),
    findReviewLink: (tokenHash) => findReviewLinkPostgres(pool, tokenHash),
    revokeReviewLink: async (journeyId, version, id, at) =>
      revokeReviewLinkPostgres(pool, journeyId, version, id, instant(at, 'at')),
    addReviewComment: async (record) => addReviewCommentPostgres(pool, record),
    listReviewComments: (journeyId, version) => listReviewCommentsPostgres(pool, journeyId, version),
    resolveReviewComment: async (journeyId, version, id, resolution) =>
      resolveReviewCommentPostgres(
        pool,
        journeyId,
        version,
        id,
        resolution && { at: instant(resolution.at, 'resolution.at'), by: resolution.by },
      ),
  };
}
