/**
 * A server for the HTTP benchmarks, in its own process so the load generator does not share its
 * event loop: `serve-child.ts '{"kind":"sqlite","storageUrl":…,"journeysDir":…,"pages":50}'`.
 * Prints one JSON line (`{ url, source }`) when it listens; exits cleanly on SIGTERM. With
 * `profileFile`, SIGUSR2 starts V8's CPU profiler (the one behind --cpu-prof) so only the load is
 * sampled, and SIGTERM writes the profile there before exiting. Over IPC it answers 'memory' (RSS
 * and heap after a full collection) and 'deadlines' (its deadline scheduler's counts).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { bareApp } from './bare-endpoint';
import { loadServerModule, serverSource } from './server-module';

interface ChildConfig {
  kind: 'bare' | 'sqlite' | 'postgres';
  pages: number;
  storageUrl?: string;
  journeysDir?: string;
  profileFile?: string;
  hotCapacity?: number;
  /** The deadline scheduler's settings (the server's defaults when absent), or false for none. */
  deadlines?: { intervalMs?: number; batchSize?: number } | false;
}

function profiler(file: string | undefined) {
  if (!file) return { stop: async () => {} };
  const session = new Session();
  session.connect();
  let started: Promise<unknown> | null = null;
  process.on('SIGUSR2', () => {
    started ??= session.post('Profiler.enable').then(() => session.post('Profiler.start'));
  });
  return {
    stop: async () => {
      if (!started) return;
      await started;
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
    },
  };
}

interface Running {
  url: string;
  source: string;
  close: () => Promise<void>;
  /** What the deadline scheduler has done so far (none for the bare endpoint). */
  deadlineCounts: () => { claimed: number; fired: number; failed: number } | null;
}

async function start(config: ChildConfig): Promise<Running> {
  if (config.kind === 'bare') {
    const server = await new Promise<ReturnType<typeof serve>>((ready) => {
      const started = serve({ fetch: bareApp(config.pages).fetch, port: 0, hostname: '127.0.0.1' }, () =>
        ready(started),
      );
    });
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}`,
      source: 'bare Hono',
      close: () => new Promise((done) => server.close(() => done())),
      deadlineCounts: () => null,
    };
  }
  const module = await loadServerModule();
  if (!module) throw new Error('@fingerpost/server has no createServer and openStorage yet');
  const server = await module.createServer({
    storage: module.openStorage(config.storageUrl!),
    journeysDir: config.journeysDir!,
    port: 0,
    host: '127.0.0.1',
    rateLimit: false,
    purgeIntervalMs: 0,
    ...(config.hotCapacity ? { hotCapacity: config.hotCapacity } : {}),
    ...(config.deadlines !== undefined ? { deadlines: config.deadlines, outbox: false as const } : {}),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  return {
    url: server.url,
    source: serverSource()?.kind ?? '?',
    close: () => server.close(),
    deadlineCounts: () => server.workers.deadlines?.counts() ?? null,
  };
}

const config = JSON.parse(process.argv[2] ?? '{}') as ChildConfig;
try {
  const running = await start(config);
  const profile = profiler(config.profileFile);
  const stop = () => {
    profile
      .stop()
      .then(() => running.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // The memory and scheduler benchmarks ask over IPC (child.ts's `ask`).
  process.on('message', (message) => {
    if (message === 'deadlines') process.send?.({ deadlines: running.deadlineCounts() });
    if (message !== 'memory') return;
    const gc = (globalThis as { gc?: () => void }).gc;
    for (let i = 0; i < 3 && gc; i++) gc();
    const { rss, heapUsed } = process.memoryUsage();
    process.send?.({ memory: { rss, heapUsed } });
  });
  process.stdout.write(`${JSON.stringify({ url: running.url, source: running.source })}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(3);
}
