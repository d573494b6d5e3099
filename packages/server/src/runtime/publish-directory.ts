import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { validateJourney } from '@fingerpost/schema';
import type { Storage } from '../storage/types';

export interface PublishReport {
  published: string[];
  unchanged: string[];
  skipped: Array<{ file: string; reason: string }>;
}

async function subfolders(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => e.isDirectory())
      .map((e) => join(dir, e.name))
      .sort();
  } catch {
    return [];
  }
}

/** `<dir>/<journey>/journey.json` and `<dir>/<journey>/versions/<version>/journey.json`. */
export async function journeyFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const folder of await subfolders(dir)) {
    files.push(join(folder, 'journey.json'));
    for (const version of await subfolders(join(folder, 'versions')))
      files.push(join(version, 'journey.json'));
  }
  const present = await Promise.all(
    files.map((f) =>
      readFile(f, 'utf8').then(
        () => f,
        () => null,
      ),
    ),
  );
  return present.filter((f): f is string => f !== null);
}

/**
 * Publishes every valid journey definition in a folder, idempotently: a version already published
 * is left as it is (published versions never change; a changed file needs a new version number,
 * and says so). An invalid or unreadable file is skipped and reported, never fatal.
 * @example
 * const report = await publishDirectory(storage, 'examples', { at: new Date().toISOString(), log: console.error });
 * // { published: ['foi-request 1.0.0', …], unchanged: [], skipped: [] }
 */
export async function publishDirectory(
  storage: Storage,
  dir: string,
  options: { at: string; log: (line: string) => void },
): Promise<PublishReport> {
  const report: PublishReport = { published: [], unchanged: [], skipped: [] };
  for (const file of await journeyFiles(dir)) {
    const name = relative(process.cwd(), file) || file;
    let value: unknown;
    try {
      value = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      report.skipped.push({ file: name, reason: `not readable JSON: ${(error as Error).message}` });
      options.log(`fingerpost: skipped ${name}: not readable JSON`);
      continue;
    }
    const result = validateJourney(value);
    if (!result.ok) {
      const first = result.errors[0];
      const reason = `${result.errors.length} validation error(s), first ${first?.path || '/'}: ${first?.message}`;
      report.skipped.push({ file: name, reason });
      options.log(`fingerpost: skipped ${name}: INVALID journey, ${reason}`);
      continue;
    }
    const { id, version } = result.journey;
    const label = `${id} ${version}`;
    const existing = await storage.getJourneyVersion(id, version);
    if (existing?.status === 'published') {
      report.unchanged.push(label);
      if (JSON.stringify(existing.definition) !== JSON.stringify(result.journey))
        options.log(
          `fingerpost: ${name} differs from published ${label}, which cannot change: give it a new version`,
        );
      continue;
    }
    if (existing && JSON.stringify(existing.definition) !== JSON.stringify(result.journey)) {
      report.skipped.push({ file: name, reason: `a different draft of ${label} exists` });
      options.log(`fingerpost: skipped ${name}: a different draft of ${label} is being edited`);
      continue;
    }
    const put = await storage.putJourneyVersion({
      journeyId: id,
      version,
      status: 'draft',
      definition: result.journey,
      createdAt: existing?.createdAt ?? options.at,
      updatedAt: options.at,
      publishedAt: null,
    });
    const published = put.ok ? await storage.publishJourneyVersion(id, version, options.at) : null;
    if (published?.ok) report.published.push(label);
    else report.unchanged.push(label);
  }
  return report;
}
