import type { Journey } from '@fingerpost/schema';
import { type RenderResult, render } from '@testing-library/react';
import type { VersionSummary } from '../api/api-types';
import type { DesignerApi } from '../api/designer-api';
import { Editor } from '../editor/Editor';

/**
 * The designer's editor over an API that keeps versions in memory, for tests of what the editor
 * does with the answers (the real server is exercised by the browser tests).
 */
export function memoryApi(journey: Journey): DesignerApi & { saved: Journey[] } {
  const saved: Journey[] = [];
  const summary = (j: Journey, status: 'draft' | 'published' = 'draft'): VersionSummary => ({
    id: j.id,
    version: j.version,
    status,
    title: typeof j.title === 'string' ? j.title : (j.title.en ?? j.id),
    createdAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    publishedAt: null,
  });
  const api = {
    saved,
    async saveDraft(j: Journey) {
      saved.push(j);
      return { ...summary(j), validation: { valid: true, errors: [] } };
    },
    async versions() {
      return [summary(saved.at(-1) ?? journey)];
    },
    async version() {
      return { ...summary(saved.at(-1) ?? journey), definition: saved.at(-1) ?? journey };
    },
    async publish() {
      return summary(saved.at(-1) ?? journey, 'published');
    },
    async analytics() {
      return { journeyId: journey.id, versions: [] };
    },
    async comments() {
      return [];
    },
  };
  return api as unknown as DesignerApi & { saved: Journey[] };
}

/** Opens a journey's draft in the editor. */
export function renderEditor(journey: Journey, api = memoryApi(journey)): RenderResult & { api: typeof api } {
  localStorage.clear();
  const loaded = {
    id: journey.id,
    version: journey.version,
    status: 'draft' as const,
    title: 'Draft',
    createdAt: '2026-03-02T10:00:00.000Z',
    updatedAt: '2026-03-02T10:00:00.000Z',
    publishedAt: null,
    definition: journey,
  };
  return { ...render(<Editor api={api} loaded={loaded} />), api };
}
