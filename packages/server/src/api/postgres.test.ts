import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type RunningServer } from '../server';
import { openStorage } from '../storage/index';
import { postgresForTests, type TestSchema, testSchema } from '../storage/test-support';
import { foiAwaitingDecision, missedBinToCheckAnswers, start, submit } from '../testing/flows';
import { EVIDENCE_JOURNEY } from '../testing/journeys';
import { type JsonBody, startTestServer, type TestServer, TOKENS } from '../testing/test-server';

const pgUrl = await postgresForTests('server API over HTTP on PostgreSQL');

describe.runIf(pgUrl)('the API on PostgreSQL', () => {
  let db: TestSchema;
  let s: TestServer;
  let second: RunningServer;
  beforeAll(async () => {
    db = testSchema(pgUrl!);
    s = await startTestServer({ journeys: ['report-missed-bin', 'foi-request'], storageUrl: db.url });
    second = await createServer({
      storage: openStorage(db.url),
      journeysDir: null,
      port: 0,
      clock: s.clock,
      tokens: {},
      log: () => {},
    });
  });
  afterAll(async () => {
    await second?.close();
    await s?.stop();
    await db?.drop();
  });

  const post = async (base: string, path: string, token: string, body: unknown) => {
    const r = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: r.status, body: (await r.json()) as JsonBody };
  };

  it('opens a review link made on one server on another sharing the database, and keeps its comments', async () => {
    const base = '/api/v1/journeys/pg-reviewed/versions/1.0.0';
    const saved = await post(s.url, '/api/v1/journeys', TOKENS.designer, {
      ...EVIDENCE_JOURNEY,
      id: 'pg-reviewed',
    });
    expect(saved.status).toBe(201);
    const link = await post(s.url, `${base}/review-links`, TOKENS.designer, {});
    const comment = await post(second.url, `${base}/comments`, link.body.token, {
      stepId: 'upload',
      author: 'Ŵyn',
      text: 'Which files?',
    });
    expect(comment.status).toBe(201);
    const reply = await post(s.url, `${base}/comments/${comment.body.id}/replies`, TOKENS.designer, {
      text: 'PDFs',
    });
    expect(reply.body.replies).toHaveLength(1);
    const listed = await fetch(`${second.url}${base}/comments`, {
      headers: { authorization: `Bearer ${link.body.token}` },
    });
    expect(((await listed.json()) as JsonBody).comments).toEqual([reply.body]);
  });

  it('starts, refuses invalid answers with 422, and moves on with valid ones', async () => {
    const app = await start(s, 'report-missed-bin');
    const bad = await post(s.url, `/api/v1/instances/${app.instanceId}/steps/which-bin`, app.token, {
      answers: {},
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({ field: 'binType', code: 'required' });
    const view = await submit(s, app, 'which-bin', { binType: 'rubbish' });
    expect(view).toMatchObject({ step: { id: 'collection-date' }, version: 3 });
  });

  it('of two concurrent submits on one version, one wins and one gets 409 — on one server and across two', async () => {
    const apps = await Promise.all(Array.from({ length: 20 }, () => start(s, 'report-missed-bin')));
    const pairs = await Promise.all(
      apps.map((app, i) => {
        const path = `/api/v1/instances/${app.instanceId}/steps/which-bin`;
        const other = i % 2 === 0 ? s.url : second.url;
        return Promise.all([
          post(s.url, path, app.token, { answers: { binType: 'rubbish' }, version: 1 }),
          post(other, path, app.token, { answers: { binType: 'recycling' }, version: 1 }),
        ]);
      }),
    );
    for (const pair of pairs) expect(pair.map((r) => r.status).sort()).toEqual([200, 409]);
    for (const app of apps) {
      const events = await s.runtime.storage.listEvents(app.instanceId);
      expect(events.filter((e) => e.type === 'pageSubmitted')).toHaveLength(1);
    }
  });

  it('completes an application with its outputs, and a caseworker decides an FOI request', async () => {
    const bin = await missedBinToCheckAnswers(s);
    const done = await submit(s, bin, 'check-answers');
    expect(done.outcome.kind).toBe('submitted');
    expect(await s.runtime.storage.listOutbox(bin.instanceId)).toHaveLength(2);
    const foi = await foiAwaitingDecision(s);
    const tasks = await s.call('GET', '/api/v1/tasks?journey=foi-request&status=open', {
      token: TOKENS.caseworker,
    });
    expect(tasks.body.items.map((t: { instanceId: string }) => t.instanceId)).toContain(foi.instanceId);
    const decided = await s.call('POST', `/api/v1/tasks/${foi.instanceId}:answer-request/decision`, {
      token: TOKENS.caseworker,
      body: { decision: 'reject', comment: 'Exempt under s43' },
    });
    expect(decided.body.instance).toMatchObject({ status: 'completed', outcome: 'rejected' });
  });

  it('serves a resident from the second server after the first wrote, and erases on request', async () => {
    const app = await start(s, 'report-missed-bin');
    await submit(s, app, 'which-bin', { binType: 'rubbish' });
    const there = await fetch(`${second.url}/api/v1/instances/${app.instanceId}`, {
      headers: { authorization: `Bearer ${app.token}` },
    });
    expect(((await there.json()) as { step: { id: string } }).step.id).toBe('collection-date');
    const erased = await s.call('POST', `/api/v1/instances/${app.instanceId}/erasure`, { token: TOKENS.dpo });
    expect(erased.body.erasedNow).toBe(true);
    const gone = await fetch(`${second.url}/api/v1/instances/${app.instanceId}`, {
      headers: { authorization: `Bearer ${app.token}` },
    });
    expect(gone.status).toBe(410);
  });
});
