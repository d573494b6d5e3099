import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxItem } from '../storage/types';
import { signWebhookBody, verifyWebhookSignature } from './signature';
import { startWebhookReceiver, type WebhookReceiver } from './testing/webhook-receiver';
import { deliverWebhook, type WebhookDeps } from './webhook';

const SECRET = 'a-shared-secret-of-the-council';
let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startWebhookReceiver(SECRET);
});
afterAll(() => receiver.close());
beforeEach(() => {
  receiver.received.length = 0;
  receiver.answer();
  receiver.hang(false);
});

const body = {
  event: 'submitted',
  reference: 'MB-7K3D-9Q2F',
  answers: { name: 'Siân Ŵyn', note: '£5 "quoted"' },
};

function item(payload: unknown): OutboxItem {
  return {
    id: '5f0c3c1e-8a57-4c8b-9d62-3f1f8f0b6a11',
    instanceId: '0b9f0b9a-4f4e-4d2c-9f8e-1a2b3c4d5e6f',
    kind: 'webhook',
    outputId: 'case-system',
    payload,
    createdAt: '2026-03-04T10:00:00.000Z',
    status: 'pending',
    attempts: 0,
    nextAttemptAt: '2026-03-04T10:00:00.000Z',
    lastError: null,
    deliveredAt: null,
  };
}

const deps = (overrides: Partial<WebhookDeps> = {}): WebhookDeps => ({
  fetch,
  env: { CASE_SYSTEM_SECRET: SECRET },
  timeoutMs: 2_000,
  signal: new AbortController().signal,
  ...overrides,
});

describe('deliverWebhook', () => {
  it('POSTs the body as JSON, signed with HMAC-SHA256 of the raw bytes, with the delivery id', async () => {
    const result = await deliverWebhook(
      item({ url: `${receiver.url}/hook`, secretEnv: 'CASE_SYSTEM_SECRET', body }),
      deps(),
    );
    expect(result).toEqual({ ok: true });
    expect(receiver.received).toHaveLength(1);
    const got = receiver.received[0]!;
    expect(got.signatureValid).toBe(true);
    expect(got.signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(got.deliveryId).toBe('5f0c3c1e-8a57-4c8b-9d62-3f1f8f0b6a11');
    expect(got.contentType).toBe('application/json');
    expect(JSON.parse(got.raw)).toEqual(body);
  });

  it('sends unsigned when the journey names no secret', async () => {
    const result = await deliverWebhook(item({ url: `${receiver.url}/hook`, secretEnv: null, body }), deps());
    expect(result).toEqual({ ok: true });
    expect(receiver.received[0]?.signature).toBeNull();
  });

  it('sends nothing when the named secret is not set, and says which variable is missing', async () => {
    const result = await deliverWebhook(
      item({ url: `${receiver.url}/hook`, secretEnv: 'CASE_SYSTEM_SECRET', body }),
      deps({ env: {} }),
    );
    expect(result).toEqual({
      ok: false,
      permanent: false,
      error: 'the signing secret CASE_SYSTEM_SECRET is not set in the environment',
    });
    expect(receiver.received).toHaveLength(0);
  });

  it('fails, to retry, on an answer other than 2xx, naming the status and what the receiver said', async () => {
    receiver.answer(503);
    const result = await deliverWebhook(item({ url: `${receiver.url}/hook`, secretEnv: null, body }), deps());
    expect(result).toEqual({ ok: false, permanent: false, error: `${receiver.url} answered 503: try later` });
  });

  it('gives up waiting after the timeout', async () => {
    receiver.hang(true);
    const started = Date.now();
    const result = await deliverWebhook(
      item({ url: `${receiver.url}/hook`, secretEnv: null, body }),
      deps({ timeoutMs: 200 }),
    );
    expect(result).toEqual({ ok: false, permanent: false, error: `${receiver.url}: timed out` });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('fails for good on a payload that can never be sent', async () => {
    expect(await deliverWebhook(item(null), deps())).toMatchObject({ ok: false, permanent: true });
    expect(
      await deliverWebhook(item({ url: 'file:///etc/passwd', secretEnv: null, body }), deps()),
    ).toMatchObject({ ok: false, permanent: true });
    expect(receiver.received).toHaveLength(0);
  });

  it('fails, to retry, when nothing listens at the address', async () => {
    const closed = await startWebhookReceiver(SECRET);
    await closed.close();
    const result = await deliverWebhook(item({ url: `${closed.url}/hook`, secretEnv: null, body }), deps());
    expect(result).toMatchObject({ ok: false, permanent: false });
  });
});

describe('verifyWebhookSignature (for receivers)', () => {
  const raw = JSON.stringify(body);
  it('accepts the signature of the exact body with the right secret', () => {
    expect(verifyWebhookSignature(raw, signWebhookBody(raw, SECRET), SECRET)).toBe(true);
  });
  it('refuses a changed body, another secret, and a missing or malformed header', () => {
    const signature = signWebhookBody(raw, SECRET);
    expect(verifyWebhookSignature(`${raw} `, signature, SECRET)).toBe(false);
    expect(verifyWebhookSignature(raw, signature, 'another-secret')).toBe(false);
    expect(verifyWebhookSignature(raw, null, SECRET)).toBe(false);
    expect(verifyWebhookSignature(raw, signature.replace('sha256=', ''), SECRET)).toBe(false);
  });
});
