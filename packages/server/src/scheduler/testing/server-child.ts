/*
 * A Fingerpost server in its own process, for tests that need several processes on one database
 * or a server that really stops. Started by server-process.ts (bundled, then run with node):
 * argv[2] is a ChildConfig as JSON. Prints one JSON line when it listens, and one with its
 * background counts when SIGTERM has closed it.
 */
import { createServer } from '../../server';
import { openStorage } from '../../storage/open';
import type { ChildConfig } from './server-process';

const config = JSON.parse(process.argv[2] ?? '{}') as ChildConfig;
const say = (message: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(message)}\n`);

const server = await createServer({
  storage: openStorage(config.storageUrl),
  journeysDir: config.journeysDir,
  port: 0,
  tokens: config.tokens ?? {},
  rateLimit: false,
  deadlines: config.deadlines ?? {},
  outbox: config.outbox ?? false,
  purgeIntervalMs: config.purgeIntervalMs ?? 0,
  log: (line) => process.stderr.write(`${line}\n`),
});
say({ event: 'listening', url: server.url, pid: process.pid });

process.once('SIGTERM', () => {
  void server.close().then(() => {
    say({
      event: 'stopped',
      deadlines: server.workers.deadlines?.counts() ?? null,
      outbox: server.workers.outbox?.counts() ?? null,
    });
    process.exit(0);
  });
});
