import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Lays journeys out as `fingerpost serve --journeys` reads them: `<dir>/<id>/journey.json`.
 * @example writeJourneysFolder(mkdtempSync(join(tmpdir(), 'bench-')), [journey])
 */
export function writeJourneysFolder(dir: string, journeys: ReadonlyArray<{ id: string }>): string {
  for (const journey of journeys) {
    mkdirSync(join(dir, journey.id), { recursive: true });
    writeFileSync(join(dir, journey.id, 'journey.json'), JSON.stringify(journey));
  }
  return dir;
}
