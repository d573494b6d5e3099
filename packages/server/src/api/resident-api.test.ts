import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foiAwaitingDecision, missedBinToCheckAnswers, start, submit } from '../testing/flows';
import { startTestServer, type TestServer } from '../testing/test-server';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.stop());

const problemType = 'application/problem+json; charset=utf-8';

describe('journeys', () => {
  it('lists the published journeys with id, version and title', async () => {
    const r = await s.call('GET', '/api/v1/journeys');
    expect(r.status).toBe(200);
    const ids = r.body.journeys.map((j: { id: string }) => j.id);
    expect(ids).toEqual(['foi-request', 'free-school-meals', 'older-persons-bus-pass', 'report-missed-bin']);
    expect(r.body.journeys).toContainEqual(
      expect.objectContaining({
        id: 'free-school-meals',
        version: '2.0.0',
        title: expect.stringContaining('free school meals'),
      }),
    );
    const welsh = await s.call('GET', '/api/v1/journeys?lang=cy');
    expect(welsh.body.journeys.find((j: { id: string }) => j.id === 'report-missed-bin').title).toBe(
      'Rhoi gwybod am gasgliad bin a fethwyd',
    );
  });

  it('gives one journey with its definition, and 404 for an unknown or malformed id', async () => {
    const r = await s.call('GET', '/api/v1/journeys/report-missed-bin');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      id: 'report-missed-bin',
      version: '1.0.0',
      definition: { start: 'which-bin' },
    });
    expect((await s.call('GET', '/api/v1/journeys/no-such-journey')).status).toBe(404);
    const bad = await s.call('GET', '/api/v1/journeys/NOT_A_SLUG');
    expect(bad.status).toBe(404);
    expect(bad.headers.get('content-type')).toBe(problemType);
  });
});

describe('starting an application', () => {
  it('answers 201 with the id, a 256-bit resume token and the first page at version 1', async () => {
    const r = await s.call('POST', '/api/v1/journeys/report-missed-bin/instances', { body: {} });
    expect(r.status).toBe(201);
    expect(r.headers.get('location')).toBe(`/api/v1/instances/${r.body.instanceId}`);
    expect(r.body.resumeToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(r.body.view).toMatchObject({
      instanceId: r.body.instanceId,
      version: 1,
      status: 'inProgress',
      step: { id: 'which-bin', components: [expect.objectContaining({ field: 'binType' })] },
    });
    expect(r.body.view.reference).toMatch(/^MB-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('starts in Welsh when asked', async () => {
    const r = await s.call('POST', '/api/v1/journeys/report-missed-bin/instances', {
      body: { language: 'cy' },
    });
    expect(r.body.view.language).toBe('cy');
    expect(r.body.view.step.components[0].label).toBe('Pa fin na chafodd ei gasglu?');
  });

  it('starts with no body at all', async () => {
    const r = await fetch(`${s.url}/api/v1/journeys/foi-request/instances`, { method: 'POST' });
    expect(r.status).toBe(201);
  });

  it('refuses unknown journeys (404), bad bodies (422), malformed JSON (400) and other media types (415)', async () => {
    expect((await s.call('POST', '/api/v1/journeys/nothing-here/instances', { body: {} })).status).toBe(404);
    const unknown = await s.call('POST', '/api/v1/journeys/foi-request/instances', {
      body: { colour: 'red' },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([
      { field: 'colour', code: 'unknown', message: 'colour is not expected here' },
    ]);
    const malformed = await s.call('POST', '/api/v1/journeys/foi-request/instances', {
      body: '{"language":',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ status: 400, code: 'body.malformed-json', title: 'Bad request' });
    const text = await s.call('POST', '/api/v1/journeys/foi-request/instances', {
      body: 'language=cy',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(text.status).toBe(415);
  });
});

describe('reading an application', () => {
  it('needs its own resume token: none is 401, another resident’s or a made-up one is 404', async () => {
    const mine = await start(s, 'report-missed-bin');
    const theirs = await start(s, 'report-missed-bin');
    const path = `/api/v1/instances/${mine.instanceId}`;
    const anonymous = await s.call('GET', path);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect((await s.call('GET', path, { token: theirs.token })).status).toBe(404);
    expect((await s.call('GET', path, { token: 'x'.repeat(43) })).status).toBe(404);
    const ok = await s.call('GET', path, { token: mine.token });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ instanceId: mine.instanceId, version: 1, step: { id: 'which-bin' } });
    expect(ok.body.allowedActions).toContain('submit');
  });

  it('answers 404 for an id that does not exist or is not an id', async () => {
    const mine = await start(s, 'report-missed-bin');
    expect(
      (await s.call('GET', '/api/v1/instances/8f1c2b9e-4a3d-4e5f-9a7b-1c2d3e4f5a6b', { token: mine.token }))
        .status,
    ).toBe(404);
    expect((await s.call('GET', '/api/v1/instances/..%2F..%2Fetc', { token: mine.token })).status).toBe(404);
  });
});

describe('submitting pages', () => {
  it('answers 422 with the field errors as a problem, keeping the page, and records the version', async () => {
    const app = await start(s, 'report-missed-bin');
    const r = await s.call('POST', `/api/v1/instances/${app.instanceId}/steps/which-bin`, {
      token: app.token,
      body: { answers: {} },
    });
    expect(r.status).toBe(422);
    expect(r.headers.get('content-type')).toBe(problemType);
    expect(r.body).toMatchObject({
      type: 'urn:fingerpost:problem:form.invalid',
      title: 'Unprocessable content',
      status: 422,
      code: 'form.invalid',
      errors: [{ field: 'binType', code: 'required', message: 'Select which bin was not collected' }],
      version: 2,
    });
    const view = await s.call('GET', `/api/v1/instances/${app.instanceId}`, { token: app.token });
    expect(view.body.step.id).toBe('which-bin');
    expect(view.body.errors).toEqual([expect.objectContaining({ field: 'binType', code: 'required' })]);
  });

  it('moves to the next page on valid answers and refuses another page than the current (409)', async () => {
    const app = await start(s, 'report-missed-bin');
    const view = await submit(s, app, 'which-bin', { binType: 'recycling' });
    expect(view.step.id).toBe('collection-date');
    const wrong = await s.call('POST', `/api/v1/instances/${app.instanceId}/steps/tag-left`, {
      token: app.token,
      body: { answers: { tagLeft: true } },
    });
    expect(wrong.status).toBe(409);
    expect(wrong.body.code).toBe('step.not-current');
    const unknown = await s.call('POST', `/api/v1/instances/${app.instanceId}/steps/no-such-step`, {
      token: app.token,
      body: { answers: {} },
    });
    expect(unknown.status).toBe(404);
  });

  it('answers 409 with the current version when the version sent is stale', async () => {
    const app = await start(s, 'report-missed-bin');
    await submit(s, app, 'which-bin', { binType: 'rubbish' });
    const stale = await s.call('POST', `/api/v1/instances/${app.instanceId}/steps/collection-date`, {
      token: app.token,
      body: { answers: { collectionDate: '2026-03-03' }, version: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'instance.version-conflict', version: 2 });
    const fresh = await s.call('POST', `/api/v1/instances/${app.instanceId}/steps/collection-date`, {
      token: app.token,
      body: { answers: { collectionDate: '2026-03-03' }, version: 2 },
    });
    expect(fresh.status).toBe(200);
    expect(fresh.body.version).toBe(3);
  });

  it('answers 400 for malformed JSON and 422 for a body of the wrong shape', async () => {
    const app = await start(s, 'report-missed-bin');
    const path = `/api/v1/instances/${app.instanceId}/steps/which-bin`;
    expect((await s.call('POST', path, { token: app.token, body: '{not json' })).status).toBe(400);
    const shape = await s.call('POST', path, {
      token: app.token,
      body: { answers: 'rubbish', version: 'one' },
    });
    expect(shape.status).toBe(422);
    expect(shape.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['answers', 'version']);
    expect((await s.call('POST', path, { token: app.token, body: [] })).status).toBe(422);
  });
});

describe('back, change and withdraw', () => {
  it('goes back a page, and refuses going back from the first (409)', async () => {
    const app = await start(s, 'report-missed-bin');
    const first = await s.call('POST', `/api/v1/instances/${app.instanceId}/back`, {
      token: app.token,
      body: {},
    });
    expect(first.status).toBe(409);
    expect(first.body.code).toBe('back.not-allowed');
    await submit(s, app, 'which-bin', { binType: 'rubbish' });
    const back = await s.call('POST', `/api/v1/instances/${app.instanceId}/back`, { token: app.token });
    expect(back.status).toBe(200);
    expect(back.body.step.id).toBe('which-bin');
  });

  it('changes an answer from check your answers and comes back to it', async () => {
    const app = await missedBinToCheckAnswers(s);
    const change = await s.call('POST', `/api/v1/instances/${app.instanceId}/steps/which-bin/change`, {
      token: app.token,
    });
    expect(change.status).toBe(200);
    expect(change.body.step.id).toBe('which-bin');
    const view = await submit(s, app, 'which-bin', { binType: 'food-waste' });
    expect(view.step.id).toBe('check-answers');
    expect(view.answers.find((a: { field: string }) => a.field === 'binType').display).toBe(
      'Food waste (caddy)',
    );
  });

  it('sends check-your-answers rows where they are shown: on check your answers and on GET, not with every page', async () => {
    const app = await start(s, 'report-missed-bin');
    const midway = await submit(s, app, 'which-bin', { binType: 'rubbish' });
    expect(midway.step.id).toBe('collection-date');
    expect(midway.answers).toEqual([]);
    const read = await s.call('GET', `/api/v1/instances/${app.instanceId}`, { token: app.token });
    expect(read.body.answers).toEqual([
      expect.objectContaining({ field: 'binType', display: 'Rubbish (black bin)', changeTarget: null }),
    ]);
    const sent = await missedBinToCheckAnswers(s);
    const atCheck = await s.call('GET', `/api/v1/instances/${sent.instanceId}`, { token: sent.token });
    const done = await submit(s, sent, 'check-answers');
    expect(done.answers.map((a: { field: string }) => a.field)).toEqual(
      atCheck.body.answers.map((a: { field: string }) => a.field),
    );
    expect(done.answers.length).toBeGreaterThanOrEqual(6);
  });

  it('refuses change when not on check your answers (409)', async () => {
    const app = await start(s, 'report-missed-bin');
    const r = await s.call('POST', `/api/v1/instances/${app.instanceId}/steps/which-bin/change`, {
      token: app.token,
    });
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('change.not-allowed');
  });

  it('withdraws an application waiting for a decision, cancelling its task, and then refuses changes (409)', async () => {
    const app = await foiAwaitingDecision(s);
    const r = await s.call('POST', `/api/v1/instances/${app.instanceId}/withdraw`, {
      token: app.token,
      body: { reason: 'Found it on the website' },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'completed', outcome: { kind: 'withdrawn' } });
    const task = await s.runtime.storage.getTask(app.instanceId, 'answer-request');
    expect(task?.status).toBe('cancelled');
    const after = await s.call('POST', `/api/v1/instances/${app.instanceId}/back`, { token: app.token });
    expect(after.status).toBe(409);
    expect(after.body.code).toBe('journey.completed');
  });
});

describe('language', () => {
  it('switches an application to Welsh part way, keeping Welsh for its letters and emails', async () => {
    const app = await start(s, 'report-missed-bin');
    const r = await s.call('POST', `/api/v1/instances/${app.instanceId}/language`, {
      token: app.token,
      body: { language: 'cy' },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.language).toBe('cy');
    expect((await s.runtime.storage.getInstance(app.instanceId))?.language).toBe('cy');
    const history = await s.call('GET', `/api/v1/instances/${app.instanceId}`, { token: app.token });
    expect(history.body.language).toBe('cy');
  });

  it('refuses a language the API does not know (422), changing nothing', async () => {
    const app = await start(s, 'report-missed-bin');
    const r = await s.call('POST', `/api/v1/instances/${app.instanceId}/language`, {
      token: app.token,
      body: { language: 'fr' },
    });
    expect(r.status).toBe(422);
    expect((await s.runtime.storage.getInstance(app.instanceId))?.language).toBe('en');
  });
});

describe('finishing', () => {
  it('sends the report, records every step in the history, and queues its webhook and email in the same write', async () => {
    const app = await missedBinToCheckAnswers(s);
    const done = await submit(s, app, 'check-answers');
    expect(done).toMatchObject({
      status: 'completed',
      outcome: { kind: 'submitted' },
      step: { id: 'reported' },
    });
    const events = await s.runtime.storage.listEvents(app.instanceId);
    expect(events.map((e) => e.type)).toEqual([
      'started',
      'pageSubmitted',
      'pageSubmitted',
      'pageSubmitted',
      'pageSubmitted',
      'eligibilityDecided',
      'pageSubmitted',
      'pageSubmitted',
      'applicationSubmitted',
      'completed',
    ]);
    const outbox = await s.runtime.storage.listOutbox(app.instanceId);
    expect(outbox.map((o) => [o.kind, o.outputId, o.status]).sort()).toEqual([
      ['email', 'report-confirmation', 'pending'],
      ['webhook', 'waste-system', 'pending'],
    ]);
    const email = outbox.find((o) => o.kind === 'email')!.payload as Record<string, unknown>;
    expect(email).toMatchObject({
      templateId: '462e9472-4eb7-5eaf-951b-2b44ff20f3fd',
      emailAddress: 'resident@example.com',
      personalisation: { reference: done.reference, bin: 'rubbish', collectionDate: '2026-03-03' },
    });
    const record = await s.runtime.storage.getInstance(app.instanceId);
    expect(record).toMatchObject({ status: 'completed', outcome: 'submitted', currentStep: 'reported' });
    expect(record?.completedAt).toBe('2026-03-04T10:00:00.000Z');
  });
});

describe('bodies', () => {
  it('takes a POST with no body and no content type as an empty body (curl -X POST)', async () => {
    const app = await start(s, 'report-missed-bin');
    await submit(s, app, 'which-bin', { binType: 'rubbish' });
    const { connect } = await import('node:net');
    const url = new URL(s.url);
    // Written by hand: no Content-Length, no Transfer-Encoding, no Content-Type — as curl -X POST sends it.
    const reply = await new Promise<string>((done, fail) => {
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write(
          `POST /api/v1/instances/${app.instanceId}/back HTTP/1.1\r\nHost: ${url.host}\r\nAuthorization: Bearer ${app.token}\r\nConnection: close\r\n\r\n`,
        );
      });
      let text = '';
      socket.on('data', (chunk) => (text += chunk));
      socket.on('end', () => done(text));
      socket.on('error', fail);
    });
    const status = Number(reply.split(' ')[1]);
    expect(status).toBe(200);
  });
});
