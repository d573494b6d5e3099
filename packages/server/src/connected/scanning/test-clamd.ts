import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { createClamdScanner } from './clamd-scanner';

/**
 * The EICAR anti-virus test file: harmless, and recognised as a test "virus" by every scanner.
 * Assembled at run time so that this source file is not itself flagged by a desktop scanner.
 */
export function eicarTestFile(): Uint8Array {
  const parts = ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-', 'TEST-FILE!$H+H*'];
  return new TextEncoder().encode(parts.join(''));
}

/** The signature name the test database gives EICAR (clamd adds ".UNOFFICIAL" to local signatures). */
export const TEST_SIGNATURE = 'Fingerpost.Test.EICAR';

/** Where Debian's clamd is, or undefined when it is not installed. */
export function findClamd(): string | undefined {
  const dirs = ['/usr/sbin', '/usr/local/sbin', ...(process.env.PATH ?? '').split(delimiter)];
  return dirs.map((dir) => join(dir, 'clamd')).find((path) => existsSync(path));
}

export interface TestClamd {
  socketPath: string;
  host: string;
  port: number;
  /** StreamMaxLength in bytes: larger streams are refused. */
  streamMaxLength: number;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a private clamd for tests: its own config in a temporary folder, listening on a Unix
 * socket and on 127.0.0.1, with a one-signature database that detects EICAR. It never runs
 * freshclam nor downloads signatures.
 *
 * @example
 * const clamd = await startTestClamd();
 * const scanner = createClamdScanner({ socketPath: clamd.socketPath });
 * await clamd.stop();
 */
export async function startTestClamd(
  options: { streamMaxLength?: number; startTimeoutMs?: number } = {},
): Promise<TestClamd> {
  const binary = findClamd();
  if (!binary)
    throw new Error('clamd is not installed: run scripts/ensure-clamd.sh (apt-get install clamav-daemon)');
  const dir = await mkdtemp(join(tmpdir(), 'fingerpost-clamd-'));
  await mkdir(join(dir, 'db'));
  const hex = Buffer.from(eicarTestFile()).toString('hex');
  // An extended (.ndb) signature: any file type, anywhere in the file.
  await writeFile(join(dir, 'db', 'fingerpost-test.ndb'), `${TEST_SIGNATURE}:0:*:${hex}\n`);
  const port = await freePort();
  const socketPath = join(dir, 'clamd.sock');
  const streamMaxLength = options.streamMaxLength ?? 1024 * 1024;
  const config = [
    'Foreground yes',
    `LocalSocket ${socketPath}`,
    'TCPAddr 127.0.0.1',
    `TCPSocket ${port}`,
    `DatabaseDirectory ${join(dir, 'db')}`,
    `TemporaryDirectory ${dir}`,
    `LogFile ${join(dir, 'clamd.log')}`,
    `StreamMaxLength ${streamMaxLength}`,
    'Bytecode no',
    'SelfCheck 0',
  ];
  await writeFile(join(dir, 'clamd.conf'), `${config.join('\n')}\n`);
  const child: ChildProcess = spawn(binary, ['-c', join(dir, 'clamd.conf')], { stdio: 'ignore' });
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  const stop = async () => {
    if (!exited) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await gone;
    }
    await rm(dir, { recursive: true, force: true });
  };
  const scanner = createClamdScanner({ socketPath }, { timeoutMs: 1000 });
  const deadline = Date.now() + (options.startTimeoutMs ?? 20_000);
  while (Date.now() < deadline && !exited) {
    if (existsSync(socketPath) && (await scanner.ping()))
      return { socketPath, host: '127.0.0.1', port, streamMaxLength, stop };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const log = await readFile(join(dir, 'clamd.log'), 'utf8').catch(() => '(no log)');
  await stop();
  throw new Error(`clamd did not start${exited ? ' (it exited)' : ''}. Its log:\n${log.slice(-2000)}`);
}
