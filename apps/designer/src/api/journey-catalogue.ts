import type { VersionSummary } from './api-types';
import type { DesignerApi } from './designer-api';

/** A journey in the designer's list: its title and every version. */
export interface CatalogueEntry {
  id: string;
  title: string;
  versions: VersionSummary[];
  latestDraft: VersionSummary | null;
  latestPublished: VersionSummary | null;
}

const byVersion = (a: VersionSummary, b: VersionSummary) =>
  a.version.localeCompare(b.version, 'en', { numeric: true });

/** Every journey on the server, drafts included, each with its versions, by title. */
export async function loadCatalogue(api: DesignerApi): Promise<CatalogueEntry[]> {
  const byJourney = new Map<string, VersionSummary[]>();
  for (const v of await api.allVersions()) byJourney.set(v.id, [...(byJourney.get(v.id) ?? []), v]);
  return [...byJourney.entries()]
    .map(([id, unsorted]) => {
      const versions = [...unsorted].sort(byVersion);
      const latestDraft = versions.filter((v) => v.status === 'draft').at(-1) ?? null;
      const latestPublished = versions.filter((v) => v.status === 'published').at(-1) ?? null;
      const title = (latestDraft ?? latestPublished ?? versions.at(-1))?.title ?? id;
      return { id, title, versions, latestDraft, latestPublished };
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}

/**
 * The version number for a new draft after the latest: the next minor version (1.2.0 → 1.3.0).
 * @example nextVersion(['1.0.0', '1.2.3']) // '1.3.0'
 */
export function nextVersion(versions: readonly string[]): string {
  const parsed = versions
    .map((v) => /^(\d+)\.(\d+)\.(\d+)/.exec(v))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [Number(m[1]), Number(m[2])] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const last = parsed.at(-1);
  return last ? `${last[0]}.${last[1] + 1}.0` : '1.0.0';
}
