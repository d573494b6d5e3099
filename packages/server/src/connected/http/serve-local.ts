import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

export interface LocalServer {
  /** For example http://127.0.0.1:41234, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a fetch handler (a Hono app's `fetch`) on 127.0.0.1 at a free port: the fakes of
 * provider APIs that the tests start. Loopback only, so nothing outside the machine can reach it.
 *
 * @example
 * const server = await serveLocally(app.fetch);
 * await fetch(`${server.url}/v1/payments`);
 * await server.close();
 */
export function serveLocally(
  fetchHandler: (request: Request) => Response | Promise<Response>,
): Promise<LocalServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: fetchHandler, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
    server.once('error', reject);
  });
}
