import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../server';
import { openStorage } from '../storage/index';
import { start, storedAnswers, submit } from '../testing/flows';
import { type JsonBody, startTestServer, type TestServer } from '../testing/test-server';

let s: TestServer;
let second: RunningServer;
beforeAll(async () => {
  s = await startTestServer({ journeys: ['report-missed-bin'] });
  // A second server process on the same database: its hot runs go stale when the first writes.
  second = await createServer({
    storage: openStorage(`sqlite:${join(s.dir, 'test.db')}`),
    journeysDir: null,
    port: 0,
    clock: s.clock,
    tokens: {},
    log: () => {},
  });
});
afterAll(async () => {
  await second.close();
  await s.stop();
});

async function post(base: string, path: string, token: string, body: unknown) {
  const r = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as JsonBody };
}

describe('optimistic concurrency', () => {
  it('of two concurrent submits on one version, exactly one wins and the other gets 409, 50 times over', async () => {
    const apps = await Promise.all(Array.from({ length: 50 }, () => start(s, 'report-missed-bin')));
    const pairs = await Promise.all(
      apps.map((app) => {
        const path = `/api/v1/instances/${app.instanceId}/steps/which-bin`;
        return Promise.all([
          post(s.url, path, app.token, { answers: { binType: 'rubbish' }, version: 1 }),
          post(s.url, path, app.token, { answers: { binType: 'recycling' }, version: 1 }),
        ]);
      }),
    );
    for (const pair of pairs) expect(pair.map((r) => r.status).sort()).toEqual([200, 409]);
    for (const app of apps) {
      const events = await s.runtime.storage.listEvents(app.instanceId);
      expect(events.filter((e) => e.type === 'pageSubmitted')).toHaveLength(1);
      expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    }
  });

  it('two servers racing on one instance through one database: one 200, one 409, nothing lost', async () => {
    const app = await start(s, 'report-missed-bin');
    const path = `/api/v1/instances/${app.instanceId}/steps/which-bin`;
    const [a, b] = await Promise.all([
      post(s.url, path, app.token, { answers: { binType: 'rubbish' }, version: 1 }),
      post(second.url, path, app.token, { answers: { binType: 'recycling' }, version: 1 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? 'rubbish' : 'recycling';
    expect((await storedAnswers(s, app.instanceId)).binType).toBe(winner);
  });

  it('a server whose hot copy went stale reloads it: the resident sees and continues from the latest state', async () => {
    const app = await start(s, 'report-missed-bin');
    await submit(s, app, 'which-bin', { binType: 'rubbish' });
    // The second server writes; the first server's hot copy is now behind.
    const onSecond = await post(
      second.url,
      `/api/v1/instances/${app.instanceId}/steps/collection-date`,
      app.token,
      {
        answers: { collectionDate: '2026-03-03' },
        version: app.version,
      },
    );
    expect(onSecond.status).toBe(200);
    const view = await s.call('GET', `/api/v1/instances/${app.instanceId}`, { token: app.token });
    expect(view.body).toMatchObject({ version: onSecond.body.version, step: { id: 'bin-out-in-time' } });
    const versionless = await post(
      s.url,
      `/api/v1/instances/${app.instanceId}/steps/bin-out-in-time`,
      app.token,
      {
        answers: { binOutInTime: true },
      },
    );
    expect(versionless.status).toBe(200);
    expect(versionless.body.step.id).toBe('tag-left');
    const onSecondAgain = await post(
      second.url,
      `/api/v1/instances/${app.instanceId}/steps/tag-left`,
      app.token,
      {
        answers: { tagLeft: false },
        version: versionless.body.version,
      },
    );
    expect(onSecondAgain.status).toBe(200);
    const events = await s.runtime.storage.listEvents(app.instanceId);
    expect(events.filter((e) => e.type === 'pageSubmitted').map((e) => e.stepId)).toEqual([
      'which-bin',
      'collection-date',
      'bin-out-in-time',
      'tag-left',
    ]);
  });

  it('a stale hot copy does not refuse a page the stored application is on', async () => {
    const app = await start(s, 'report-missed-bin');
    await submit(s, app, 'which-bin', { binType: 'rubbish' });
    const onSecond = await post(
      second.url,
      `/api/v1/instances/${app.instanceId}/steps/collection-date`,
      app.token,
      {
        answers: { collectionDate: '2026-03-03' },
      },
    );
    expect(onSecond.status).toBe(200);
    // The first server still holds the application on collection-date; the stored one is on bin-out-in-time.
    const next = await post(s.url, `/api/v1/instances/${app.instanceId}/steps/bin-out-in-time`, app.token, {
      answers: { binOutInTime: true },
    });
    expect(next.status).toBe(200);
    expect(next.body.step.id).toBe('tag-left');
  });

  it('a burst of submits without versions on one instance applies them one at a time, each exactly once', async () => {
    const a = await start(s, 'older-persons-bus-pass');
    await submit(s, a, 'date-of-birth', { dateOfBirth: '1950-03-27' });
    await submit(s, a, 'lives-in-area', { livesInArea: true });
    await submit(s, a, 'contact', { contactBy: 'post' });
    const results = await Promise.all(
      ['One', 'Two', 'Three'].map((name) =>
        post(s.url, `/api/v1/instances/${a.instanceId}/steps/companions/items`, a.token, {
          answers: { name },
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 422]);
    const record = await s.runtime.storage.getInstance(a.instanceId);
    expect((await storedAnswers(s, a.instanceId)).companions).toHaveLength(2);
    expect(record?.version).toBe(Math.max(...results.map((r) => r.body.version)));
  });
});
