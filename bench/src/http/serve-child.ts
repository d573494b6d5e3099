/**
 * A server for the HTTP benchmarks, in its own process so the load generator does not share its
 * event loop: `serve-child.ts '{"kind":"sqlite","storageUrl":…,"journeysDir":…,"pages":50}'`.
 * Prints one JSON line (`{ url, source }`) when it listens; exits cleanly on SIGTERM. With
 * `profileFile`, SIGUSR2 starts V8's CPU profiler (the one behind --cpu-prof) so only the load is
 * sampled, and SIGTERM writes the profile there before exiting.
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

async function start(
  config: ChildConfig,
): Promise<{ url: string; source: string; close: () => Promise<void> }> {
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
    log: (line) => process.stderr.write(`${line}\n`),
  });
  return { url: server.url, source: serverSource()?.kind ?? '?', close: () => server.close() };
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
  // The memory benchmark asks over IPC for memory after a full collection.
  process.on('message', (message) => {
    if (message !== 'memory') return;
    const gc = (globalThis as { gc?: () => void }).gc;
    for (let i = 0; i < 3 && gc; i++) gc();
    const { rss, heapUsed } = process.memoryUsage();
    process.send?.({ rss, heapUsed });
  });
  process.stdout.write(`${JSON.stringify({ url: running.url, source: running.source })}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(3);
}
