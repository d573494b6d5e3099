/*
 * A Fingerpost server in a process of its own, for the crash and multi-process suites: what
 * `fingerpost serve` does (createServer over openStorage), plus a clock offset so a restart can
 * stand for hours of downtime. Bundled from the current sources by server-process.ts, run by node.
 *
 * argv[2]: JSON ChildConfig. Prints one JSON line `{ url, pid, features }` once it listens.
 */
import { createServer, type ServerOptions } from '../../../src/server';
import { openStorage } from '../../../src/storage/index';

export interface ChildConfig {
  db: string;
  journeysDir: string | null;
  tokens: NonNullable<ServerOptions['tokens']>;
  /** Added to the system clock: the server believes it is this much later. */
  clockOffsetMs: number;
  /** Anything else for createServer (e.g. the scheduler's options, once it has some). */
  extra?: Record<string, unknown>;
}

const config = JSON.parse(process.argv[2] ?? '{}') as ChildConfig;
const server = await createServer({
  storage: openStorage(config.db),
  journeysDir: config.journeysDir,
  port: 0,
  host: '127.0.0.1',
  tokens: config.tokens,
  rateLimit: false,
  purgeIntervalMs: 0,
  clock: () => new Date(Date.now() + config.clockOffsetMs),
  log: (line) => process.stderr.write(`${line}\n`),
  ...(config.extra ?? {}),
} as ServerOptions);
// What the test needs to know it can check: whether this server runs a deadline scheduler.
const workers = (server as { workers?: { deadlines?: unknown } }).workers;
const features = [...Object.keys(server), ...(workers?.deadlines ? ['deadlineScheduler'] : [])].sort();
process.stdout.write(`${JSON.stringify({ url: server.url, pid: process.pid, features })}\n`);
process.once('SIGTERM', () => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
