import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This module's folder, from the ES module build or the CommonJS one. */
function hereDir(): string {
  if (typeof __dirname === 'string') return __dirname;
  return dirname(fileURLToPath(import.meta.url));
}

/**
 * The package's `templates` folder. Looked for upwards from this module, because it sits at a
 * different depth in the sources (src/pages/render) and in the bundle (dist).
 */
export function templatesDir(): string {
  let dir = hereDir();
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, 'layout.njk'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('The @fingerpost/server templates folder is missing: reinstall the package');
}

/** govuk-frontend's `dist` folder: the Nunjucks search path for `govuk/…` and the assets' root. */
export function govukDist(): string {
  const require = createRequire(join(hereDir(), 'index.js'));
  return join(dirname(require.resolve('govuk-frontend/package.json')), 'dist');
}
