import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { errorHandler } from './error-handler';
import { HttpError } from './http-error';

function appThrowing(error: unknown) {
  const logged: string[] = [];
  const app = new Hono();
  app.onError(errorHandler((line) => logged.push(line)));
  app.post('/api/v1/things', () => {
    throw error;
  });
  return { app, logged };
}

describe('errorHandler', () => {
  it('turns an HttpError into its problem document without logging it', async () => {
    const { app, logged } = appThrowing(
      new HttpError(409, 'instance.version-conflict', 'Changed since version 3'),
    );
    const response = await app.request('/api/v1/things', { method: 'POST' });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({
      code: 'instance.version-conflict',
      detail: 'Changed since version 3',
    });
    expect(logged).toEqual([]);
  });

  it('logs an unexpected failure with its cause and tells the client nothing of it', async () => {
    const { app, logged } = appThrowing(new Error('disk on fire'));
    const response = await app.request('/api/v1/things', { method: 'POST' });
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('disk on fire');
    expect(logged.join('\n')).toContain('disk on fire');
  });

  it('does not log a client that closed the connection mid-body as a fault of ours', async () => {
    const closed = Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
    const { app, logged } = appThrowing(closed);
    const gone = new AbortController();
    gone.abort();
    const response = await app.request('/api/v1/things', { method: 'POST', signal: gone.signal });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'request.aborted' });
    expect(logged).toEqual([]);
  });
});
