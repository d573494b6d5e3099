import { checkJourneyVersion, toJson } from '../records';
import { journeyVersionFromRow, type Row } from '../rows';
import { byJourneyThenVersion, compareVersions } from '../semver';
import type { JourneyVersionRecord } from '../types';
import type { Queryable } from './pool';

/** Inserts or replaces a draft; a published version is never overwritten (the upsert's WHERE skips it). */
export async function putJourneyVersionPostgres(
  db: Queryable,
  input: JourneyVersionRecord,
): Promise<{ ok: true } | { ok: false; reason: 'published-immutable' }> {
  const r = checkJourneyVersion(input);
  const { rowCount } = await db.query(
    `INSERT INTO journey_versions (journey_id, version, status, definition, created_at, updated_at, published_at)
     VALUES ($1, $2, $3, $4::json, $5, $6, $7)
     ON CONFLICT (journey_id, version) DO UPDATE SET status = excluded.status, definition = excluded.definition,
       updated_at = excluded.updated_at, published_at = excluded.published_at
     WHERE journey_versions.status <> 'published'`,
    [r.journeyId, r.version, r.status, toJson(r.definition), r.createdAt, r.updatedAt, r.publishedAt],
  );
  return rowCount === 0 ? { ok: false, reason: 'published-immutable' } : { ok: true };
}

export async function publishJourneyVersionPostgres(
  db: Queryable,
  journeyId: string,
  version: string,
  at: string,
): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'already-published' }> {
  const { rowCount } = await db.query(
    `UPDATE journey_versions SET status = 'published', published_at = $3, updated_at = $3
     WHERE journey_id = $1 AND version = $2 AND status = 'draft'`,
    [journeyId, version, at],
  );
  if (rowCount) return { ok: true };
  const exists = await db.query('SELECT 1 FROM journey_versions WHERE journey_id = $1 AND version = $2', [
    journeyId,
    version,
  ]);
  return { ok: false, reason: exists.rowCount ? 'already-published' : 'not-found' };
}

export async function getJourneyVersionPostgres(
  db: Queryable,
  journeyId: string,
  version: string,
): Promise<JourneyVersionRecord | null> {
  const { rows } = await db.query<Row>(
    'SELECT * FROM journey_versions WHERE journey_id = $1 AND version = $2',
    [journeyId, version],
  );
  return rows[0] ? journeyVersionFromRow(rows[0]) : null;
}

export async function latestPublishedPostgres(
  db: Queryable,
  journeyId: string,
): Promise<JourneyVersionRecord | null> {
  const { rows } = await db.query<Row>(
    `SELECT * FROM journey_versions WHERE journey_id = $1 AND status = 'published'`,
    [journeyId],
  );
  return (
    rows
      .map(journeyVersionFromRow)
      .sort((a, b) => compareVersions(a.version, b.version))
      .at(-1) ?? null
  );
}

export async function listJourneyVersionsPostgres(
  db: Queryable,
  journeyId?: string,
): Promise<JourneyVersionRecord[]> {
  const { rows } =
    journeyId === undefined
      ? await db.query<Row>('SELECT * FROM journey_versions')
      : await db.query<Row>('SELECT * FROM journey_versions WHERE journey_id = $1', [journeyId]);
  return rows.map(journeyVersionFromRow).sort(byJourneyThenVersion);
}

export async function deleteDraftPostgres(
  db: Queryable,
  journeyId: string,
  version: string,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `DELETE FROM journey_versions WHERE journey_id = $1 AND version = $2 AND status = 'draft'`,
    [journeyId, version],
  );
  return (rowCount ?? 0) > 0;
}
