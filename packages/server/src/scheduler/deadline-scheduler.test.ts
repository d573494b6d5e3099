import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime } from '../runtime/runtime';
import { createServer } from '../server';
import { openStorage } from '../storage/index';
import type { Storage } from '../storage/types';
import { startTestServer, type TestServer } from '../testing/test-server';
import { fireDeadline } from './fire-deadline';
import { journeysFolder, QUICK_DECISION } from './testing/journeys';

const DUTY_OFFICER = { kind: 'caseworker' as const, id: 'cw-9', roles: ['duty-officer'] };
const journeys = journeysFolder([QUICK_DECISION]);
let s: TestServer;

beforeAll(async () => {
  // The loop polls rarely here: each test drives the scheduler with runOnce and the test clock.
  s = await startTestServer({ overrides: { journeysDir: journeys.dir, deadlines: { intervalMs: 60_000 } } });
});
afterAll(async () => {
  await s.stop();
  journeys.remove();
});

async function startRequest(server: TestServer = s): Promise<string> {
  const r = await server.call('POST', '/api/v1/journeys/quick-decision/instances', { body: {} });
  expect(r.status).toBe(201);
  expect(r.body.view.status).toBe('awaitingDecision');
  return r.body.instanceId;
}

async function deadlineEvents(storage: Storage, instanceId: string) {
  return (await storage.listEvents(instanceId)).filter((e) => e.type === 'deadlinePassed');
}

describe('the deadline scheduler on SQLite', () => {
  it('fires each due deadline once, and leaves those decided in time or not yet due', async () => {
    const ids = [await startRequest(), await startRequest(), await startRequest(), await startRequest()];
    const decidedInTime = ids[3]!;
    await s.runtime.cases.decide(DUTY_OFFICER, `${decidedInTime}:review`, { decision: 'reject' });
    s.clock.advance(500);
    expect((await s.workers.deadlines!.runOnce()).claimed).toBe(0);

    s.clock.advance(1_000);
    expect(await s.workers.deadlines!.runOnce()).toEqual({
      claimed: 3,
      fired: 3,
      settled: 0,
      notDue: 0,
      failed: 0,
    });
    for (const id of ids.slice(0, 3)) {
      expect(await s.runtime.storage.getInstance(id)).toMatchObject({
        status: 'completed',
        outcome: 'approved',
      });
      const fired = await deadlineEvents(s.runtime.storage, id);
      expect(fired).toHaveLength(1);
      expect(fired[0]).toMatchObject({
        actorKind: 'system',
        data: { action: 'decide', decision: 'approve' },
      });
      expect(await s.runtime.storage.getTask(id, 'review')).toMatchObject({ status: 'approved' });
    }
    expect(await s.runtime.storage.getInstance(decidedInTime)).toMatchObject({ outcome: 'rejected' });
    expect(await deadlineEvents(s.runtime.storage, decidedInTime)).toHaveLength(0);

    s.clock.advance(3_600_000);
    expect((await s.workers.deadlines!.runOnce()).claimed).toBe(0);
  });

  it('refuses a deadline that is not due by its own clock, changing nothing until it is', async () => {
    const id = await startRequest();
    const before = await s.runtime.storage.getInstance(id);
    const outcome = await fireDeadline(s.runtime.instances, {
      instanceId: id,
      taskId: 'review',
      dueAt: new Date(s.clock().getTime() + 1_000).toISOString(),
    });
    expect(outcome).toEqual({ kind: 'not-due' });
    expect((await s.runtime.storage.getInstance(id))?.version).toBe(before?.version);
    s.clock.advance(1_000);
    expect((await s.workers.deadlines!.runOnce()).fired).toBe(1);
    expect(await deadlineEvents(s.runtime.storage, id)).toHaveLength(1);
  });

  describe('beside another process on the same database file', () => {
    let other: ReturnType<typeof createRuntime>;
    beforeAll(async () => {
      const storage = openStorage(`sqlite:${join(s.dir, 'test.db')}`);
      await storage.migrate();
      other = createRuntime({ storage, clock: s.clock });
    });
    afterAll(() => other.storage.close());

    it('treats a deadline the other process fired first as done', async () => {
      const id = await startRequest();
      await other.instances.view(id, { kind: 'system' }); // the other process holds it in memory
      s.clock.advance(1_500);
      expect((await s.workers.deadlines!.runOnce()).fired).toBe(1);
      const late = await fireDeadline(other.instances, { instanceId: id, taskId: 'review', dueAt: '' });
      expect(late).toEqual({ kind: 'settled', code: 'journey.completed' });
      expect(await deadlineEvents(s.runtime.storage, id)).toHaveLength(1);
    });

    it('fires on a fresh read when its copy of the application is out of date', async () => {
      const id = await startRequest();
      await other.instances.view(id, { kind: 'system' });
      // This process changes the application (feedback), so the other's copy is one version behind.
      await s.runtime.instances.act(
        id,
        { kind: 'system' },
        { type: 'feedback', input: { kind: 'pageUseful' } },
      );
      s.clock.advance(1_500);
      const outcome = await fireDeadline(other.instances, { instanceId: id, taskId: 'review', dueAt: '' });
      expect(outcome).toEqual({ kind: 'fired' });
      const events = (await s.runtime.storage.listEvents(id)).map((e) => e.type);
      expect(events.filter((type) => type === 'deadlinePassed')).toHaveLength(1);
      expect(events.indexOf('feedbackGiven')).toBeLessThan(events.indexOf('deadlinePassed'));
      expect((await s.workers.deadlines!.runOnce()).claimed).toBe(0);
    });
  });
});

describe('after a restart', () => {
  it('fires deadlines that fell due while no server was running, on start-up', async () => {
    const first = await startTestServer({
      overrides: { journeysDir: journeys.dir, deadlines: false, outbox: false },
    });
    const ids = [await startRequest(first), await startRequest(first)];
    await first.close();

    const storage = openStorage(`sqlite:${join(first.dir, 'test.db')}`);
    const clock = first.clock;
    clock.advance(86_400_000); // a day later
    const second = await createServer({
      storage,
      clock,
      journeysDir: journeys.dir,
      port: 0,
      log: () => {},
      tokens: {},
      deadlines: { intervalMs: 10 },
      outbox: false,
    });
    try {
      await expect
        .poll(
          async () => (await Promise.all(ids.map((id) => storage.getInstance(id)))).map((r) => r?.outcome),
          {
            timeout: 10_000,
            interval: 20,
          },
        )
        .toEqual(['approved', 'approved']);
      for (const id of ids) expect(await deadlineEvents(storage, id)).toHaveLength(1);
      // A commit is readable a moment before its fsync acknowledges it (and the scheduler counts it).
      await expect
        .poll(() => second.workers.deadlines?.counts(), { timeout: 5_000, interval: 10 })
        .toMatchObject({ fired: 2, failed: 0 });
    } finally {
      await second.close();
      await first.stop().catch(() => {});
    }
  });
});
