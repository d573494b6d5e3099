import { noSuchInstance } from '../errors';
import { sqliteMigrations } from '../migrations/sqlite';
import { checkFeedback, checkFile, checkInstanceWrite, claimWindow, instant, page } from '../records';
import type { Storage } from '../types';
import { openSqlite } from './database';
import { createWriteQueue } from './group-commit';
import { createInstanceSqlite, insertFeedbackSqlite, updateInstanceSqlite } from './instance-writes';
import {
  deleteDraftSqlite,
  getJourneyVersionSqlite,
  latestPublishedSqlite,
  listJourneyVersionsSqlite,
  publishJourneyVersionSqlite,
  putJourneyVersionSqlite,
} from './journeys';
import { migrateSqlite } from './migrate';
import {
  claimDueDeadlinesSqlite,
  claimOutboxSqlite,
  completeOutboxSqlite,
  failOutboxSqlite,
  listOutboxSqlite,
} from './queue';
import {
  getFileSqlite,
  getInstanceSqlite,
  getTaskSqlite,
  listEventsSqlite,
  listFeedbackSqlite,
  listJourneyEventsSqlite,
  listTasksSqlite,
  putFileSqlite,
} from './reads';
import { eraseInstanceSqlite, purgeCompletedSqlite } from './retention';
import {
  addReviewCommentSqlite,
  addReviewLinkSqlite,
  findReviewLinkSqlite,
  listReviewCommentsSqlite,
  listReviewLinksSqlite,
  resolveReviewCommentSqlite,
  revokeReviewLinkSqlite,
} from './reviews';

export interface SqliteStorageOptions {
  /** Path of the database file (its folders are created), or ':memory:'. */
  file: string;
}

/**
 * Storage on one SQLite file through better-sqlite3. Reads run at once; writes are group-committed
 * (see group-commit.ts): concurrent writes share one durable commit, each atomic on its own, each
 * acknowledged only once committed. Several processes may share the file: writes take SQLite's
 * write lock and wait up to 5 s for it.
 * Call `migrate()` before anything else.
 *
 * @example
 * const storage = createSqliteStorage({ file: './.fingerpost/fingerpost.db' });
 * await storage.migrate();
 * const instance = await storage.getInstance('abc');
 * await storage.close();
 */
export function createSqliteStorage(options: SqliteStorageOptions): Storage {
  const h = openSqlite(options.file);
  const queue = createWriteQueue(h.db);
  return {
    kind: 'sqlite',
    async migrate() {
      return { applied: migrateSqlite(h.db, sqliteMigrations) };
    },
    async close() {
      if (!h.db.open) return;
      queue.drain();
      h.db.close();
    },

    async putJourneyVersion(record) {
      return queue.run(() => putJourneyVersionSqlite(h, record));
    },
    async publishJourneyVersion(journeyId, version, at) {
      const when = instant(at, 'at');
      return queue.run(() => publishJourneyVersionSqlite(h, journeyId, version, when));
    },
    async getJourneyVersion(journeyId, version) {
      return getJourneyVersionSqlite(h, journeyId, version);
    },
    async latestPublished(journeyId) {
      return latestPublishedSqlite(h, journeyId);
    },
    async listJourneyVersions(journeyId) {
      return listJourneyVersionsSqlite(h, journeyId);
    },
    async deleteDraft(journeyId, version) {
      return queue.run(() => deleteDraftSqlite(h, journeyId, version));
    },

    async createInstance(write) {
      const checked = checkInstanceWrite(write, 'create');
      return queue.run(() => createInstanceSqlite(h, checked));
    },
    async updateInstance(write) {
      const checked = checkInstanceWrite(write, 'update');
      return queue.run(() => updateInstanceSqlite(h, checked));
    },
    async getInstance(id) {
      return getInstanceSqlite(h, id);
    },
    async listEvents(instanceId) {
      return listEventsSqlite(h, instanceId);
    },
    async listJourneyEvents(journeyId, version) {
      return listJourneyEventsSqlite(h, journeyId, version);
    },

    async listTasks(filter) {
      const { limit, offset } = page(filter.limit, filter.offset);
      const dueBefore =
        filter.dueBefore === undefined ? undefined : instant(filter.dueBefore, 'filter.dueBefore');
      return listTasksSqlite(h, { ...filter, dueBefore }, limit, offset);
    },
    async getTask(instanceId, taskId) {
      return getTaskSqlite(h, instanceId, taskId);
    },

    async claimDueDeadlines(now, limit, leaseMs) {
      const window = claimWindow(now, limit, leaseMs);
      return window.limit === 0
        ? []
        : queue.run(() => claimDueDeadlinesSqlite(h, window.now, window.until, window.limit));
    },
    async claimOutbox(now, limit, leaseMs) {
      const window = claimWindow(now, limit, leaseMs);
      return window.limit === 0
        ? []
        : queue.run(() => claimOutboxSqlite(h, window.now, window.until, window.limit));
    },
    async completeOutbox(id, at) {
      const when = instant(at, 'at');
      await queue.run(() => completeOutboxSqlite(h, id, when));
    },
    async failOutbox(id, error, nextAttemptAt, giveUp) {
      const next = instant(nextAttemptAt, 'nextAttemptAt');
      await queue.run(() => failOutboxSqlite(h, id, error, next, giveUp));
    },
    async listOutbox(instanceId) {
      return listOutboxSqlite(h, instanceId);
    },

    async addFeedback(record) {
      const checked = checkFeedback(record);
      await queue.run(() => insertFeedbackSqlite(h, checked));
    },
    async listFeedback(journeyId, version) {
      return listFeedbackSqlite(h, journeyId, version);
    },

    async putFile(record, content) {
      try {
        const checked = checkFile(record, content);
        await queue.run(() => putFileSqlite(h, checked, content));
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY')
          throw noSuchInstance(record.instanceId);
        throw error;
      }
    },
    async getFile(id) {
      return getFileSqlite(h, id);
    },

    async purgeCompleted(journeyId, before) {
      const cutOff = instant(before, 'before');
      return queue.run(() => purgeCompletedSqlite(h, journeyId, cutOff));
    },
    async eraseInstance(id, at, erasedSnapshot) {
      const when = instant(at, 'at');
      return queue.run(() => eraseInstanceSqlite(h, id, when, erasedSnapshot));
    },

    async addReviewLink(record) {
      return queue.run(() => addReviewLinkSqlite(h, record));
    },
    async listReviewLinks(journeyId, version) {
      return listReviewLinksSqlite(h, journeyId, version);
    },
    async findReviewLink(tokenHash) {
      return findReviewLinkSqlite(h, tokenHash);
    },
    async revokeReviewLink(journeyId, version, id, at) {
      const when = instant(at, 'at');
      return queue.run(() => revokeReviewLinkSqlite(h, journeyId, version, id, when));
    },
    async addReviewComment(record) {
      return queue.run(() => addReviewCommentSqlite(h, record));
    },
    async listReviewComments(journeyId, version) {
      return listReviewCommentsSqlite(h, journeyId, version);
    },
    async resolveReviewComment(journeyId, version, id, resolution) {
      const checked = resolution && { at: instant(resolution.at, 'resolution.at'), by: resolution.by };
      return queue.run(() => resolveReviewCommentSqlite(h, journeyId, version, id, checked));
    },
  };
}
