import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busPassToCompanions, start, storedAnswers, submit } from '../testing/flows';
import { EVIDENCE_JOURNEY } from '../testing/journeys';
import { startTestServer, type TestServer, TOKENS } from '../testing/test-server';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ journeys: ['report-missed-bin'] });
  const saved = await s.call('POST', '/api/v1/journeys', { token: TOKENS.designer, body: EVIDENCE_JOURNEY });
  expect(saved.status).toBe(201);
  expect(
    (
      await s.call('POST', '/api/v1/journeys/send-evidence/versions/1.0.0/publish', {
        token: TOKENS.designer,
      })
    ).status,
  ).toBe(200);
});
afterAll(() => s.stop());

describe('add another', () => {
  it('adds, changes and removes items, with 422, 404 and 409 where they do not fit', async () => {
    const app = await busPassToCompanions(s);
    const items = `/api/v1/instances/${app.instanceId}/steps/companions/items`;
    const added = await s.call('POST', items, { token: app.token, body: { answers: { name: 'Sam Jones' } } });
    expect(added.status).toBe(200);
    expect(added.body.step.items).toEqual([expect.objectContaining({ index: 0, summary: 'Sam Jones' })]);
    const empty = await s.call('POST', items, { token: app.token, body: { answers: {} } });
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0]).toMatchObject({ field: 'name', code: 'required' });
    const missing = await s.call('POST', items, { token: app.token, body: {} });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0]).toMatchObject({ field: 'answers', code: 'required' });
    const changed = await s.call('PUT', `${items}/0`, {
      token: app.token,
      body: { answers: { name: 'Sam Evans' } },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.step.items[0].summary).toBe('Sam Evans');
    const nowhere = await s.call('PUT', `${items}/5`, { token: app.token, body: { answers: { name: 'X' } } });
    expect(nowhere.status).toBe(404);
    expect(nowhere.body.code).toBe('item.unknown');
    await s.call('POST', items, { token: app.token, body: { answers: { name: 'Alex Hughes' } } });
    const full = await s.call('POST', items, { token: app.token, body: { answers: { name: 'A third' } } });
    expect(full.status).toBe(422);
    const current = (await s.call('GET', `/api/v1/instances/${app.instanceId}`, { token: app.token })).body
      .version;
    const stale = await s.call('DELETE', `${items}/0?version=${current - 1}`, { token: app.token });
    expect(stale.status).toBe(409);
    const removed = await s.call('DELETE', `${items}/0?version=${current}`, { token: app.token });
    expect(removed.status).toBe(200);
    expect(removed.body.step.items.map((i: { summary: string }) => i.summary)).toEqual(['Alex Hughes']);
    expect((await s.call('DELETE', `${items}/0?version=abc`, { token: app.token })).status).toBe(400);
    const finished = await submit(s, app, 'companions');
    expect(finished.step.id).toBe('check-answers');
  });

  it('refuses items on a page that is not a list (409)', async () => {
    const app = await start(s, 'report-missed-bin');
    const r = await s.call('POST', `/api/v1/instances/${app.instanceId}/steps/which-bin/items`, {
      token: app.token,
      body: { answers: {} },
    });
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('step.not-add-another');
  });
});

async function upload(
  app: { instanceId: string; token: string },
  content: string,
  type = 'application/pdf',
  name = 'proof.pdf',
) {
  const r = await fetch(
    `${s.url}/api/v1/instances/${app.instanceId}/files?name=${encodeURIComponent(name)}`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${app.token}`, 'content-type': type },
      body: content,
    },
  );
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
}

describe('files', () => {
  it('stores an upload, takes its id as the answer, and the stored record is what the caseworker sees', async () => {
    const app = await start(s, 'send-evidence');
    const file = await upload(app, '%PDF-1.7 evidence', 'application/pdf', '../../etc/Proof of address.pdf');
    expect(file.status).toBe(201);
    expect(file.body).toMatchObject({ name: 'Proof of address.pdf', size: 17, type: 'application/pdf' });
    const view = await submit(s, app, 'upload', {
      evidence: { id: file.body.id, size: 1, type: 'text/plain', name: 'x' },
    });
    expect(view.step.id).toBe('check-answers');
    const answers = await storedAnswers(s, app.instanceId);
    expect(answers.evidence).toEqual({
      id: file.body.id,
      name: 'Proof of address.pdf',
      size: 17,
      type: 'application/pdf',
    });
  });

  it("refuses another application's file as an answer (422), so no one can attach what is not theirs", async () => {
    const other = await start(s, 'send-evidence');
    const theirs = await upload(other, 'their secret letter');
    const app = await start(s, 'send-evidence');
    const r = await s.call('POST', `/api/v1/instances/${app.instanceId}/steps/upload`, {
      token: app.token,
      body: { answers: { evidence: { id: theirs.body.id } } },
    });
    expect(r.status).toBe(422);
    expect(r.body.errors).toEqual([expect.objectContaining({ field: 'evidence', code: 'file.unknown' })]);
  });

  it('refuses uploads without a token (401), with another token (404), empty (422), over 10 MiB (413)', async () => {
    const app = await start(s, 'send-evidence');
    const other = await start(s, 'send-evidence');
    const path = `${s.url}/api/v1/instances/${app.instanceId}/files`;
    expect(
      (await fetch(path, { method: 'POST', body: 'x', headers: { 'content-type': 'text/plain' } })).status,
    ).toBe(401);
    expect((await upload({ instanceId: app.instanceId, token: other.token }, 'x')).status).toBe(404);
    expect((await upload(app, '')).status).toBe(422);
    const big = await fetch(path, {
      method: 'POST',
      headers: { authorization: `Bearer ${app.token}`, 'content-type': 'application/pdf' },
      body: new Uint8Array(10 * 1024 * 1024 + 1),
    });
    expect(big.status).toBe(413);
  });
});

describe('feedback', () => {
  it('records page feedback and satisfaction on an application (201), and refuses what is not feedback (422)', async () => {
    const app = await start(s, 'report-missed-bin');
    const path = `/api/v1/instances/${app.instanceId}/feedback`;
    const useful = await s.call('POST', path, {
      token: app.token,
      body: { kind: 'pageNotUseful', comment: 'Confusing' },
    });
    expect(useful.status).toBe(201);
    expect(useful.body).toMatchObject({ kind: 'pageNotUseful', stepId: 'which-bin', version: 2 });
    expect(
      (await s.call('POST', path, { token: app.token, body: { kind: 'satisfaction', rating: 7 } })).status,
    ).toBe(422);
    const noRating = await s.call('POST', path, { token: app.token, body: { kind: 'satisfaction' } });
    expect(noRating.status).toBe(422);
    expect(noRating.body.code).toBe('feedback.invalid');
    expect((await s.call('POST', path, { token: app.token, body: { kind: 'love-letter' } })).status).toBe(
      422,
    );
    const stored = await s.runtime.storage.listFeedback('report-missed-bin');
    expect(stored).toContainEqual(
      expect.objectContaining({
        instanceId: app.instanceId,
        kind: 'pageNotUseful',
        comment: 'Confusing',
        stepId: 'which-bin',
      }),
    );
  });

  it('records feedback without an application on a journey, and 404 on an unknown one', async () => {
    const r = await s.call('POST', '/api/v1/journeys/report-missed-bin/feedback', {
      body: { kind: 'problem', comment: 'The start page link is broken' },
    });
    expect(r.status).toBe(201);
    const stored = await s.runtime.storage.listFeedback('report-missed-bin');
    expect(stored).toContainEqual(
      expect.objectContaining({ instanceId: null, kind: 'problem', journeyVersion: '1.0.0' }),
    );
    expect(
      (await s.call('POST', '/api/v1/journeys/nope/feedback', { body: { kind: 'problem' } })).status,
    ).toBe(404);
    const step = await s.call('POST', '/api/v1/journeys/report-missed-bin/feedback', {
      body: { kind: 'pageUseful', stepId: 'no-such-step' },
    });
    expect(step.status).toBe(422);
  });
});
