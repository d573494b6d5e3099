import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foiAwaitingDecision, submit } from '../testing/flows';
import { startTestServer, type TestServer, TOKENS } from '../testing/test-server';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ journeys: ['foi-request', 'report-missed-bin'] });
});
afterAll(() => s.stop());

const cw = TOKENS.caseworker;

describe('the task queue', () => {
  it('lists tasks with filters (journey, status, role, overdue) and pagination', async () => {
    const apps = [await foiAwaitingDecision(s), await foiAwaitingDecision(s), await foiAwaitingDecision(s)];
    const all = await s.call('GET', '/api/v1/tasks?journey=foi-request&status=open', { token: cw });
    expect(all.status).toBe(200);
    expect(all.body.total).toBeGreaterThanOrEqual(3);
    const mine = all.body.items.find((t: { instanceId: string }) => t.instanceId === apps[0]!.instanceId);
    expect(mine).toMatchObject({
      id: `${apps[0]!.instanceId}:answer-request`,
      taskId: 'answer-request',
      journeyId: 'foi-request',
      status: 'open',
      roles: ['foi-officer'],
      overdue: false,
      canDecide: true,
    });
    expect(mine.dueAt).toBe('2026-04-01T23:00:00.000Z');
    const page = await s.call('GET', '/api/v1/tasks?journey=foi-request&limit=2&offset=1', { token: cw });
    expect(page.body).toMatchObject({ limit: 2, offset: 1, total: all.body.total });
    expect(page.body.items).toHaveLength(2);
    const byRole = await s.call('GET', '/api/v1/tasks?role=travel-officer', { token: cw });
    expect(byRole.body.items).toEqual([]);
    expect((await s.call('GET', '/api/v1/tasks?journey=report-missed-bin', { token: cw })).body.total).toBe(
      0,
    );
    expect((await s.call('GET', '/api/v1/tasks?overdue=true', { token: cw })).body.total).toBe(0);
    s.clock.set('2026-04-02T09:00:00.000Z');
    const overdue = await s.call('GET', '/api/v1/tasks?overdue=true&journey=foi-request', { token: cw });
    expect(overdue.body.total).toBe(all.body.total);
    expect(overdue.body.items[0].overdue).toBe(true);
    s.clock.set('2026-03-04T10:00:00.000Z');
  });

  it('refuses bad filters with 400, and non-caseworkers with 401 or 403', async () => {
    expect((await s.call('GET', '/api/v1/tasks?status=lost', { token: cw })).status).toBe(400);
    expect((await s.call('GET', '/api/v1/tasks?limit=0', { token: cw })).status).toBe(400);
    expect((await s.call('GET', '/api/v1/tasks?overdue=maybe', { token: cw })).status).toBe(400);
    expect((await s.call('GET', '/api/v1/tasks')).status).toBe(401);
    expect((await s.call('GET', '/api/v1/tasks', { token: 'not-a-real-token' })).status).toBe(401);
    expect((await s.call('GET', '/api/v1/tasks', { token: TOKENS.designer })).status).toBe(403);
  });
});

describe('decisions', () => {
  it('approves: the application completes and the resident sees the outcome', async () => {
    const app = await foiAwaitingDecision(s);
    const r = await s.call('POST', `/api/v1/tasks/${app.instanceId}:answer-request/decision`, {
      token: cw,
      body: { decision: 'approve', comment: 'Figures sent by email' },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      task: { status: 'approved', canDecide: false },
      instance: { id: app.instanceId, status: 'completed', outcome: 'approved' },
    });
    const view = await s.call('GET', `/api/v1/instances/${app.instanceId}`, { token: app.token });
    expect(view.body).toMatchObject({
      status: 'completed',
      outcome: { kind: 'approved' },
      step: { id: 'information-released' },
    });
    const again = await s.call('POST', `/api/v1/tasks/${app.instanceId}:answer-request/decision`, {
      token: cw,
      body: { decision: 'reject' },
    });
    expect(again.status).toBe(409);
  });

  it('asks for more information: the resident revisits the named page and resubmits, the task reopens', async () => {
    const app = await foiAwaitingDecision(s);
    const noPages = await s.call('POST', `/api/v1/tasks/${app.instanceId}:answer-request/decision`, {
      token: cw,
      body: { decision: 'requestMoreInformation', comment: 'Which years?' },
    });
    expect(noPages.status).toBe(422);
    expect(noPages.body.code).toBe('task.invalid-pages');
    const asked = await s.call('POST', `/api/v1/tasks/${app.instanceId}:answer-request/decision`, {
      token: cw,
      body: { decision: 'requestMoreInformation', comment: 'Which years?', pages: ['information-wanted'] },
    });
    expect(asked.status).toBe(200);
    expect(asked.body.task.status).toBe('waitingForResident');
    const view = await s.call('GET', `/api/v1/instances/${app.instanceId}`, { token: app.token });
    expect(view.body).toMatchObject({
      status: 'moreInformationRequested',
      moreInformation: { comment: 'Which years?', pages: ['information-wanted'] },
    });
    expect(view.body.step.id).toBe('information-wanted');
    const back = await submit(s, app, 'information-wanted', {
      informationWanted: 'Spending on agency social workers, 2023 to 2025',
    });
    expect(back.step.id).toBe('check-answers');
    const resent = await submit(s, app, 'check-answers');
    expect(resent.status).toBe('awaitingDecision');
    expect((await s.runtime.storage.getTask(app.instanceId, 'answer-request'))?.status).toBe('open');
  });

  it("refuses a caseworker without the task's role (403), unknown tasks (404) and bad decisions (422)", async () => {
    const app = await foiAwaitingDecision(s);
    const path = `/api/v1/tasks/${app.instanceId}:answer-request/decision`;
    const other = await s.call('POST', path, {
      token: TOKENS.otherCaseworker,
      body: { decision: 'approve' },
    });
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('task.wrong-role');
    const asRole = await s.call('POST', path, {
      token: cw,
      body: { decision: 'approve', role: 'travel-officer' },
    });
    expect(asRole.status).toBe(403);
    expect((await s.call('POST', path, { token: cw, body: { decision: 'maybe' } })).status).toBe(422);
    expect((await s.call('POST', path, { token: cw, body: {} })).status).toBe(422);
    const unknownTask = `/api/v1/tasks/${app.instanceId}:no-such-task/decision`;
    expect((await s.call('POST', unknownTask, { token: cw, body: { decision: 'approve' } })).status).toBe(
      404,
    );
    expect(
      (
        await s.call('POST', '/api/v1/tasks/not-a-task/decision', {
          token: cw,
          body: { decision: 'approve' },
        })
      ).status,
    ).toBe(404);
    const stale = await s.call('POST', path, { token: cw, body: { decision: 'approve', version: 1 } });
    expect(stale.status).toBe(409);
    expect(
      (await s.call('POST', path, { token: TOKENS.designer, body: { decision: 'approve' } })).status,
    ).toBe(403);
    expect((await s.call('POST', path, { token: app.token, body: { decision: 'approve' } })).status).toBe(
      401,
    );
  });
});

describe('the case view', () => {
  it('shows the answers, the history and the decisions the caseworker may make', async () => {
    const app = await foiAwaitingDecision(s);
    const r = await s.call('GET', `/api/v1/cases/${app.instanceId}`, { token: cw });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      instanceId: app.instanceId,
      journey: { id: 'foi-request', version: '1.0.0' },
      status: 'awaitingDecision',
      answers: { fullName: 'Gareth Lewis', emailAddress: 'gareth.lewis@example.com' },
      files: [],
    });
    expect(r.body.view.tasks[0].allowedDecisions).toEqual(['approve', 'reject', 'requestMoreInformation']);
    expect(r.body.history.map((e: { type: string }) => e.type)).toContain('tasksOpened');
    expect(r.body.history[0]).toMatchObject({ seq: 1, type: 'started', instanceId: app.instanceId });
  });

  it('is closed to a caseworker whose roles do not work on the journey (403) and to unknown ids (404)', async () => {
    const app = await foiAwaitingDecision(s);
    expect(
      (await s.call('GET', `/api/v1/cases/${app.instanceId}`, { token: TOKENS.otherCaseworker })).status,
    ).toBe(403);
    expect((await s.call('GET', `/api/v1/cases/${app.instanceId}`, { token: TOKENS.dpo })).status).toBe(200);
    expect(
      (await s.call('GET', '/api/v1/cases/8f1c2b9e-4a3d-4e5f-9a7b-1c2d3e4f5a6b', { token: cw })).status,
    ).toBe(404);
    expect(
      (
        await s.call('GET', `/api/v1/cases/${app.instanceId}/files/8f1c2b9e-4a3d-4e5f-9a7b-1c2d3e4f5a6b`, {
          token: cw,
        })
      ).status,
    ).toBe(404);
  });
});
