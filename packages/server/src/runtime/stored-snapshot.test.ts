import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type JourneySnapshot, restoreJourney, startJourney } from '@fingerpost/core';
import type { Journey } from '@fingerpost/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredEvent } from '../storage/types';
import { foiAwaitingDecision, start, submit } from '../testing/flows';
import { EXAMPLES, startTestServer, type TestServer, TOKENS } from '../testing/test-server';
import { eventsOfAction, validationFailedEvent } from './persisted-events';
import { createRuntime } from './runtime';
import { fullSnapshot, historyFromEvents } from './stored-snapshot';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ journeys: ['foi-request', 'report-missed-bin'] });
});
afterAll(() => s.stop());

/** The application as a runtime that has never seen it restores it: from storage alone. */
async function coldView(instanceId: string, token: string) {
  const cold = createRuntime({ storage: s.runtime.storage, clock: s.clock });
  return cold.instances.view(instanceId, { kind: 'resident', token });
}

async function hotView(instanceId: string, token: string) {
  return s.runtime.instances.view(instanceId, { kind: 'resident', token });
}

describe('stored snapshots', () => {
  it('keep neither the history nor a second copy of the answers', async () => {
    const app = await start(s, 'report-missed-bin');
    await submit(s, app, 'which-bin', { binType: 'rubbish' });
    const record = await s.runtime.storage.getInstance(app.instanceId);
    const snapshot = record?.snapshot as {
      history: unknown[];
      answers: unknown;
      machine: { context: Record<string, unknown> };
    };
    expect(snapshot.history).toEqual([]);
    expect(snapshot.answers).toEqual({ binType: 'rubbish' });
    expect(snapshot.machine.context).not.toHaveProperty('answers');
  });

  it('written by an earlier version (format 1) still restore to the application the hot run holds', async () => {
    const app = await foiAwaitingDecision(s);
    const record = await s.runtime.storage.getInstance(app.instanceId);
    const now = record?.snapshot as JourneySnapshot;
    expect(now.format).toBe('fingerpost.snapshot/3');
    // What rows held before format 2: format 1, XState's own empty fields, no history.
    const formatOne = {
      ...now,
      format: 'fingerpost.snapshot/1',
      machine: { ...now.machine, historyValue: {}, children: {} },
    } as unknown as JourneySnapshot;
    const journey = JSON.parse(readFileSync(join(EXAMPLES, 'foi-request/journey.json'), 'utf8')) as Journey;
    const snapshot = await fullSnapshot(formatOne, () => s.runtime.storage.listEvents(app.instanceId));
    const restored = restoreJourney(journey, snapshot, { clock: s.clock });
    if (!restored.ok) throw new Error(restored.error.message);
    const { version: _version, ...hot } = await hotView(app.instanceId, app.token);
    expect(restored.run.view()).toEqual(hot);
  });

  it('restore to exactly the application the hot run holds, through a whole FOI request and its decisions', async () => {
    const app = await foiAwaitingDecision(s);
    const same = async () =>
      expect(await coldView(app.instanceId, app.token)).toEqual(await hotView(app.instanceId, app.token));
    await same();
    await s.call('POST', `/api/v1/tasks/${app.instanceId}:answer-request/decision`, {
      token: TOKENS.caseworker,
      body: { decision: 'requestMoreInformation', comment: 'Which years?', pages: ['information-wanted'] },
    });
    await same();
    const refused = await s.call('POST', `/api/v1/instances/${app.instanceId}/steps/information-wanted`, {
      token: app.token,
      body: { answers: {} },
    });
    expect(refused.status).toBe(422);
    await same();
    await submit(s, app, 'information-wanted', { informationWanted: '2023 to 2025' });
    await submit(s, app, 'check-answers');
    await s.call('POST', `/api/v1/instances/${app.instanceId}/feedback`, {
      token: app.token,
      body: { kind: 'pageUseful' },
    });
    await same();
    await s.call('POST', `/api/v1/tasks/${app.instanceId}:answer-request/decision`, {
      token: TOKENS.caseworker,
      body: { decision: 'reject', comment: 'Exempt' },
    });
    const cold = await coldView(app.instanceId, app.token);
    expect(cold).toEqual(await hotView(app.instanceId, app.token));
    expect(cold).toMatchObject({ status: 'completed', outcome: { kind: 'rejected' } });
  });
});

it('rebuilds the engine history from stored events exactly, leaving out the server’s own events', () => {
  const journey = JSON.parse(
    readFileSync(join(EXAMPLES, 'report-missed-bin/journey.json'), 'utf8'),
  ) as Journey;
  const clock = () => new Date('2026-03-04T10:00:00.000Z');
  const run = startJourney(journey, { clock, instanceId: 'i', reference: 'MB-0000-0000' });
  const stored: StoredEvent[] = [];
  const keep = (from: number, extra: ReturnType<typeof validationFailedEvent>[] = []) => {
    for (const e of eventsOfAction(run.history(), from, run.view().step.id, extra))
      stored.push({ ...e, seq: stored.length + 1, instanceId: 'i', journeyId: journey.id });
  };
  keep(0);
  const steps: Array<[string, Record<string, unknown>]> = [
    ['which-bin', { binType: 'rubbish' }],
    ['collection-date', { collectionDate: '2026-03-03' }],
    ['bin-out-in-time', { binOutInTime: false }],
    ['tag-left', { tagLeft: false }],
  ];
  for (const [stepId, answers] of steps) {
    const before = run.history().length;
    const refused = run.submit(stepId, {});
    expect(refused.ok).toBe(false);
    keep(before, [validationFailedEvent(stepId, [], '2026-03-04T10:00:00.000Z', '1.0.0')]);
    const at = run.history().length;
    expect(run.submit(stepId, answers).ok).toBe(true);
    keep(at);
  }
  run.feedback({ kind: 'satisfaction', rating: 5, comment: 'Quick' });
  keep(run.history().length - 1);
  expect(run.view().outcome?.kind).toBe('ineligible');
  expect(historyFromEvents(stored)).toEqual(run.history());
});
