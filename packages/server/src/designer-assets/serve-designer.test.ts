import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DESIGNER_CSP, designerRoutes } from './serve-designer';

const dist = mkdtempSync(join(tmpdir(), 'designer-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(
  join(dist, 'index.html'),
  '<script type="module" src="/designer/assets/index-AbCdEf12.js"></script>',
);
writeFileSync(join(dist, 'assets', 'index-AbCdEf12.js'), 'console.log(1)');
writeFileSync(join(tmpdir(), 'secret.txt'), 'not for the web');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const app = designerRoutes(dist);

describe('designerRoutes', () => {
  it('serves the app at /designer with a CSP that allows only its own scripts', async () => {
    const res = await app.request('/designer');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('/designer/assets/index-AbCdEf12.js');
    expect(res.headers.get('content-security-policy')).toBe(DESIGNER_CSP);
    expect(DESIGNER_CSP).toContain("script-src 'self' 'unsafe-eval'");
    expect(DESIGNER_CSP).not.toContain('unsafe-inline');
  });

  it('serves built files with their type, cached for good when their name is hashed', async () => {
    const res = await app.request('/designer/assets/index-AbCdEf12.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/javascript');
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('answers the app’s own routes with index.html, so a reload finds the page', async () => {
    const res = await app.request('/designer/journeys/blue-badge/1.0.0');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<script');
  });

  it('gives 404 for a missing asset and never serves files outside the build', async () => {
    expect((await app.request('/designer/assets/missing-12345678.js')).status).toBe(404);
    expect((await app.request('/designer/..%2Fsecret.txt')).status).toBe(404);
    expect((await app.request('/designer/%2e%2e/secret.txt')).status).toBe(404);
    expect((await app.request('/designer/%E0%A4%A')).status).toBe(404);
  });

  it('says the designer is not built rather than failing', async () => {
    const res = await designerRoutes(join(dist, 'nowhere')).request('/designer');
    expect(res.status).toBe(503);
  });
});
