import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isBuildCurrent } from '../report/build-state';

/** What the benchmark uses of @fingerpost/server (typed here: the package may not be built). */
export interface ServerModule {
  openStorage(url: string): unknown;
  createServer(options: {
    storage: unknown;
    journeysDir: string;
    port: number;
    host: string;
    rateLimit: false;
    purgeIntervalMs: number;
    hotCapacity?: number;
    deadlines?: { intervalMs?: number; batchSize?: number } | false;
    outbox?: false;
    log: (line: string) => void;
  }): Promise<{
    url: string;
    close(): Promise<void>;
    workers: { deadlines: { counts(): { claimed: number; fired: number; failed: number } } | null };
  }>;
}

const serverRoot = fileURLToPath(new URL('../../../packages/server/', import.meta.url));

/**
 * Where the server code comes from: its build when that is newer than its sources, else its
 * TypeScript sources through tsx (slower: tsx keeps function names with a helper call per
 * function created), so the report can say which was measured.
 */
export function serverSource(): { kind: 'dist' | 'src'; entry: string } | null {
  const dist = join(serverRoot, 'dist/index.js');
  const src = join(serverRoot, 'src/index.ts');
  if (isBuildCurrent('server')) return { kind: 'dist', entry: dist };
  return existsSync(src) ? { kind: 'src', entry: src } : null;
}

/** Loads the server module; null when it does not exist or lacks createServer. */
export async function loadServerModule(): Promise<ServerModule | null> {
  const source = serverSource();
  if (!source) return null;
  const loaded = (await import(source.entry)) as Partial<ServerModule>;
  return typeof loaded.createServer === 'function' && typeof loaded.openStorage === 'function'
    ? (loaded as ServerModule)
    : null;
}
