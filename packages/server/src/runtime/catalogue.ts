import { type CompiledJourney, compileJourney, LruCache } from '@fingerpost/core';
import { textIn } from '@fingerpost/schema';
import { HttpError } from '../http/http-error';
import type { JourneyVersionRecord, Storage } from '../storage/types';

/** A published journey version, compiled once. */
export interface PublishedJourney {
  record: JourneyVersionRecord;
  compiled: CompiledJourney;
}

/** What the public list of journeys shows about each. */
export interface JourneySummary {
  id: string;
  version: string;
  title: string;
  description: string;
  languages: string[];
  publishedAt: string | null;
}

/** Summary of a journey version in a language (English when it has no such translation). */
export function journeySummary(record: JourneyVersionRecord, language = 'en'): JourneySummary {
  const journey = record.definition;
  return {
    id: record.journeyId,
    version: record.version,
    title: textIn(journey.title, language) || record.journeyId,
    description: textIn(journey.description, language),
    languages: [...(journey.languages ?? ['en'])],
    publishedAt: record.publishedAt,
  };
}

function compiledOf(record: JourneyVersionRecord): CompiledJourney {
  try {
    return compileJourney(record.definition);
  } catch (error) {
    throw new HttpError(
      500,
      'journey.uncompilable',
      `Published journey ${record.journeyId} ${record.version} cannot be run: ${(error as Error).message}`,
    );
  }
}

/**
 * The published journeys, compiled. A published version never changes, so it is cached for good
 * (bounded); which version is the latest is asked of storage each time, since another process may
 * have published since.
 */
export class JourneyCatalogue {
  private readonly versions = new LruCache<PublishedJourney>(256);
  constructor(private readonly storage: Storage) {}

  private remember(record: JourneyVersionRecord): PublishedJourney {
    const key = `${record.journeyId}@${record.version}`;
    const known = this.versions.get(key);
    if (known) return known;
    const published = { record, compiled: compiledOf(record) };
    this.versions.set(key, published);
    return published;
  }

  /** A published version (null when unknown or still a draft). */
  async version(journeyId: string, version: string): Promise<PublishedJourney | null> {
    const known = this.versions.get(`${journeyId}@${version}`);
    if (known) return known;
    const record = await this.storage.getJourneyVersion(journeyId, version);
    return record && record.status === 'published' ? this.remember(record) : null;
  }

  /** The latest published version of a journey. */
  async latest(journeyId: string): Promise<PublishedJourney | null> {
    const record = await this.storage.latestPublished(journeyId);
    return record ? this.remember(record) : null;
  }

  /** The latest published version of every journey, by id. */
  async listLatest(): Promise<JourneyVersionRecord[]> {
    const all = await this.storage.listJourneyVersions();
    const ids = [...new Set(all.filter((r) => r.status === 'published').map((r) => r.journeyId))].sort();
    const latest = await Promise.all(ids.map((id) => this.storage.latestPublished(id)));
    return latest.filter((r): r is JourneyVersionRecord => r !== null);
  }
}
