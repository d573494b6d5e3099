import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foiAwaitingDecision, start, submit } from '../testing/flows';
import { startTestServer, type TestServer, TOKENS } from '../testing/test-server';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ journeys: ['report-missed-bin', 'foi-request'] });
});
afterAll(() => s.stop());

const SECOND = 1000;

describe('analytics', () => {
  it('counts starts, completions, drop-off, time per page, validation errors and feedback from what was stored', async () => {
    s.clock.set('2026-03-04T10:00:00.000Z');
    const a = await start(s, 'report-missed-bin');
    const b = await start(s, 'report-missed-bin');
    const c = await start(s, 'report-missed-bin');
    s.clock.advance(30 * SECOND);
    const refused = await s.call('POST', `/api/v1/instances/${a.instanceId}/steps/which-bin`, {
      token: a.token,
      body: { answers: {} },
    });
    expect(refused.status).toBe(422);
    s.clock.advance(30 * SECOND);
    await submit(s, a, 'which-bin', { binType: 'rubbish' }); // 60 s on the page
    s.clock.advance(60 * SECOND);
    await submit(s, b, 'which-bin', { binType: 'recycling' }); // 120 s
    await submit(s, c, 'which-bin', { binType: 'rubbish' }); // 120 s
    for (const app of [a, c]) {
      await submit(s, app, 'collection-date', { collectionDate: '2026-03-03' });
      await submit(s, app, 'bin-out-in-time', { binOutInTime: true });
    }
    await submit(s, a, 'tag-left', { tagLeft: false });
    await submit(s, a, 'address', {
      address: { line1: '1 High Street', town: 'Aberaeron', postcode: 'SA46 0AA' },
    });
    await submit(s, a, 'email-address', {});
    await submit(s, a, 'check-answers');
    const tagged = await submit(s, c, 'tag-left', { tagLeft: true });
    expect(tagged.outcome.kind).toBe('ineligible');
    for (const rating of [4, 2])
      await s.call('POST', `/api/v1/instances/${a.instanceId}/feedback`, {
        token: a.token,
        body: { kind: 'satisfaction', rating },
      });
    await s.call('POST', `/api/v1/instances/${b.instanceId}/feedback`, {
      token: b.token,
      body: { kind: 'pageNotUseful', comment: 'I do not know the date' },
    });

    const r = await s.call('GET', '/api/v1/journeys/report-missed-bin/analytics', { token: TOKENS.designer });
    expect(r.status).toBe(200);
    const [v] = r.body.versions;
    expect(v).toMatchObject({
      version: '1.0.0',
      starts: 3,
      completions: 2,
      completionRate: 0.6667,
      outcomes: { submitted: 1, ineligible: 1 },
    });
    const step = (id: string) => v.steps.find((x: { stepId: string }) => x.stepId === id);
    expect(step('which-bin')).toMatchObject({
      type: 'question',
      reached: 3,
      submitted: 3,
      dropOff: 0,
      medianSeconds: 120,
    });
    expect(step('collection-date')).toMatchObject({
      reached: 3,
      submitted: 2,
      dropOff: 1,
      dropOffRate: 0.3333,
    });
    expect(step('reported')).toMatchObject({ type: 'end', reached: 1 });
    expect(v.validationErrors).toEqual([
      { stepId: 'which-bin', field: 'binType', code: 'required', count: 1 },
    ]);
    expect(v.satisfaction).toEqual({
      responses: 2,
      average: 3,
      distribution: { '1': 0, '2': 1, '3': 0, '4': 1, '5': 0 },
    });
    expect(v.feedback).toContainEqual(
      expect.objectContaining({
        stepId: 'collection-date',
        notUseful: 1,
        comments: [expect.objectContaining({ comment: 'I do not know the date' })],
      }),
    );
    const one = await s.call('GET', '/api/v1/journeys/report-missed-bin/analytics?version=1.0.0', {
      token: TOKENS.designer,
    });
    expect(one.body.versions).toHaveLength(1);
    expect(
      (
        await s.call('GET', '/api/v1/journeys/report-missed-bin/analytics?version=9.9.9', {
          token: TOKENS.designer,
        })
      ).status,
    ).toBe(404);
    expect(
      (await s.call('GET', '/api/v1/journeys/nothing/analytics', { token: TOKENS.designer })).status,
    ).toBe(404);
    expect(
      (await s.call('GET', '/api/v1/journeys/report-missed-bin/analytics', { token: TOKENS.caseworker }))
        .status,
    ).toBe(403);
  });
});

describe('erasure', () => {
  it("removes a resident's personal data on request, records that it did, and closes the application", async () => {
    s.clock.set('2026-03-04T10:00:00.000Z');
    const app = await foiAwaitingDecision(s);
    const path = `/api/v1/instances/${app.instanceId}/erasure`;
    const r = await s.call('POST', path, {
      token: TOKENS.dpo,
      body: { reason: 'Subject access request SAR-123' },
    });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      instanceId: app.instanceId,
      erasedAt: '2026-03-04T10:00:00.000Z',
      erasedNow: true,
    });
    const record = await s.runtime.storage.getInstance(app.instanceId);
    expect(JSON.stringify(record?.snapshot)).not.toContain('Gareth');
    expect(record?.erasedAt).toBe('2026-03-04T10:00:00.000Z');
    const events = await s.runtime.storage.listEvents(app.instanceId);
    expect(events.at(-1)?.type).toBe('instanceErased');
    expect(JSON.stringify(events)).not.toContain('gareth');
    expect((await s.runtime.storage.getTask(app.instanceId, 'answer-request'))?.status).toBe('cancelled');
    const resident = await s.call('GET', `/api/v1/instances/${app.instanceId}`, { token: app.token });
    expect(resident.status).toBe(410);
    expect(resident.body.code).toBe('instance.erased');
    expect(
      (await s.call('POST', `/api/v1/instances/${app.instanceId}/back`, { token: app.token })).status,
    ).toBe(410);
    const caseView = await s.call('GET', `/api/v1/cases/${app.instanceId}`, { token: TOKENS.caseworker });
    expect(caseView.body).toMatchObject({ erasedAt: '2026-03-04T10:00:00.000Z', answers: null, view: null });
    const decide = await s.call('POST', `/api/v1/tasks/${app.instanceId}:answer-request/decision`, {
      token: TOKENS.caseworker,
      body: { decision: 'approve' },
    });
    expect(decide.status).toBe(410);
    const again = await s.call('POST', path, { token: TOKENS.dpo });
    expect(again.body).toMatchObject({ erasedNow: false, erasedAt: '2026-03-04T10:00:00.000Z' });
  });

  it('is for data protection officers only, and 404 for unknown applications', async () => {
    const app = await start(s, 'report-missed-bin');
    const path = `/api/v1/instances/${app.instanceId}/erasure`;
    expect((await s.call('POST', path, { token: app.token })).status).toBe(401);
    expect((await s.call('POST', path, { token: TOKENS.caseworker })).status).toBe(403);
    expect((await s.call('POST', path, { token: TOKENS.designer })).status).toBe(403);
    expect(
      (
        await s.call('POST', '/api/v1/instances/8f1c2b9e-4a3d-4e5f-9a7b-1c2d3e4f5a6b/erasure', {
          token: TOKENS.dpo,
        })
      ).status,
    ).toBe(404);
    expect((await s.call('GET', `/api/v1/instances/${app.instanceId}`, { token: app.token })).status).toBe(
      200,
    );
  });
});
