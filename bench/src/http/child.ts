import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ServerChild {
  url: string;
  source: string;
  process: ChildProcess;
  /** Everything the server wrote to stderr, for failure messages. */
  stderr(): string;
  /** The server's RSS and heap in use, after a full collection. */
  memory(): Promise<Answers['memory']>;
  /** What the child's deadline scheduler has claimed, fired and failed so far. */
  deadlines(): Promise<Answers['deadlines']>;
  /** Starts the CPU profiler in the child (when it was given a `profileFile`). */
  startProfiling(): void;
  /** SIGTERM, then waits for a clean exit (which writes the profile, if any). */
  stop(): Promise<void>;
}

interface Answers {
  deadlines: { claimed: number; fired: number; failed: number } | null;
  memory: { rss: number; heapUsed: number };
}

/** Asks the child over IPC; it answers `{ [question]: answer }` (serve-child.ts). */
function ask<Q extends keyof Answers>(child: ChildProcess, question: Q): Promise<Answers[Q]> {
  return new Promise((answer) => {
    const onMessage = (message: unknown) => {
      if (typeof message !== 'object' || message === null || !(question in message)) return;
      child.off('message', onMessage);
      answer((message as Answers)[question]);
    };
    child.on('message', onMessage);
    child.send(question);
  });
}

const SCRIPT = fileURLToPath(new URL('./serve-child.ts', import.meta.url));
const BENCH_DIR = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Starts a benchmark server in a child process and waits until it listens.
 * @example const child = await startChild({ kind: 'bare', pages: 50 }); … await child.stop();
 */
export function startChild(config: Record<string, unknown>): Promise<ServerChild> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', SCRIPT, JSON.stringify(config)], {
    cwd: BENCH_DIR,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-20_000);
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((resolve, reject) => {
    let line = '';
    const onData = (chunk: Buffer) => {
      line += chunk.toString();
      const end = line.indexOf('\n');
      if (end < 0) return;
      child.stdout!.off('data', onData);
      const ready = JSON.parse(line.slice(0, end)) as { url: string; source: string };
      resolve({
        ...ready,
        process: child,
        stderr: () => errors,
        startProfiling: () => child.kill('SIGUSR2'),
        deadlines: () => ask(child, 'deadlines'),
        memory: () => ask(child, 'memory'),
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`the ${String(config.kind)} server exited (${code}) before listening:\n${errors}`)),
    );
  });
}
