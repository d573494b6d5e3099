import { connect, type Socket } from 'node:net';
import { instreamFrames, readScanReply } from './clamd-protocol';
import type { Scanner, ScanResult } from './types';

/** Where clamd listens: TCP (TCPSocket/TCPAddr in clamd.conf) or a Unix socket (LocalSocket). */
export type ClamdAddress = { host: string; port: number } | { socketPath: string };

export interface ClamdOptions {
  /** The longest a scan may take, connection included. Default 30,000 ms. */
  timeoutMs?: number;
  /** Bytes per INSTREAM chunk. Default 64 KiB. */
  chunkSize?: number;
}

export interface ClamdScanner extends Scanner {
  /** True when clamd answers PING with PONG: for health checks and start-up waits. */
  ping(): Promise<boolean>;
}

const describeAddress = (address: ClamdAddress): string =>
  'socketPath' in address ? address.socketPath : `${address.host}:${address.port}`;

/**
 * Sends one command to clamd and collects its null-terminated reply. Resolves with the reply
 * text, or with the reason none came; never rejects. Writing stops as soon as clamd hangs up,
 * because it does so on purpose once a stream passes its StreamMaxLength.
 */
function exchange(
  address: ClamdAddress,
  frames: Buffer[],
  timeoutMs: number,
): Promise<{ reply: string } | { failure: string }> {
  return new Promise((resolve) => {
    const socket: Socket =
      'socketPath' in address ? connect(address.socketPath) : connect(address.port, address.host);
    const received: Buffer[] = [];
    let failure: string | undefined;
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const reply = Buffer.concat(received).toString('utf8');
      if (reply !== '' || failure === undefined) resolve({ reply });
      else resolve({ failure });
    };
    const timer = setTimeout(() => {
      failure = `no answer within ${timeoutMs} ms`;
      received.length = 0;
      finish();
    }, timeoutMs);
    socket.on('data', (data: Buffer) => {
      received.push(data);
      if (data.includes(0)) finish();
    });
    socket.on('error', (error) => {
      failure ??= error.message;
    });
    socket.on('close', finish);
    socket.on('connect', async () => {
      for (const frame of frames) {
        if (socket.destroyed || !socket.writable) return;
        if (!socket.write(frame)) {
          await new Promise<void>((drained) => {
            const done = () => {
              socket.off('drain', done);
              socket.off('close', done);
              drained();
            };
            socket.on('drain', done);
            socket.on('close', done);
          });
        }
      }
    });
  });
}

/**
 * A scanner backed by ClamAV's clamd, speaking its INSTREAM protocol over TCP or a Unix socket.
 * Never throws: clamd down, slow or refusing gives `{ error }`, and the upload must then be refused.
 *
 * @example
 * const scanner = createClamdScanner({ socketPath: '/run/clamav/clamd.ctl' }, { timeoutMs: 30_000 });
 * const result = await scanner.scan(bytes, 'payslip.pdf');
 * if ('error' in result || !result.clean) refuseUpload(result);
 */
export function createClamdScanner(address: ClamdAddress, options: ClamdOptions = {}): ClamdScanner {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const chunkSize = options.chunkSize ?? 64 * 1024;
  return {
    async scan(bytes: Uint8Array, name: string): Promise<ScanResult> {
      const answer = await exchange(address, instreamFrames(bytes, chunkSize), timeoutMs);
      if ('failure' in answer) {
        return {
          error: {
            code: 'scanner.unavailable',
            message: `The virus scanner at ${describeAddress(address)} could not check "${name}": ${answer.failure}`,
          },
        };
      }
      return readScanReply(answer.reply, name);
    },
    async ping(): Promise<boolean> {
      const answer = await exchange(address, [Buffer.from('zPING\0', 'latin1')], Math.min(timeoutMs, 5000));
      return 'reply' in answer && answer.reply.replace(/\0/g, '').trim() === 'PONG';
    },
  };
}
