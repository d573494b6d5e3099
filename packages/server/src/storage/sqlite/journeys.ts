import { checkJourneyVersion, toJson } from '../records';
import { journeyVersionFromRow, type Row } from '../rows';
import { byJourneyThenVersion, compareVersions } from '../semver';
import type { JourneyVersionRecord } from '../types';
import type { SqliteHandle } from './database';

/** Inserts or replaces a draft; a published version is never overwritten (the upsert's WHERE skips it). */
export function putJourneyVersionSqlite(
  h: SqliteHandle,
  input: JourneyVersionRecord,
): { ok: true } | { ok: false; reason: 'published-immutable' } {
  const record = checkJourneyVersion(input);
  const { changes } = h
    .statement(
      `INSERT INTO journey_versions (journey_id, version, status, definition, created_at, updated_at, published_at)
       VALUES (@journeyId, @version, @status, @definition, @createdAt, @updatedAt, @publishedAt)
       ON CONFLICT (journey_id, version) DO UPDATE SET status = excluded.status, definition = excluded.definition,
         updated_at = excluded.updated_at, published_at = excluded.published_at
       WHERE journey_versions.status <> 'published'`,
    )
    .run({ ...record, definition: toJson(record.definition) });
  return changes === 0 ? { ok: false, reason: 'published-immutable' } : { ok: true };
}

export function publishJourneyVersionSqlite(
  h: SqliteHandle,
  journeyId: string,
  version: string,
  at: string,
): { ok: true } | { ok: false; reason: 'not-found' | 'already-published' } {
  const { changes } = h
    .statement(
      `UPDATE journey_versions SET status = 'published', published_at = @at, updated_at = @at
       WHERE journey_id = @journeyId AND version = @version AND status = 'draft'`,
    )
    .run({ journeyId, version, at });
  if (changes > 0) return { ok: true };
  const exists = h
    .statement('SELECT 1 FROM journey_versions WHERE journey_id = ? AND version = ?')
    .get(journeyId, version);
  return { ok: false, reason: exists ? 'already-published' : 'not-found' };
}

export function getJourneyVersionSqlite(
  h: SqliteHandle,
  journeyId: string,
  version: string,
): JourneyVersionRecord | null {
  const row = h
    .statement('SELECT * FROM journey_versions WHERE journey_id = ? AND version = ?')
    .get(journeyId, version);
  return row ? journeyVersionFromRow(row as Row) : null;
}

export function latestPublishedSqlite(h: SqliteHandle, journeyId: string): JourneyVersionRecord | null {
  const rows = h
    .statement(`SELECT * FROM journey_versions WHERE journey_id = ? AND status = 'published'`)
    .all(journeyId) as Row[];
  const sorted = rows.map(journeyVersionFromRow).sort((a, b) => compareVersions(a.version, b.version));
  return sorted.at(-1) ?? null;
}

export function listJourneyVersionsSqlite(h: SqliteHandle, journeyId?: string): JourneyVersionRecord[] {
  const rows = (
    journeyId === undefined
      ? h.statement('SELECT * FROM journey_versions').all()
      : h.statement('SELECT * FROM journey_versions WHERE journey_id = ?').all(journeyId)
  ) as Row[];
  return rows.map(journeyVersionFromRow).sort(byJourneyThenVersion);
}

export function deleteDraftSqlite(h: SqliteHandle, journeyId: string, version: string): boolean {
  return (
    h
      .statement(`DELETE FROM journey_versions WHERE journey_id = ? AND version = ? AND status = 'draft'`)
      .run(journeyId, version).changes > 0
  );
}
