import type { Clock } from '@fingerpost/core';
import type { Storage } from '../storage/types';

export interface PurgeReport {
  /** Applications deleted, by journey. */
  purged: Record<string, number>;
  /** Journeys left alone because a published version sets no retention period. */
  keptForever: string[];
}

const DAY_MS = 86_400_000;

/**
 * Deletes completed applications older than their journey's retention period. Storage purges per
 * journey, so the longest period of its published versions applies, and a journey any of whose
 * versions sets none is kept: deleting early is the mistake that cannot be undone.
 * @example await purgeExpired({ storage, clock: () => new Date() }) // { purged: { 'report-missed-bin': 3 }, keptForever: [] }
 */
export async function purgeExpired(deps: { storage: Storage; clock: Clock }): Promise<PurgeReport> {
  const versions = (await deps.storage.listJourneyVersions()).filter((v) => v.status === 'published');
  const days = new Map<string, number | null>();
  for (const v of versions) {
    const retention = v.definition.retention?.days ?? null;
    const known = days.get(v.journeyId);
    if (known === undefined) days.set(v.journeyId, retention);
    else days.set(v.journeyId, known === null || retention === null ? null : Math.max(known, retention));
  }
  const report: PurgeReport = { purged: {}, keptForever: [] };
  const now = deps.clock().getTime();
  for (const [journeyId, keep] of days) {
    if (keep === null) {
      report.keptForever.push(journeyId);
      continue;
    }
    const before = new Date(now - keep * DAY_MS).toISOString();
    report.purged[journeyId] = await deps.storage.purgeCompleted(journeyId, before);
  }
  return report;
}
