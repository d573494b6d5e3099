import { startChild } from '../http/child';
import { startResidents } from '../http/residents';
import type { HttpWorkload } from '../http/workload';

export type StorageConfig = { kind: 'sqlite' | 'postgres'; storageUrl: string };

/**
 * Starts the server once on the storage (which migrates it and publishes the journey) and makes
 * the template application the seed copies: started through the API, with `pages` pages answered.
 */
export async function makeTemplate(
  workload: HttpWorkload,
  storage: StorageConfig,
  pages: number,
): Promise<string> {
  const child = await startChild({
    ...storage,
    pages: workload.spec.pages.length,
    journeysDir: workload.journeysDir,
  });
  try {
    const [resident] = await startResidents(child.url, workload.journey.id, 1);
    for (const page of workload.sequence.slice(0, pages)) {
      const response = await fetch(
        `${child.url}/api/v1/instances/${resident!.instanceId}/steps/${page.stepId}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${resident!.resumeToken}` },
          body: page.body,
        },
      );
      if (response.status !== 200)
        throw new Error(`the template's page ${page.stepId} answered ${response.status}`);
    }
    return resident!.instanceId;
  } finally {
    await child.stop();
  }
}
