import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { ChildConfig } from './serve-child';

const SERVER_ROOT = resolve(import.meta.dirname, '../../..');
const REPO = resolve(SERVER_ROOT, '../..');
/* Under the package's node_modules, so the bundle resolves hono, pg and better-sqlite3 as the package does. */
const CACHE = join(SERVER_ROOT, 'node_modules', '.cache', 'fingerpost-reliability');

export interface ServerBundle {
  /** The child entry, compiled with the server's current sources. */
  entry: string;
  remove(): void;
}

/**
 * Compiles serve-child.ts and the server's sources (not the possibly stale dist) into one ES module
 * with tsup, the package's own bundler; dependencies stay external.
 */
export async function buildServerBundle(): Promise<ServerBundle> {
  const outDir = join(CACHE, `${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(outDir, { recursive: true });
  await promisify(execFile)(
    join(REPO, 'node_modules', '.bin', 'tsup'),
    [
      'test/reliability/support/serve-child.ts',
      '--format',
      'esm',
      '--target',
      'node20',
      '--sourcemap',
      '--no-config',
      '--silent',
      '--out-dir',
      outDir,
    ],
    { cwd: SERVER_ROOT, timeout: 120_000 },
  );
  return {
    entry: join(outDir, 'serve-child.js'),
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}

export interface ServerProcess {
  url: string;
  pid: number;
  /** The keys of the RunningServer the child made (tells which features it has, e.g. a scheduler). */
  features: string[];
  /** SIGKILL: no close, no flush, no goodbye. Resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM and a clean shutdown. */
  stop(): Promise<void>;
  /** The child's stderr so far, for failure messages. */
  stderr(): string;
}

/** Starts a server process and waits until it listens (or fails with its stderr). */
export function startServerProcess(bundle: ServerBundle, config: ChildConfig): Promise<ServerProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--enable-source-maps', bundle.entry, JSON.stringify(config)],
    {
      cwd: SERVER_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-20_000);
  });
  const exited = new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });
  return new Promise((ready, fail) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const end = out.indexOf('\n');
      if (end < 0) return;
      child.stdout!.off('data', onData);
      child.stdout!.resume();
      const line = JSON.parse(out.slice(0, end)) as { url: string; pid: number; features: string[] };
      ready({
        ...line,
        stderr: () => errors,
        async kill() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
          await exited;
        },
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code, signal) =>
      fail(new Error(`the server process exited (${code ?? signal}) before listening:\n${errors}`)),
    );
  });
}
