import { describe, expect, it } from 'vitest';
import { scannerFromEnv } from './scanner-from-env';

describe('the upload scanner from the environment', () => {
  it('is absent when no clamd is configured', () => {
    expect(scannerFromEnv({})).toBeUndefined();
  });

  it('talks to the configured clamd socket, and says it is unavailable when nothing listens there', async () => {
    const scanner = scannerFromEnv({
      FINGERPOST_CLAMD_SOCKET: '/nonexistent/clamd.ctl',
      FINGERPOST_CLAMD_TIMEOUT_MS: '1000',
    });
    const result = await scanner!.scan(new TextEncoder().encode('hello'), 'hello.txt');
    expect(result).toMatchObject({ error: { code: 'scanner.unavailable' } });
  });
});
