import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type LocalServer, serveLocally } from '../connected/http/serve-local';
import { journeysFolder } from '../scheduler/testing/journeys';
import type { ServerOptions } from '../server';
import { createServer } from '../server';
import { openStorage } from '../storage/index';
import type { OutboxItem } from '../storage/types';
import { startTestServer, type TestServer } from '../testing/test-server';
import { createFakeNotify, type FakeNotify } from './fake-notify';
import { outputsJourney } from './testing/outputs-journey';
import { startWebhookReceiver, type WebhookReceiver } from './testing/webhook-receiver';

const SECRET = 'webhook-secret-for-tests';
const API_KEY = 'fingerpost_test-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0';
const TEMPLATE = 'f33517ff-2a88-4f6e-b855-c550268ce08a';

let receiver: WebhookReceiver;
let fake: FakeNotify;
const templates: Record<string, { placeholders: string[] }> = {
  [TEMPLATE]: { placeholders: ['name', 'reference'] },
};
let notify: LocalServer;
let journeys: ReturnType<typeof journeysFolder>;

beforeAll(async () => {
  receiver = await startWebhookReceiver(SECRET);
  fake = createFakeNotify({ apiKey: API_KEY, templates });
  notify = await serveLocally(fake.app.fetch);
  journeys = journeysFolder([outputsJourney(`${receiver.url}/hook`, TEMPLATE)]);
});
afterAll(async () => {
  await receiver.close();
  await notify.close();
  journeys.remove();
});
beforeEach(() => {
  receiver.received.length = 0;
  receiver.arrived = 0;
  receiver.answer();
  receiver.hang(false);
  fake.sent.length = 0;
});

function serverOptions(outbox: ServerOptions['outbox'], log: string[] = []): Partial<ServerOptions> {
  return {
    journeysDir: journeys.dir,
    notify: { apiKey: API_KEY, baseUrl: notify.url },
    outbox: outbox === false ? false : { env: { TEST_WEBHOOK_SECRET: SECRET }, random: () => 0, ...outbox },
    log: (line) => log.push(line),
  };
}

/** A resident sends a callback request through the API; resolves with its id and reference. */
async function sendRequest(s: TestServer, name = 'Rhiannon Price') {
  const started = await s.call('POST', '/api/v1/journeys/request-a-callback/instances', { body: {} });
  const token = started.body.resumeToken as string;
  const id = started.body.instanceId as string;
  const details = await s.call('POST', `/api/v1/instances/${id}/steps/details`, {
    token,
    body: { answers: { fullName: name, emailAddress: 'rhiannon@example.com' } },
  });
  expect(details.status).toBe(200);
  const sent = await s.call('POST', `/api/v1/instances/${id}/steps/check-answers`, { token, body: {} });
  expect(sent.body.status).toBe('completed');
  return { id, reference: sent.body.reference as string };
}

const itemOf = async (s: TestServer, id: string, kind: OutboxItem['kind']) =>
  (await s.runtime.storage.listOutbox(id)).find((item) => item.kind === kind)!;

describe('the outbox worker, driven step by step', () => {
  const log: string[] = [];
  let s: TestServer;
  beforeAll(async () => {
    // The loop polls rarely: these tests run it with runOnce and move the clock themselves.
    s = await startTestServer({ overrides: serverOptions({ intervalMs: 600_000, maxAttempts: 4 }, log) });
  });
  afterAll(() => s.stop());

  it('delivers a webhook exactly once after two failures, 30 s then 60 s apart; the email at once', async () => {
    receiver.answer(500, 502);
    const { id, reference } = await sendRequest(s);
    expect(await s.workers.outbox!.runOnce()).toEqual({ claimed: 2, delivered: 1, retrying: 1, failed: 0 });
    expect(fake.sent).toEqual([
      {
        id: expect.any(String),
        templateId: TEMPLATE,
        emailAddress: 'rhiannon@example.com',
        personalisation: { reference, name: 'Rhiannon Price' },
        reference,
      },
    ]);
    const hook = await itemOf(s, id, 'webhook');
    expect(hook).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: `${receiver.url} answered 500: try later`,
    });
    expect(Date.parse(hook.nextAttemptAt) - s.clock().getTime()).toBe(30_000);

    s.clock.advance(29_999);
    expect((await s.workers.outbox!.runOnce()).claimed).toBe(0);
    s.clock.advance(1);
    expect(await s.workers.outbox!.runOnce()).toMatchObject({ claimed: 1, retrying: 1 });
    expect(Date.parse((await itemOf(s, id, 'webhook')).nextAttemptAt) - s.clock().getTime()).toBe(60_000);
    s.clock.advance(60_000);
    expect(await s.workers.outbox!.runOnce()).toMatchObject({ claimed: 1, delivered: 1 });

    expect(receiver.received.map((r) => r.status)).toEqual([500, 502, 200]);
    expect(receiver.received.every((r) => r.signatureValid && r.deliveryId === hook.id)).toBe(true);
    expect(new Set(receiver.received.map((r) => r.raw)).size).toBe(1);
    expect(receiver.accepted()).toHaveLength(1);
    expect(JSON.parse(receiver.received[2]!.raw)).toEqual({
      event: 'submitted',
      journey: { id: 'request-a-callback', version: '1.0.0' },
      instanceId: id,
      reference,
      outcome: 'submitted',
      at: '2026-03-04T10:00:00.000Z',
      answers: { fullName: 'Rhiannon Price', emailAddress: 'rhiannon@example.com' },
    });
    expect(await itemOf(s, id, 'webhook')).toMatchObject({
      status: 'delivered',
      attempts: 3,
      deliveredAt: s.clock().toISOString(),
    });
    expect(await itemOf(s, id, 'email')).toMatchObject({ status: 'delivered', attempts: 1 });

    s.clock.advance(86_400_000);
    expect((await s.workers.outbox!.runOnce()).claimed).toBe(0);
    expect(receiver.received).toHaveLength(3);
  });

  it('gives up after the last attempt, or at once when Notify refuses for good, and logs it', async () => {
    receiver.answer(500, 500, 500, 500, 500);
    delete templates[TEMPLATE]; // the template was deleted in Notify
    try {
      const { id } = await sendRequest(s);
      expect(await s.workers.outbox!.runOnce()).toEqual({ claimed: 2, delivered: 0, retrying: 1, failed: 1 });
      expect(await itemOf(s, id, 'email')).toMatchObject({
        status: 'failed',
        attempts: 1,
        lastError: 'GOV.UK Notify answered 400: BadRequestError: Template not found',
      });
      for (const wait of [30_000, 60_000]) {
        s.clock.advance(wait);
        expect(await s.workers.outbox!.runOnce()).toMatchObject({ claimed: 1, retrying: 1 });
      }
      s.clock.advance(120_000);
      expect(await s.workers.outbox!.runOnce()).toMatchObject({ claimed: 1, failed: 1 });
      const hook = await itemOf(s, id, 'webhook');
      expect(hook).toMatchObject({ status: 'failed', attempts: 4, deliveredAt: null });

      s.clock.advance(86_400_000);
      expect((await s.workers.outbox!.runOnce()).claimed).toBe(0);
      expect(receiver.received).toHaveLength(4);
      expect(log).toContain(
        `fingerpost: gave up delivering the webhook output "case-system" of application ${id} (outbox item ${hook.id}) after 4 attempts: ${receiver.url} answered 500: try later`,
      );
      expect(
        log.filter(
          (line) => line.includes('email output "confirmation"') && line.includes('after 1 attempt:'),
        ),
      ).toHaveLength(1);
    } finally {
      templates[TEMPLATE] = { placeholders: ['name', 'reference'] };
    }
  });
});

describe('the outbox worker in the background', () => {
  it('says at start-up which outputs cannot be delivered as configured', async () => {
    const log: string[] = [];
    const s = await startTestServer({
      overrides: { ...serverOptions({ intervalMs: 600_000, env: {} }, log), notify: null },
    });
    try {
      await expect.poll(() => log.filter((line) => line.includes('request-a-callback')).length).toBe(2);
      expect(log.join('\n')).toContain('GOV.UK Notify is not configured');
      expect(log.join('\n')).toContain('TEST_WEBHOOK_SECRET, which is not set');
    } finally {
      await s.stop();
    }
  });

  it('delivers without being asked, moments after the submission', async () => {
    const s = await startTestServer({ overrides: serverOptions({ intervalMs: 10 }) });
    try {
      const { id } = await sendRequest(s);
      await expect
        .poll(async () => (await s.runtime.storage.listOutbox(id)).map((item) => item.status), {
          timeout: 10_000,
        })
        .toEqual(['delivered', 'delivered']);
      expect(receiver.accepted()).toHaveLength(1);
      expect(fake.sent).toHaveLength(1);
    } finally {
      await s.stop();
    }
  });

  it('stops a delivery in flight on close(), and the next start delivers it', async () => {
    receiver.hang(true);
    const s = await startTestServer({ overrides: serverOptions({ intervalMs: 10, timeoutMs: 30_000 }) });
    try {
      const { id } = await sendRequest(s);
      await expect.poll(() => receiver.arrived, { timeout: 10_000 }).toBe(1);
      const closing = Date.now();
      await s.close();
      expect(Date.now() - closing, 'close() does not wait out the 30 s timeout').toBeLessThan(5_000);

      const file = `sqlite:${join(s.dir, 'test.db')}`;
      const stored = openStorage(file);
      const interrupted = (await stored.listOutbox(id)).find((item) => item.kind === 'webhook');
      await stored.close();
      expect(interrupted).toMatchObject({
        status: 'pending',
        attempts: 1,
        lastError: `${receiver.url}: interrupted: the server is stopping`,
        nextAttemptAt: s.clock().toISOString(),
      });

      receiver.hang(false);
      const again = await createServer({
        ...serverOptions({ intervalMs: 10 }),
        storage: openStorage(file),
        clock: s.clock,
        port: 0,
        tokens: {},
      });
      try {
        await expect
          .poll(async () => (await again.runtime.storage.listOutbox(id)).map((item) => item.status), {
            timeout: 10_000,
          })
          .toEqual(['delivered', 'delivered']);
        expect(receiver.accepted().map((r) => r.deliveryId)).toEqual([interrupted?.id]);
      } finally {
        await again.close();
      }
    } finally {
      await s.stop();
    }
  });
});
