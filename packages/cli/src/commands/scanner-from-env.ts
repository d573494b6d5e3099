import { createClamdScanner, type Scanner } from '@fingerpost/server';

/**
 * The upload scanner `fingerpost serve` uses, from the environment: `FINGERPOST_CLAMD_SOCKET`, or
 * `FINGERPOST_CLAMD_HOST` with `FINGERPOST_CLAMD_PORT` (default 3310), and
 * `FINGERPOST_CLAMD_TIMEOUT_MS`. None set: no scanner (the server warns that uploads are not scanned).
 */
export function scannerFromEnv(env: NodeJS.ProcessEnv): Scanner | undefined {
  const timeoutMs = Number(env.FINGERPOST_CLAMD_TIMEOUT_MS) || 30_000;
  if (env.FINGERPOST_CLAMD_SOCKET)
    return createClamdScanner({ socketPath: env.FINGERPOST_CLAMD_SOCKET }, { timeoutMs });
  if (env.FINGERPOST_CLAMD_HOST) {
    const port = Number(env.FINGERPOST_CLAMD_PORT ?? 3310);
    return createClamdScanner({ host: env.FINGERPOST_CLAMD_HOST, port }, { timeoutMs });
  }
  return undefined;
}
