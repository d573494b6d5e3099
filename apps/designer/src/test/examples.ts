import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Journey } from '@fingerpost/schema';

const examplesDir = join(__dirname, '..', '..', '..', '..', 'examples');

/** Every example journey in the repository, by folder name. */
export function exampleJourneys(): Array<[string, Journey]> {
  return readdirSync(examplesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      try {
        return [
          [d.name, JSON.parse(readFileSync(join(examplesDir, d.name, 'journey.json'), 'utf8'))] as [
            string,
            Journey,
          ],
        ];
      } catch {
        return [];
      }
    });
}

export function exampleJourney(name: string): Journey {
  const found = exampleJourneys().find(([n]) => n === name);
  if (!found) throw new Error(`No example ${name}`);
  return found[1];
}
