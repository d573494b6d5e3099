import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Hono } from 'hono';
import { govukDist } from './paths';

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/manifest+json',
};

/** Where the page templates find the stylesheet and scripts (versioned names: cached for a year). */
export interface AssetPaths {
  stylesheet: string;
  govukScript: string;
  initScript: string;
}

interface Asset {
  type: string;
  cache: string;
  load: () => Uint8Array | string;
}

const FOREVER = 'public, max-age=31536000, immutable';
const A_DAY = 'public, max-age=86400';

/**
 * GOV.UK Frontend's compiled CSS, JS, fonts and images, served from this server (no CDN). The
 * stylesheet and script carry the govuk-frontend version in their names, so a year's caching is
 * safe across upgrades; fonts carry a content hash already.
 */
export function govukAssets(): { paths: AssetPaths; routes: Hono } {
  const dist = join(govukDist(), 'govuk');
  const version = (
    JSON.parse(readFileSync(join(govukDist(), '..', 'package.json'), 'utf8')) as { version: string }
  ).version;
  const paths: AssetPaths = {
    stylesheet: `/assets/govuk-frontend-${version}.min.css`,
    govukScript: `/assets/govuk-frontend-${version}.min.js`,
    initScript: `/assets/fingerpost-init-${version}.js`,
  };
  const file = (path: string) => () => readFileSync(path);
  const assets = new Map<string, Asset>([
    [
      paths.stylesheet,
      { type: TYPES['.css']!, cache: FOREVER, load: file(join(dist, 'govuk-frontend.min.css')) },
    ],
    [
      paths.govukScript,
      { type: TYPES['.js']!, cache: FOREVER, load: file(join(dist, 'govuk-frontend.min.js')) },
    ],
    [
      paths.initScript,
      {
        type: TYPES['.js']!,
        cache: FOREVER,
        load: () => `import { initAll } from '${paths.govukScript}';\ninitAll();\n`,
      },
    ],
  ]);
  for (const folder of ['fonts', 'images']) {
    for (const name of readdirSync(join(dist, 'assets', folder))) {
      const type = TYPES[extname(name)];
      if (!type) continue;
      assets.set(`/assets/${folder}/${name}`, {
        type,
        cache: folder === 'fonts' ? FOREVER : A_DAY,
        load: file(join(dist, 'assets', folder, name)),
      });
    }
  }
  assets.set('/assets/manifest.json', {
    type: TYPES['.json']!,
    cache: A_DAY,
    load: file(join(dist, 'assets', 'manifest.json')),
  });

  const loaded = new Map<string, Uint8Array | string>();
  const routes = new Hono();
  routes.get('/assets/*', (c) => {
    const asset = assets.get(c.req.path);
    if (!asset) return c.text('Not found', 404);
    let body = loaded.get(c.req.path);
    if (body === undefined) {
      body = asset.load();
      loaded.set(c.req.path, body);
    }
    return c.body(body as never, 200, { 'content-type': asset.type, 'cache-control': asset.cache });
  });
  return { paths, routes };
}
