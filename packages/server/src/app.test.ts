import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from './api/route-table';
import { createApp } from './app';
import { HttpError } from './http/http-error';
import { createRuntime, type Runtime } from './runtime/runtime';
import { openStorage } from './storage/index';
import type { Storage } from './storage/types';
import type { JsonBody } from './testing/test-server';

const json = async (r: Response): Promise<JsonBody> => r.json();

let storage: Storage;
let runtime: Runtime;
let app: Hono;
beforeAll(async () => {
  storage = openStorage('sqlite::memory:');
  await storage.migrate();
  runtime = createRuntime({ storage });
  app = createApp({ runtime, log: () => {} });
});
afterAll(() => storage.close());

describe('errors', () => {
  it('answers an unknown address with a 404 problem document', async () => {
    const r = await app.request('/api/v1/nothing');
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(await json(r)).toEqual({
      type: 'urn:fingerpost:problem:not-found',
      title: 'Not found',
      status: 404,
      detail: 'There is nothing at /api/v1/nothing',
      code: 'not-found',
    });
  });

  it('answers a known address with the wrong method 405, saying which methods it allows', async () => {
    const r = await app.request('/api/v1/journeys', { method: 'DELETE' });
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toBe('GET, HEAD, POST');
    expect((await json(r)).code).toBe('method-not-allowed');
    expect((await app.request('/healthz', { method: 'POST' })).status).toBe(405);
  });

  it('answers 413 for a body over the limit, before reading it all', async () => {
    const small = createApp({ runtime, bodyLimit: 100, log: () => {} });
    const r = await small.request('/api/v1/journeys/x/instances', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ language: 'e'.repeat(200) }),
    });
    expect(r.status).toBe(413);
    expect((await json(r)).code).toBe('body.too-large');
  });

  it('answers 422 for JSON nested too deeply or holding NUL, never a crash', async () => {
    const deep = `${'{"a":'.repeat(40)}1${'}'.repeat(40)}`;
    const post = (body: string) =>
      app.request('/api/v1/journeys/report-missed-bin/instances', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    const r = await post(deep);
    expect(r.status).toBe(422);
    expect((await json(r)).errors[0].code).toBe('too-deep');
    const nul = await post(JSON.stringify({ language: 'c\u0000y' }));
    expect(nul.status).toBe(422);
  });

  it('turns anything unexpected into a 500 problem that says nothing of the inside, and logs it', async () => {
    const logged: string[] = [];
    const broken = createApp({
      runtime,
      log: (line) => logged.push(line),
      pages: () =>
        new Hono().get('/boom', () => {
          throw new Error('database password is hunter2');
        }),
    });
    const r = await broken.request('/boom');
    expect(r.status).toBe(500);
    const body = await json(r);
    expect(body.code).toBe('internal');
    expect(JSON.stringify(body)).not.toContain('hunter2');
    expect(logged.join('\n')).toContain('hunter2');
  });
});

describe('security headers', () => {
  it('sends a strict Content-Security-Policy and the usual hardening headers on every response', async () => {
    for (const path of ['/healthz', '/api/v1/nothing', '/api/docs']) {
      const r = await app.request(path);
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      expect(r.headers.get('strict-transport-security')).toContain('max-age=');
    }
  });
  it('gives pages a fresh script nonce per response, and the JSON API a policy that needs none', async () => {
    const nonceOf = (r: Response) =>
      /'nonce-([^']+)'/.exec(r.headers.get('content-security-policy') ?? '')?.[1];
    const [first, second] = [await app.request('/api/docs'), await app.request('/api/docs')];
    expect(nonceOf(first)).toBeDefined();
    expect(nonceOf(first)).not.toBe(nonceOf(second));
    const api = await app.request('/api/v1/journeys');
    expect(api.headers.get('content-security-policy')).toContain("script-src 'self';");
    expect(nonceOf(api)).toBeUndefined();
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After when an address runs out, and lets it through again once refilled', async () => {
    let now = 0;
    const limited = createApp({
      runtime,
      rateLimit: { limit: 3, windowMs: 60_000, now: () => now },
      log: () => {},
    });
    const hit = () => limited.request('/api/v1/journeys/nothing/instances', { method: 'POST' });
    for (let i = 0; i < 3; i++) expect((await hit()).status).toBe(404);
    const refused = await hit();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('20');
    expect((await limited.request('/api/v1/journeys')).status).toBe(200);
    now += 20_000;
    expect((await hit()).status).toBe(404);
  });
});

describe('the pages seam', () => {
  it('mounts the pages at / beside the API, giving them the runtime, and lets them render their own errors', async () => {
    let given: Runtime | null = null;
    const withPages = createApp({
      runtime,
      log: () => {},
      pages: (r) => {
        given = r;
        return new Hono()
          .get('/', (c) => c.html('<h1>Services</h1>'))
          .get('/gone', () => {
            throw new HttpError(410, 'gone', 'Gone');
          });
      },
      renderError: (error, c) => c.html(`<p>Sorry: ${error.status}</p>`, error.status as 410),
    });
    expect(given).toBe(runtime);
    expect(await (await withPages.request('/')).text()).toBe('<h1>Services</h1>');
    const gone = await withPages.request('/gone');
    expect(gone.status).toBe(410);
    expect(await gone.text()).toBe('<p>Sorry: 410</p>');
    const api = await withPages.request('/api/v1/nothing');
    expect(api.headers.get('content-type')).toContain('problem+json');
    expect((await withPages.request('/api/v1/journeys')).status).toBe(200);
  });
});

describe('documentation', () => {
  it('serves an OpenAPI 3.1 document with every operation of the route table', async () => {
    const r = await app.request('/api/v1/openapi.json');
    const doc = await json(r);
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.values(
      doc.paths as Record<string, Record<string, { operationId: string }>>,
    ).flatMap((p) => Object.values(p).map((o) => o.operationId));
    expect(operations.sort()).toEqual(API_ROUTES.map((route) => route.operationId).sort());
    const submit = doc.paths['/api/v1/instances/{instanceId}/steps/{stepId}'].post;
    expect(submit.security).toEqual([{ resumeToken: [] }]);
    expect(Object.keys(submit.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '404', '409', '413', '415', '422', '429']),
    );
    expect(Object.keys(submit.requestBody.content['application/json'].schema.properties)).toEqual([
      'answers',
      'version',
    ]);
    expect(submit.parameters.map((p: { name: string }) => p.name)).toEqual(['instanceId', 'stepId']);
  });

  it('serves a plain HTML docs page listing the operations, with no scripts', async () => {
    const r = await app.request('/api/docs');
    const html = await r.text();
    expect(r.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('<code>/api/v1/tasks/{taskId}/decision</code>');
    expect(html).toContain('data protection officer');
    expect(html).not.toContain('<script');
  });

  it('says the server is up when its storage answers', async () => {
    const r = await app.request('/healthz');
    expect(await json(r)).toEqual({ status: 'ok' });
    const closed = openStorage('sqlite::memory:');
    await closed.migrate();
    const down = createApp({ storage: closed, log: () => {} });
    await closed.close();
    expect((await down.request('/healthz')).status).toBe(503);
  });
});
