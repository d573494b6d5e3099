import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packagesDir = fileURLToPath(new URL('../../../packages/', import.meta.url));

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}

/** Whether a workspace package's dist/index.js exists and is newer than every source file. */
export function isBuildCurrent(name: string): boolean {
  const dist = join(packagesDir, name, 'dist/index.js');
  return existsSync(dist) && statSync(dist).mtimeMs >= newestSource(join(packagesDir, name, 'src'));
}

/**
 * Whether a workspace package's build (what the benchmarks import) is current: the benchmarks
 * measure the built code, so a build older than its sources measures old code.
 * @example buildState('core') // 'built 2026-11-25 08:53 UTC, up to date'
 */
export function buildState(name: string): string {
  const dist = join(packagesDir, name, 'dist/index.js');
  if (!existsSync(dist)) return 'not built';
  const built = statSync(dist).mtimeMs;
  const when = new Date(built).toISOString().slice(0, 16).replace('T', ' ');
  const stale = newestSource(join(packagesDir, name, 'src')) > built;
  return `built ${when} UTC, ${stale ? 'older than its sources (run `pnpm build`)' : 'up to date'}`;
}
