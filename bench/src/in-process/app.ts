import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createApp,
  createPages,
  createRuntime,
  openStorage,
  publishDirectory,
  type Runtime,
} from '@fingerpost/server';
import { writeJourneysFolder } from '../journeys/journeys-folder';

/** A Fingerpost server without a socket: its Hono app on a SQLite file, called with `app.request`. */
export interface InProcessServer {
  app: ReturnType<typeof createApp>;
  runtime: Runtime;
  close(): Promise<void>;
}

/**
 * Publishes `journeys` into a fresh SQLite file and makes the server's app with its resident pages,
 * as `fingerpost serve` mounts them. `clock` is the runtime's (deadlines read it).
 * @example const server = await inProcessServer([journey]); await server.app.request('/healthz');
 */
export async function inProcessServer(
  journeys: ReadonlyArray<{ id: string }>,
  clock: () => Date = () => new Date(),
): Promise<InProcessServer> {
  const dir = mkdtempSync(join(tmpdir(), 'fingerpost-bench-inproc-'));
  const journeysDir = writeJourneysFolder(join(dir, 'journeys'), journeys);
  const storage = openStorage(`sqlite:${join(dir, 'bench.db')}`);
  await storage.migrate();
  const published = await publishDirectory(storage, journeysDir, {
    at: clock().toISOString(),
    log: () => {},
  });
  if (published.skipped.length > 0)
    throw new Error(`journeys not published: ${JSON.stringify(published.skipped)}`);
  const runtime = createRuntime({ storage, clock });
  const app = createApp({
    runtime,
    tokens: {},
    rateLimit: false,
    log: () => {},
    pages: (rt, services) =>
      createPages(rt, {
        sessionSecret: 'benchmark-session-secret-0123456789abcdef',
        authenticateStaff: services.authenticateStaff,
        log: () => {},
      }),
  });
  return {
    app,
    runtime,
    close: async () => {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
