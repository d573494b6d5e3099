import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { DIST, ROOT } from './designer-server';

const APP = join(ROOT, 'apps', 'designer');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function builtAt(): number {
  try {
    return statSync(join(DIST, 'index.html')).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Builds the designer when the build is missing or older than its sources (or @fingerpost/react's
 * build), so that the browser tests never test yesterday's designer.
 */
export async function ensureDesignerBuilt(): Promise<void> {
  const sources = Math.max(
    newest(join(APP, 'src')),
    statSync(join(APP, 'index.html')).mtimeMs,
    newest(join(ROOT, 'packages', 'react', 'dist')),
  );
  if (builtAt() >= sources) return;
  // Vitest sets NODE_ENV=test, which would make this a development build (React's development
  // runtime, jsxDEV with file names) left in dist for `fingerpost serve` and the benchmark.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: APP, configFile: join(APP, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
