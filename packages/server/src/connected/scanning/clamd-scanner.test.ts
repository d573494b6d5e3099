import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClamdScanner } from './clamd-scanner';
import { eicarTestFile, findClamd, startTestClamd, TEST_SIGNATURE, type TestClamd } from './test-clamd';

const installed = findClamd() !== undefined;
if (!installed) {
  if (process.env.FINGERPOST_REQUIRE_CLAMD === '1') {
    throw new Error('FINGERPOST_REQUIRE_CLAMD=1 but clamd is not installed: run scripts/ensure-clamd.sh');
  }
  console.warn(
    '\n**********************************************************************\n' +
      '* SKIPPING the clamd virus-scanner tests: clamd is not installed.    *\n' +
      '* Run scripts/ensure-clamd.sh (needs root) to install clamav-daemon. *\n' +
      '**********************************************************************\n',
  );
}

const clean = new TextEncoder().encode('Payslip for March 2026: net pay £1,234.56\n');

describe.skipIf(!installed)('clamd scanner against a real clamd', () => {
  let clamd: TestClamd;

  beforeAll(async () => {
    clamd = await startTestClamd({ streamMaxLength: 1024 * 1024 });
  }, 30_000);
  afterAll(() => clamd?.stop());

  const overSocket = () => createClamdScanner({ socketPath: clamd.socketPath }, { timeoutMs: 10_000 });
  const overTcp = () => createClamdScanner({ host: clamd.host, port: clamd.port }, { timeoutMs: 10_000 });

  it('finds the EICAR test file and names its signature, over the Unix socket and over TCP', async () => {
    const expected = { clean: false, signature: `${TEST_SIGNATURE}.UNOFFICIAL` };
    expect(await overSocket().scan(eicarTestFile(), 'eicar.com')).toEqual(expected);
    expect(await overTcp().scan(eicarTestFile(), 'eicar.com')).toEqual(expected);
  });

  it('passes a clean file', async () => {
    expect(await overSocket().scan(clean, 'payslip.txt')).toEqual({ clean: true });
    expect(await overTcp().scan(new Uint8Array(0), 'empty.txt')).toEqual({ clean: true });
  });

  it('finds EICAR inside a larger file sent in many small chunks', async () => {
    const padding = new Uint8Array(200_000).fill(0x41);
    const file = new Uint8Array([...padding, ...eicarTestFile(), ...padding]);
    const scanner = createClamdScanner({ socketPath: clamd.socketPath }, { chunkSize: 4096 });
    expect(await scanner.scan(file, 'statement.txt')).toEqual({
      clean: false,
      signature: `${TEST_SIGNATURE}.UNOFFICIAL`,
    });
  });

  it('handles several scans at once, each with its own answer', async () => {
    const results = await Promise.all(
      [clean, eicarTestFile(), clean, eicarTestFile()].map((bytes, i) => overTcp().scan(bytes, `file-${i}`)),
    );
    expect(results.map((r) => ('clean' in r ? r.clean : 'error'))).toEqual([true, false, true, false]);
  });

  it('reports a file bigger than clamd will read as too large, without crashing', async () => {
    const big = new Uint8Array(clamd.streamMaxLength + 512 * 1024).fill(0x20);
    const result = await overSocket().scan(big, 'huge-scan.pdf');
    // clamd answers "size limit exceeded" and closes; under load the close can reach us before the
    // answer, which reads as unavailable. Either way the file is refused, never passed as clean.
    expect(result).toHaveProperty('error.code');
    if ('error' in result) expect(['scanner.too-large', 'scanner.unavailable']).toContain(result.error.code);
    expect(await overSocket().scan(clean, 'after.txt')).toEqual({ clean: true });
  });

  it('answers PING', async () => {
    expect(await overSocket().ping()).toBe(true);
  });

  it('is unavailable once clamd has stopped, so the upload can be refused', async () => {
    const own = await startTestClamd();
    const scanner = createClamdScanner({ host: own.host, port: own.port });
    expect(await scanner.scan(clean, 'before.txt')).toEqual({ clean: true });
    await own.stop();
    const result = await scanner.scan(clean, 'payslip.pdf');
    expect(result).toMatchObject({ error: { code: 'scanner.unavailable' } });
    if ('error' in result) expect(result.error.message).toContain('payslip.pdf');
  }, 30_000);
});

describe('clamd scanner when clamd cannot be used', () => {
  let silent: Server;
  let silentPort = 0;
  const held: Socket[] = [];

  beforeAll(async () => {
    // Accepts connections and never answers, like a clamd that has hung.
    silent = createServer((socket) => {
      held.push(socket);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    silentPort = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of held) socket.destroy();
        silent.close(() => resolve());
      }),
  );

  it('is unavailable when nothing listens on the socket', async () => {
    const scanner = createClamdScanner({ socketPath: '/nonexistent/clamd.sock' });
    expect(await scanner.scan(clean, 'payslip.pdf')).toMatchObject({
      error: { code: 'scanner.unavailable' },
    });
    expect(await scanner.ping()).toBe(false);
  });

  it('gives up after the timeout when clamd does not answer', async () => {
    const scanner = createClamdScanner({ host: '127.0.0.1', port: silentPort }, { timeoutMs: 200 });
    const result = await scanner.scan(clean, 'payslip.pdf');
    expect(result).toMatchObject({ error: { code: 'scanner.unavailable' } });
    if ('error' in result) expect(result.error.message).toContain('no answer within 200 ms');
  });
});
