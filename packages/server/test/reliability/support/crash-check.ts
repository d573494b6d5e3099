import { expect } from 'vitest';
import { validateAgainst } from '../../../src/api/json-schema';
import { COMPONENTS } from '../../../src/api/schemas';
import { inParallel } from '../../../src/scheduler/in-parallel';
import type { Storage, StoredEvent } from '../../../src/storage/types';
import type { Chain } from './crash-burst';
import { CRASH_CHECK_ANSWERS, CRASH_JOURNEY } from './crash-journey';

export interface CrashTally {
  /** Applications whose start was acknowledged (each read back after the restart). */
  applications: number;
  /** Submissions acknowledged with a 2xx: each found in the history exactly once. */
  acknowledged: number;
  /** Submissions cut off by the kill: found stored (committed, reply lost) or not. */
  lostButStored: number;
  lostNotStored: number;
  /** Applications sent for a decision, whose deadline fell due while the server was down. */
  awaitingDecision: string[];
}

/** The history's record of a resident's submission: a page, or check your answers (sending it). */
const SUBMITTED: ReadonlySet<string> = new Set(['pageSubmitted', 'applicationSubmitted']);
const STEP_IDS = new Set(CRASH_JOURNEY.steps.map((s) => s.id));

function expectGapFree(events: StoredEvent[], id: string): void {
  expect(
    events.map((e) => e.seq),
    `history of ${id} is numbered 1, 2, 3… without gaps`,
  ).toEqual(events.map((_, i) => i + 1));
}

/** Reads one application back over HTTP: it must answer 200 with a view the API's schema accepts. */
async function expectReadable(baseUrl: string, chain: Chain): Promise<number> {
  const response = await fetch(`${baseUrl}/api/v1/instances/${chain.instanceId}`, {
    headers: { authorization: `Bearer ${chain.token}` },
  });
  const body = (await response.json()) as { instanceId: string; version: number; step: { id: string } };
  expect(response.status, `GET ${chain.instanceId} after the restart: ${JSON.stringify(body)}`).toBe(200);
  expect(validateAgainst(COMPONENTS.View!, body), `the view of ${chain.instanceId}`).toEqual([]);
  expect(body.instanceId).toBe(chain.instanceId);
  expect(STEP_IDS.has(body.step.id), `step ${body.step.id} is one of the journey's`).toBe(true);
  return body.version;
}

/**
 * After the restart: every acknowledged start is readable; every acknowledged submission is in the
 * history exactly once with its own marker stored; a submission the kill cut off is there at most
 * once; nothing else was added; histories are gap-free.
 */
export async function checkChains(storage: Storage, baseUrl: string, chains: Chain[]): Promise<CrashTally> {
  const tally: CrashTally = {
    applications: 0,
    acknowledged: 0,
    lostButStored: 0,
    lostNotStored: 0,
    awaitingDecision: [],
  };
  const started = chains.filter((c) => c.startOutcome === 'acknowledged' && c.instanceId);
  await inParallel(started, 32, async (chain) => {
    const id = chain.instanceId!;
    const viewVersion = await expectReadable(baseUrl, chain);
    const record = await storage.getInstance(id);
    expect(record, `acknowledged application ${id} is stored`).not.toBeNull();
    const events = await storage.listEvents(id);
    expectGapFree(events, id);
    const submitted = events.filter((e) => SUBMITTED.has(e.type)).map((e) => e.stepId);
    const acked = chain.submissions.filter((s) => s.outcome === 'acknowledged');
    const lost = chain.submissions.find((s) => s.outcome === 'lost');
    const unexpected = chain.submissions.filter((s) => typeof s.outcome === 'number');
    expect(unexpected, `submissions to ${id} refused while the server was up`).toEqual([]);
    const allowed = [acked.map((s) => s.stepId), [...acked, ...(lost ? [lost] : [])].map((s) => s.stepId)];
    expect(allowed, `history of ${id}: acknowledged ${JSON.stringify(allowed[0])}, stored`).toContainEqual(
      submitted,
    );
    const answers = (record!.snapshot as { answers: Record<string, unknown> }).answers;
    const stored = chain.submissions.slice(0, submitted.length);
    for (const s of stored) if (s.field) expect(answers[s.field], `${id} ${s.stepId}`).toBe(s.value);
    expect(record!.version, `${id}'s stored version`).toBeGreaterThanOrEqual(
      Math.max(viewVersion, ...acked.map((s) => s.version ?? 0)),
    );
    tally.applications++;
    tally.acknowledged += acked.length;
    if (lost) {
      if (submitted.length > acked.length) tally.lostButStored++;
      else tally.lostNotStored++;
    }
    if (submitted.includes(CRASH_CHECK_ANSWERS)) {
      expect(record!.status, `${id} was sent for a decision`).toBe('awaitingDecision');
      tally.awaitingDecision.push(id);
    }
  });
  return tally;
}

/** The `deadlinePassed` events of each application. */
export async function deadlineEvents(storage: Storage, ids: readonly string[]): Promise<Map<string, number>> {
  const counts = await inParallel(
    ids,
    32,
    async (id) => (await storage.listEvents(id)).filter((e) => e.type === 'deadlinePassed').length,
  );
  return new Map(ids.map((id, i) => [id, counts[i]!]));
}

/**
 * Waits (up to `timeoutMs`) until every application's deadline has fired, then checks each fired
 * exactly once and escalated its task.
 */
export async function expectDeadlinesFired(storage: Storage, ids: readonly string[], timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  let counts = await deadlineEvents(storage, ids);
  while ([...counts.values()].some((n) => n === 0) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250));
    counts = await deadlineEvents(storage, ids);
  }
  const wrong = [...counts].filter(([, n]) => n !== 1);
  expect(wrong, 'applications whose deadline did not fire exactly once: [id, times]').toEqual([]);
  for (const id of ids) {
    const task = await storage.getTask(id, 'review');
    expect(task?.escalated, `${id}'s task escalated when its deadline passed`).toBe(true);
  }
}
