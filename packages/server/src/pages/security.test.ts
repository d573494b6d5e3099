import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPages } from './index';
import { exampleJourney, FormClient, type PagesHarness, pagesHarness } from './pages.fixture';

let h: PagesHarness;
beforeAll(async () => {
  h = await pagesHarness([exampleJourney('report-missed-bin')]);
});
afterAll(() => h.close());

const cookieOf = (response: Response | { headers: Headers }) => response.headers.get('set-cookie') ?? '';

describe('Content-Security-Policy', () => {
  it('allows no inline script but the template’s own, by its nonce', async () => {
    const page = await new FormClient(h.app).get('/report-missed-bin');
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    const inline = [...page.html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)];
    expect(inline).toHaveLength(1);
    expect(inline[0]![1]).toContain(`nonce="${nonce}"`);
  });

  it('sets a strict policy of its own when mounted without the app’s security headers', async () => {
    const alone = createPages(h.runtime, { sessionSecret: 's' });
    const page = await alone.request('/report-missed-bin');
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(await page.text()).toContain(`nonce="${/'nonce-([^']+)'/.exec(policy)![1]}"`);
  });

  it('gives each response its own nonce', async () => {
    const client = new FormClient(h.app);
    const a = (await client.get('/report-missed-bin')).headers.get('content-security-policy');
    const b = (await client.get('/report-missed-bin')).headers.get('content-security-policy');
    expect(a).not.toBe(b);
  });
});

describe('assets', () => {
  it('serves GOV.UK Frontend’s stylesheet, script and fonts itself, cached for a year', async () => {
    const page = await new FormClient(h.app).get('/report-missed-bin');
    const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(page.html)![1]!;
    const script = /<script type="module" src="([^"]+)"/.exec(page.html)![1]!;
    expect(stylesheet).toMatch(/^\/assets\/govuk-frontend-\d+\.\d+\.\d+\.min\.css$/);
    const css = await h.app.request(stylesheet);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = await css.text();
    const font = /url\((\/assets\/fonts\/[^)]+\.woff2)\)/.exec(body)![1]!;
    expect((await h.app.request(font)).status).toBe(200);
    const init = await (await h.app.request(script)).text();
    expect(init).toContain('initAll()');
    const imported = /from '([^']+)'/.exec(init)![1]!;
    expect(await (await h.app.request(imported)).text()).toContain('initAll');
  });

  it('answers 404 for anything else under /assets', async () => {
    expect((await h.app.request('/assets/../package.json')).status).toBe(404);
    expect((await h.app.request('/assets/nothing.css')).status).toBe(404);
  });
});

describe('CSRF', () => {
  it('refuses a form posted without the session’s token, and changes nothing', async () => {
    const client = new FormClient(h.app);
    await client.get('/report-missed-bin');
    const refused = await client.post('/report-missed-bin', {}, false);
    expect(refused.status).toBe(403);
    expect(refused.html).toContain('Your form could not be sent');
    const started = await client.post('/report-missed-bin', {});
    expect(started.status).toBe(303);
    const step = await client.post(
      '/report-missed-bin/which-bin',
      { binType: 'rubbish', _csrf: 'guessed' },
      false,
    );
    expect(step.status).toBe(403);
    const page = await client.get('/report-missed-bin/which-bin');
    expect(page.status).toBe(200);
    expect(page.html).not.toContain('checked');
  });

  it('refuses a token from another session', async () => {
    const alice = new FormClient(h.app);
    const mallory = new FormClient(h.app);
    await alice.get('/report-missed-bin');
    await mallory.get('/report-missed-bin');
    mallory.csrf = alice.csrf;
    expect((await mallory.post('/report-missed-bin', {})).status).toBe(403);
  });

  it('refuses a post from a browser with no session at all', async () => {
    const response = await h.app.request('/report-missed-bin', {
      method: 'POST',
      body: 'x=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.status).toBe(403);
  });

  it('guards the console’s forms too', async () => {
    const client = new FormClient(h.app);
    await client.get('/console/sign-in');
    expect((await client.post('/console/sign-in', { token: 'x' }, false)).status).toBe(403);
  });
});

describe('the session cookie', () => {
  it('is httpOnly and SameSite=Lax, and Secure only over HTTPS', async () => {
    const plain = cookieOf(await h.app.request('http://council.example/report-missed-bin'));
    expect(plain).toMatch(/HttpOnly/);
    expect(plain).toMatch(/SameSite=Lax/);
    expect(plain).not.toMatch(/Secure/);
    const secure = cookieOf(await h.app.request('https://council.example/report-missed-bin'));
    expect(secure).toMatch(/Secure/);
  });

  it('trusts x-forwarded-proto only when told to', async () => {
    const headers = { 'x-forwarded-proto': 'https' };
    expect(
      cookieOf(await h.app.request('http://council.example/report-missed-bin', { headers })),
    ).not.toMatch(/Secure/);
    const proxied = await pagesHarness([exampleJourney('report-missed-bin')], { trustProxy: true });
    const cookie = cookieOf(
      await proxied.app.request('http://council.example/report-missed-bin', { headers }),
    );
    expect(cookie).toMatch(/Secure/);
    await proxied.close();
  });

  it('does not show the resume token to anyone reading the cookie', async () => {
    const client = new FormClient(h.app);
    await client.get('/report-missed-bin');
    const started = await client.post('/report-missed-bin', {});
    const saved = await client.get('/report-missed-bin/which-bin/save');
    const token = /token=([^"&<]+)/.exec(saved.html)![1]!;
    const cookie = decodeURIComponent(cookieOf(started));
    expect(cookie).not.toContain(decodeURIComponent(token));
    expect(Buffer.from(cookie.split('=')[1]!.split(';')[0]!, 'base64url').toString('latin1')).not.toContain(
      decodeURIComponent(token),
    );
  });

  it('is ignored when altered: the browser gets a new session, not the application', async () => {
    const client = new FormClient(h.app);
    await client.get('/report-missed-bin');
    const started = await client.post('/report-missed-bin', {});
    const value = cookieOf(started).split(';')[0]!;
    const flipped = `${value.slice(0, -2)}${value.endsWith('A') ? 'B' : 'A'}${value.slice(-1)}`;
    const response = await h.app.request('/report-missed-bin/which-bin', { headers: { cookie: flipped } });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/report-missed-bin');
  });

  it('is not set by pages that have no form for it', async () => {
    expect(cookieOf(await h.app.request('/assets/manifest.json'))).toBe('');
    expect(cookieOf(await h.app.request('/api/v1/journeys'))).toBe('');
  });
});
