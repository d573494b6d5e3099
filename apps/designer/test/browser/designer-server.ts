import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const SERVER_SRC = join(ROOT, 'packages', 'server', 'src');

/** The parts of @fingerpost/server the tests use, as they use them. */
interface FetchApp {
  fetch(request: Request): Response | Promise<Response>;
}
interface RunningServer {
  app: FetchApp;
  close(): Promise<void>;
}
interface ServerModules {
  createServer(options: Record<string, unknown>): Promise<RunningServer>;
  openStorage(url: string): unknown;
  createPages(runtime: unknown, options: Record<string, unknown>): FetchApp;
  designerRoutes(distDir: string): FetchApp;
}

/**
 * The server from its sources. The designer does not depend on @fingerpost/server (which would
 * make the designer's type check compile the server under browser types), so the tests load it
 * by path, as the running server will load the designer's build by path.
 */
async function serverModules(): Promise<ServerModules> {
  const load = (path: string) => import(/* @vite-ignore */ join(SERVER_SRC, path));
  const [server, storage, pages, designer] = await Promise.all([
    load('server.ts'),
    load('storage/index.ts'),
    load('pages/index.ts'),
    load('designer-assets/serve-designer.ts'),
  ]);
  return { ...server, ...storage, ...pages, ...designer } as ServerModules;
}
export const DIST = join(ROOT, 'apps', 'designer', 'dist');
export const DESIGNER_TOKEN = 'browser-test-designer-token';

export interface DesignerServer {
  /** Where the browser goes: the designer at /designer, everything else the Fingerpost server. */
  url: string;
  server: RunningServer;
  close(): Promise<void>;
}

/** Whether the built designer is there (the test task runs after the build). */
export function designerBuilt(): boolean {
  return existsSync(join(DIST, 'index.html')) && statSync(join(DIST, 'index.html')).isFile();
}

/**
 * A real Fingerpost server on a real SQLite file with the examples published, and in front of it
 * the built designer served by `designerRoutes`, as `fingerpost serve` mounts it: /designer from
 * the build, with its own Content-Security-Policy; every other path goes to the server's app.
 */
export async function startDesignerServer(): Promise<DesignerServer> {
  const { createServer, openStorage, createPages, designerRoutes } = await serverModules();
  const dir = mkdtempSync(join(tmpdir(), 'fingerpost-designer-'));
  const server = await createServer({
    storage: openStorage(`sqlite:${join(dir, 'fingerpost.db')}`),
    journeysDir: join(ROOT, 'examples'),
    port: 0,
    tokens: { designers: { [DESIGNER_TOKEN]: { id: 'dee' } } },
    rateLimit: false,
    purgeIntervalMs: 0,
    log: () => {},
    pages: (runtime: unknown) => createPages(runtime, { sessionSecret: 'designer browser tests' }),
  });
  const designer = designerRoutes(DIST);
  const front: Server = createHttpServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value);
      else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    }
    const url = `http://${req.headers.host}${req.url}`;
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const request = new Request(url, {
      method: req.method,
      headers,
      ...(hasBody ? { body: Buffer.concat(chunks) } : {}),
    });
    const path = new URL(url).pathname;
    const response = await (path === '/designer' || path.startsWith('/designer/')
      ? designer.fetch(request)
      : server.app.fetch(request));
    const out: Record<string, string | string[]> = {};
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie') out[name] = value;
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) out['set-cookie'] = cookies;
    res.writeHead(response.status, out);
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((ready) => front.listen(0, '127.0.0.1', ready));
  const { port } = front.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    async close() {
      await new Promise<void>((done) => front.close(() => done()));
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
