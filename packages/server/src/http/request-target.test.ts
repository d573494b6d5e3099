import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { errorHandler } from './error-handler';
import { requireReadableTarget } from './request-target';

/** Node's HTTP server hands Hono requests whose URL came from the Host header as sent. */
function rawRequest(url: string): Request {
  return { url, method: 'GET', headers: new Headers() } as unknown as Request;
}

function appWithPage() {
  const logged: string[] = [];
  const app = new Hono();
  app.onError(
    errorHandler(
      (line) => logged.push(line),
      (error, c) => c.html(`<p>${error.message}</p>`, error.status as 400),
    ),
  );
  app.use(requireReadableTarget());
  app.get('*', (c) => c.text(`hello ${new URL(c.req.url).host}`));
  return { app, logged };
}

describe('requireReadableTarget', () => {
  it('answers 400 problem+json, not a 500, to a Host header that is no host name', async () => {
    const { app, logged } = appWithPage();
    const response = await app.fetch(rawRequest('http://6127.0.0.1/blue-badge'));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'request.invalid-host' });
    expect(logged).toEqual([]);
  });

  it('answers 400 to an encoded NUL in an API query', async () => {
    const { app } = appWithPage();
    const response = await app.fetch(rawRequest('http://127.0.0.1/api/v1/tasks?role=%00'));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'request.nul-character' });
  });

  it('answers a page with 400 to an encoded NUL in a page address', async () => {
    const { app } = appWithPage();
    const response = await app.fetch(rawRequest('http://127.0.0.1/blue-badge/a%00b'));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('NUL character');
  });

  it('lets ordinary requests through', async () => {
    const { app } = appWithPage();
    const response = await app.fetch(rawRequest('http://localhost:3000/blue-badge?lang=cy'));
    expect(await response.text()).toBe('hello localhost:3000');
  });
});
