import { createHash } from 'node:crypto';
import type { Storage } from '../../../src/storage/types';
import {
  busPassToCompanions,
  foiAwaitingDecision,
  missedBinToCheckAnswers,
  type Started,
  start,
  submit,
} from '../../../src/testing/flows';
import type { TestServer } from '../../../src/testing/test-server';

/** Applications of other residents: an attacker may know their ids, never their tokens. */
export interface Bystanders {
  apps: Started[];
  /** A file one of them uploaded. */
  fileId: string;
}

async function upload(s: TestServer, app: Started, text: string): Promise<string> {
  const r = await fetch(`${s.url}/api/v1/instances/${app.instanceId}/files?name=evidence.txt`, {
    method: 'POST',
    headers: { authorization: `Bearer ${app.token}`, 'content-type': 'text/plain' },
    body: text,
  });
  if (r.status !== 201) throw new Error(`upload failed: ${r.status} ${await r.text()}`);
  return ((await r.json()) as { id: string }).id;
}

/** One of each kind of application: in progress, on check your answers, awaiting a decision, on a list page, sent. */
export async function makeBystanders(s: TestServer): Promise<Bystanders> {
  const inProgress = await start(s, 'report-missed-bin');
  await submit(s, inProgress, 'which-bin', { binType: 'food-waste' });
  const checking = await missedBinToCheckAnswers(s);
  const awaiting = await foiAwaitingDecision(s);
  const listing = await busPassToCompanions(s);
  const sent = await missedBinToCheckAnswers(s);
  await submit(s, sent, 'check-answers');
  const fileId = await upload(s, listing, 'a bystander’s evidence');
  return { apps: [inProgress, checking, awaiting, listing, sent], fileId };
}

/**
 * Everything stored about the bystanders, part by part: the application rows (version, snapshot,
 * status…), their histories, tasks, outbox items (what they send, not how delivery is going: the
 * outbox worker retries on its own) and the file's bytes.
 */
export async function bystanderState(storage: Storage, b: Bystanders): Promise<Record<string, string>> {
  const parts: Record<string, string> = {};
  for (const [i, app] of b.apps.entries()) {
    const outbox = (await storage.listOutbox(app.instanceId)).map(
      ({ id, kind, outputId, payload, createdAt }) => ({
        id,
        kind,
        outputId,
        payload,
        createdAt,
      }),
    );
    parts[`application ${i}`] = JSON.stringify(await storage.getInstance(app.instanceId));
    parts[`history ${i}`] = JSON.stringify(await storage.listEvents(app.instanceId));
    parts[`task ${i}`] = JSON.stringify(await storage.getTask(app.instanceId, 'answer-request'));
    parts[`outbox ${i}`] = JSON.stringify(outbox);
  }
  const file = await storage.getFile(b.fileId);
  parts.file = JSON.stringify([
    file?.record,
    file ? createHash('sha256').update(file.content).digest('hex') : null,
  ]);
  return parts;
}

/** The parts of two states that differ, with both versions (empty when none do). */
export function changedParts(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after })
    .filter((key) => before[key] !== after[key])
    .map((key) => `${key}: was ${before[key]?.slice(0, 400)} now ${after[key]?.slice(0, 400)}`);
}

/** Feedback stored against the bystanders (kept apart: reading it is slower as the fuzzer adds its own). */
export async function bystanderFeedback(storage: Storage, b: Bystanders): Promise<string> {
  const ids = new Set(b.apps.map((a) => a.instanceId));
  const journeys = ['report-missed-bin', 'foi-request', 'older-persons-bus-pass'];
  const all = (await Promise.all(journeys.map((j) => storage.listFeedback(j)))).flat();
  return JSON.stringify(all.filter((f) => f.instanceId !== null && ids.has(f.instanceId)));
}
