import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Clock } from '@fingerpost/core';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { type AppOptions, createApp } from './app';
import { type DevTokens, devTokensConfig, makeDevTokens, type StaffTokens } from './auth/staff-tokens';
import type { Scanner } from './connected/scanning/types';
import { notifyFromEnv } from './outbox/notify-email';
import { journeyRoles } from './runtime/journey-roles';
import { type PublishReport, publishDirectory } from './runtime/publish-directory';
import { createRuntime, type Runtime } from './runtime/runtime';
import {
  type BackgroundOptions,
  type BackgroundWorkers,
  startBackgroundWorkers,
} from './scheduler/background-workers';
import type { Storage } from './storage/types';

/**
 * Background jobs (see BackgroundOptions): `deadlines` and `outbox` take settings or false;
 * `notify` defaults to FINGERPOST_NOTIFY_API_KEY (and FINGERPOST_NOTIFY_BASE_URL); the retention
 * purge runs at start-up and every `purgeIntervalMs` (default daily; 0 never).
 */
export interface ServerOptions extends Omit<AppOptions, 'runtime' | 'storage'>, BackgroundOptions {
  storage: Storage;
  /** Journeys to publish at start-up (default: `examples/` under the working directory). */
  journeysDir?: string | null;
  port?: number;
  host?: string;
  clock?: Clock;
  /** Applications kept restored in memory (default 5,000). */
  hotCapacity?: number;
  /** Scans every upload before it is stored (see createClamdScanner); without one uploads are not scanned. */
  scanner?: Scanner;
  /** How long close() lets requests in flight finish before cutting connections (default 10 s). */
  shutdownGraceMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  app: Hono;
  runtime: Runtime;
  /** Tokens made at start-up when none were configured (print them for local use). */
  devTokens: DevTokens | null;
  published: PublishReport;
  /** The deadline scheduler, outbox worker and retention purge of this process. */
  workers: BackgroundWorkers;
  /** Stops taking requests, waits for those in flight, stops the background jobs, closes storage. */
  close(): Promise<void>;
}

async function devTokensFor(runtime: Runtime): Promise<DevTokens> {
  const roles = new Set<string>();
  for (const record of await runtime.journeys.listLatest())
    for (const role of journeyRoles(record.definition)) roles.add(role);
  return makeDevTokens([...roles].sort());
}

/**
 * Starts Fingerpost: migrates storage, publishes the journeys folder (invalid files are skipped
 * loudly), and serves the app on @hono/node-server. Without configured tokens it makes development
 * tokens for a caseworker, a data protection officer and a designer.
 * @example
 * const server = await createServer({ storage: openStorage('sqlite:./.fingerpost/fingerpost.db'), port: 3000 });
 * console.log(server.url, server.devTokens);
 * await server.close();
 */
export async function createServer(options: ServerOptions): Promise<RunningServer> {
  const { storage } = options;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  await storage.migrate();
  const clock = options.clock ?? (() => new Date());
  const journeysDir =
    options.journeysDir === undefined ? resolve(process.cwd(), 'examples') : options.journeysDir;
  const published = journeysDir
    ? await publishDirectory(storage, journeysDir, { at: clock().toISOString(), log })
    : { published: [], unchanged: [], skipped: [] };
  const runtime = createRuntime({
    storage,
    clock,
    ...(options.random ? { random: options.random } : {}),
    ...(options.hotCapacity !== undefined ? { hotCapacity: options.hotCapacity } : {}),
    ...(options.scanner ? { scanner: options.scanner } : {}),
    ...(options.pay ? { pay: options.pay } : {}),
    log,
  });
  if (!options.scanner)
    log('Uploads are not scanned for malware: configure a scanner (clamd) before going live');
  if (!options.pay) {
    const paying = (await runtime.journeys.listLatest())
      .filter((r) => r.definition.steps.some((s) => s.type === 'payment'))
      .map((r) => r.journeyId);
    if (paying.length > 0)
      log(
        `Payment steps cannot take payments (${paying.join(', ')}): set FINGERPOST_PAY_API_KEY for GOV.UK Pay`,
      );
  }
  const devTokens = options.tokens || options.authenticate ? null : await devTokensFor(runtime);
  const tokens: StaffTokens = options.tokens ?? (devTokens ? devTokensConfig(devTokens) : {});
  const app = createApp({ ...options, runtime, tokens, log });
  const server = await new Promise<ReturnType<typeof serve>>((ready, fail) => {
    const started = serve(
      { fetch: app.fetch, port: options.port ?? 3000, hostname: options.host ?? '127.0.0.1' },
      () => ready(started),
    );
    started.once('error', fail);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const workers = startBackgroundWorkers(
    runtime,
    { ...options, notify: options.notify !== undefined ? options.notify : notifyFromEnv(process.env) },
    log,
  );
  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    app,
    runtime,
    devTokens,
    published,
    workers,
    close() {
      closing ??= (async () => {
        const stopped = workers.stop();
        await new Promise<void>((done) => {
          const http = 'closeAllConnections' in server ? server : null;
          // Keep-alive connections go as soon as they fall idle; requests in flight get a grace period.
          const idle = setInterval(() => http?.closeIdleConnections(), 50);
          const force = setTimeout(() => http?.closeAllConnections(), options.shutdownGraceMs ?? 10_000);
          server.close(() => {
            clearInterval(idle);
            clearTimeout(force);
            done();
          });
          http?.closeIdleConnections();
        });
        await stopped;
        await storage.close();
      })();
      return closing;
    },
  };
}
