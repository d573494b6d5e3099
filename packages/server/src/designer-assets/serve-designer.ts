import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The designer's Content-Security-Policy: its own scripts only, but with 'unsafe-eval', because the
 * live preview runs @fingerpost/core in the browser and core's page forms are ajv validators, which
 * ajv compiles with `new Function`. Journey expressions are never evaluated that way (they have
 * their own interpreter); only validators generated from the journey's JSON Schema are.
 */
export const DESIGNER_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// Vite names built files by their content hash, so they can be cached for good; index.html cannot.
const HASHED = /-[A-Za-z0-9_-]{8,}\.(js|css|woff2?|svg|png)$/;

async function fileIn(distDir: string, relative: string): Promise<string | null> {
  const root = normalize(distDir);
  const path = normalize(join(root, relative));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    return (await stat(path)).isFile() ? path : null;
  } catch {
    return null;
  }
}

function decoded(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/**
 * Serves the built designer (apps/designer/dist) at /designer: its files, and index.html for any
 * other path under /designer so that the app's own routes (/designer/journeys/…) survive a reload.
 * A missing file (under assets/, or with a known file type) is a 404, never the app.
 * @example app.route('/', designerRoutes(resolve('apps/designer/dist')))
 */
export function designerRoutes(distDir: string): Hono {
  const app = new Hono();
  const send = async (path: string, cache: string) => {
    const body = await readFile(path);
    return new Response(body, {
      headers: {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': cache,
        'content-security-policy': DESIGNER_CSP,
        'x-content-type-options': 'nosniff',
      },
    });
  };
  const index = async () => {
    const path = await fileIn(distDir, 'index.html');
    if (!path) return new Response('The designer has not been built: run `pnpm build`', { status: 503 });
    return send(path, 'no-cache');
  };
  app.get('/designer', () => index());
  app.get('/designer/*', async (c) => {
    const rest = decoded(c.req.path.slice('/designer/'.length));
    if (rest === null || rest.includes('\0')) return c.notFound();
    if (rest === '' || rest === 'index.html') return index();
    const path = await fileIn(distDir, rest);
    if (path) return send(path, HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    // App routes may hold dots (versions such as 1.0.0); only a known file type is a missing file.
    if (rest.startsWith('assets/') || TYPES[extname(rest)]) return c.notFound();
    return index();
  });
  return app;
}
