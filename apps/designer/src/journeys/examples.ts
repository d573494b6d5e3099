import type { Journey } from '@fingerpost/schema';

// The repository's example journeys, bundled as separate chunks loaded when chosen.
const modules = import.meta.glob<Journey>('../../../../examples/*/journey.json', { import: 'default' });

export interface ExampleEntry {
  name: string;
  load: () => Promise<Journey>;
}

/** The example journeys a new journey can start from, by folder name. */
export const EXAMPLES: ExampleEntry[] = Object.entries(modules)
  .map(([path, load]) => ({ name: path.split('/').at(-2) ?? path, load }))
  .sort((a, b) => a.name.localeCompare(b.name));
