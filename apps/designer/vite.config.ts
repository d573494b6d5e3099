import { realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

/** GOV.UK Frontend's built CSS and fonts, from the designer's own dependency. */
function govukFrontendDist(): string {
  return join(realpathSync(join(here, 'node_modules', 'govuk-frontend')), 'dist');
}

export default defineConfig({
  base: '/designer/',
  plugins: [react()],
  resolve: { alias: { 'govuk-frontend-dist': govukFrontendDist() } },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: {
    // `fingerpost serve` on its default port answers the API while `vite` serves the app.
    proxy: { '/api': 'http://127.0.0.1:3000', '/assets': 'http://127.0.0.1:3000' },
  },
});
