import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { StaffTokens } from '../../auth/staff-tokens';
import type { OutboxCounts, OutboxWorkerOptions } from '../../outbox/outbox-worker';
import type { DeadlineCounts, DeadlineSchedulerOptions } from '../deadline-scheduler';

/** What the child server runs with (JSON: no functions). */
export interface ChildConfig {
  storageUrl: string;
  journeysDir: string | null;
  tokens?: StaffTokens;
  deadlines?: DeadlineSchedulerOptions | false;
  outbox?: Omit<OutboxWorkerOptions, 'random' | 'fetch' | 'env'> | false;
  purgeIntervalMs?: number;
  /** Extra environment variables (webhook secrets): not put on the command line. */
  env?: Record<string, string>;
}

/** What a child says when SIGTERM has stopped it cleanly. */
export interface ChildReport {
  deadlines: DeadlineCounts | null;
  outbox: OutboxCounts | null;
}

export interface ServerProcess {
  url: string;
  pid: number;
  /** Everything the child wrote to stderr so far (its log). */
  stderr(): string;
  /** SIGTERM, then the child's report once it has closed and exited. */
  stop(): Promise<ChildReport>;
  /** SIGKILL: no clean-up at all, as a crash. */
  kill(): Promise<void>;
}

/** The part of esbuild's API used here (esbuild is tsup's dependency, not this package's). */
interface Esbuild {
  build(options: Record<string, unknown>): Promise<{ outputFiles: Array<{ text: string }> }>;
}

const SERVER_ROOT = resolve(import.meta.dirname, '../../..');
const CACHE = join(SERVER_ROOT, 'node_modules/.cache/fingerpost-server-child');
let bundled: Promise<string> | null = null;

/**
 * The child script as one ES module beside the package's node_modules (so its dependencies
 * resolve as the sources' do), built with the esbuild that tsup brings. The file is named by its
 * content, so test files running at once share it and a changed source makes a new one.
 */
function childScript(): Promise<string> {
  bundled ??= (async () => {
    const require = createRequire(join(SERVER_ROOT, 'package.json'));
    const esbuild = createRequire(require.resolve('tsup'))('esbuild') as Esbuild;
    const { outputFiles } = await esbuild.build({
      entryPoints: [join(import.meta.dirname, 'server-child.ts')],
      outfile: join(CACHE, 'server-child.mjs'),
      write: false,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'error',
    });
    const code = outputFiles[0]!.text;
    const file = join(
      CACHE,
      `server-child-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`,
    );
    if (!existsSync(file)) {
      mkdirSync(CACHE, { recursive: true });
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, code);
      renameSync(partial, file);
    }
    return file;
  })();
  return bundled;
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });
}

/**
 * Starts createServer in a child process and resolves once it listens.
 * @example
 * const a = await startServerProcess({ storageUrl: db.url, journeysDir: dir });
 * const report = await a.stop(); // { deadlines: { fired: 512, … }, outbox: null }
 */
export async function startServerProcess(config: ChildConfig): Promise<ServerProcess> {
  const script = await childScript();
  const { env, ...settings } = config;
  const child = spawn(process.execPath, [script, JSON.stringify(settings)], {
    cwd: SERVER_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    log += chunk;
  });
  const messages: Array<Record<string, unknown>> = [];
  const waiting: Array<() => void> = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    try {
      messages.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      log += `${line}\n`;
    }
    for (const wake of waiting.splice(0)) wake();
  });
  const exited = waitForExit(child);
  const next = async (event: string): Promise<Record<string, unknown>> => {
    for (;;) {
      const found = messages.find((m) => m.event === event);
      if (found) return found;
      const woke = new Promise<void>((wake) => waiting.push(wake));
      const gone = await Promise.race([woke.then(() => false), exited.then(() => true)]);
      if (gone && !messages.some((m) => m.event === event))
        throw new Error(`the server process exited before "${event}" (code ${child.exitCode}):\n${log}`);
    }
  };
  const listening = await next('listening');
  return {
    url: listening.url as string,
    pid: child.pid as number,
    stderr: () => log,
    async stop() {
      child.kill('SIGTERM');
      const stopped = await next('stopped');
      await exited;
      return {
        deadlines: stopped.deadlines as DeadlineCounts | null,
        outbox: stopped.outbox as OutboxCounts | null,
      };
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
