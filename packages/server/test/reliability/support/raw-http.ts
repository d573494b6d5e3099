import { connect } from 'node:net';

/**
 * Sends bytes as they are over a fresh TCP connection (no HTTP client tidies them up) and returns
 * the status of the first response, or null when the server closed the connection without one.
 */
export function rawRequest(
  port: number,
  bytes: Uint8Array | string,
  timeoutMs = 10_000,
): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let settled = false;
    const finish = (status: number | null) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(status);
    };
    const statusOf = () => {
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(received);
      return match ? Number(match[1]) : null;
    };
    socket.setTimeout(timeoutMs, () => {
      settled = true;
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms to ${JSON.stringify(String(bytes).slice(0, 120))}`));
    });
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      if (/\r\n/.test(received)) finish(statusOf());
    });
    socket.on('end', () => finish(statusOf()));
    socket.on('close', () => finish(statusOf()));
    // A reset is the server refusing the connection's bytes: no status, which the caller accepts.
    socket.on('error', () => finish(statusOf()));
    socket.write(bytes);
    // Half-close so a server waiting for the rest of a body sees the end of the stream.
    socket.end();
  });
}
