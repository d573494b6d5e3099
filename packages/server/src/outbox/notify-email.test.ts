import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type LocalServer, serveLocally } from '../connected/http/serve-local';
import type { OutboxItem } from '../storage/types';
import { createFakeNotify, type FakeNotify } from './fake-notify';
import { notifyEmailSender, notifyFromEnv, notifyNotConfigured } from './notify-email';

const SERVICE_ID = '26785a09-ab16-4eb0-8407-a37497a57506';
const SECRET = '3d844edf-8d35-48ac-975b-e847b4f122b0';
const API_KEY = `fingerpost_test-${SERVICE_ID}-${SECRET}`;
const TEMPLATE = 'f33517ff-2a88-4f6e-b855-c550268ce08a';

let fake: FakeNotify;
let server: LocalServer;
beforeAll(async () => {
  fake = createFakeNotify({
    apiKey: API_KEY,
    templates: { [TEMPLATE]: { placeholders: ['name', 'reference'] } },
  });
  server = await serveLocally(fake.app.fetch);
});
afterAll(() => server.close());
beforeEach(() => {
  fake.sent.length = 0;
  fake.failNext(0);
  fake.setLatency(0);
});

function item(payload: unknown): OutboxItem {
  return {
    id: '9d1c2a0e-3b7f-4f55-a1d2-6c0f0e9b8a77',
    instanceId: '0b9f0b9a-4f4e-4d2c-9f8e-1a2b3c4d5e6f',
    kind: 'email',
    outputId: 'confirmation',
    payload,
    createdAt: '2026-03-04T10:00:00.000Z',
    status: 'pending',
    attempts: 0,
    nextAttemptAt: '2026-03-04T10:00:00.000Z',
    lastError: null,
    deliveredAt: null,
  };
}

const email = {
  templateId: TEMPLATE,
  emailAddress: 'rhiannon@example.com',
  reference: 'FP-7K3D-9Q2F',
  personalisation: { name: 'Rhiannon', reference: 'FP-7K3D-9Q2F', phone: null },
};
const signal = () => new AbortController().signal;

describe('emails through GOV.UK Notify (notifications-node-client against a fake Notify)', () => {
  it('sends the template, address, personalisation and reference with a valid bearer token', async () => {
    const send = notifyEmailSender({ apiKey: API_KEY, baseUrl: server.url }, 5_000);
    expect(await send(item(email), signal())).toEqual({ ok: true });
    expect(fake.sent).toEqual([
      {
        id: expect.any(String),
        templateId: TEMPLATE,
        emailAddress: 'rhiannon@example.com',
        // An unanswered optional question fills its placeholder with nothing, not "null".
        personalisation: { name: 'Rhiannon', reference: 'FP-7K3D-9Q2F', phone: '' },
        reference: 'FP-7K3D-9Q2F',
      },
    ]);
  });

  it('is refused with a key whose secret is wrong, and tries again later (the key may be fixed)', async () => {
    const wrongKey = `fingerpost_test-${SERVICE_ID}-00000000-0000-4000-8000-000000000000`;
    const send = notifyEmailSender({ apiKey: wrongKey, baseUrl: server.url }, 5_000);
    expect(await send(item(email), signal())).toEqual({
      ok: false,
      permanent: false,
      error: 'GOV.UK Notify answered 403: AuthError: Invalid token: signature, api token not found',
    });
    expect(fake.sent).toHaveLength(0);
  });

  it('gives up at once on a request Notify will never accept (400)', async () => {
    const send = notifyEmailSender({ apiKey: API_KEY, baseUrl: server.url }, 5_000);
    const missing = { ...email, personalisation: { reference: 'FP-7K3D-9Q2F' } };
    expect(await send(item(missing), signal())).toEqual({
      ok: false,
      permanent: true,
      error: 'GOV.UK Notify answered 400: BadRequestError: Missing personalisation: name',
    });
    const slug = { ...email, templateId: 'missed-bin-confirmation' };
    expect(await send(item(slug), signal())).toMatchObject({ ok: false, permanent: true });
    expect(await send(item(null), signal())).toMatchObject({ ok: false, permanent: true });
  });

  it('tries again after a Notify outage (500) or a timeout', async () => {
    const send = notifyEmailSender({ apiKey: API_KEY, baseUrl: server.url }, 300);
    fake.failNext(1, 500);
    expect(await send(item(email), signal())).toEqual({
      ok: false,
      permanent: false,
      error: 'GOV.UK Notify answered 500: Exception: Internal server error',
    });
    fake.setLatency(1_000);
    expect(await send(item(email), signal())).toMatchObject({ ok: false, permanent: false });
    fake.setLatency(0);
    expect(await send(item(email), signal())).toEqual({ ok: true });
    expect(fake.sent).toHaveLength(1);
  });

  it('stops a send in flight when the server stops', async () => {
    const send = notifyEmailSender({ apiKey: API_KEY, baseUrl: server.url }, 10_000);
    fake.setLatency(5_000);
    const stop = new AbortController();
    const sending = send(item(email), stop.signal);
    setTimeout(() => stop.abort(), 100);
    const started = Date.now();
    expect(await sending).toMatchObject({ ok: false, permanent: false });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('keeps emails waiting, with a reason, when no Notify key is configured', async () => {
    expect(await notifyNotConfigured(item(email), signal())).toMatchObject({
      ok: false,
      permanent: false,
      error: expect.stringContaining('FINGERPOST_NOTIFY_API_KEY'),
    });
  });

  it('reads its settings from the environment', () => {
    expect(notifyFromEnv({})).toBeNull();
    expect(notifyFromEnv({ FINGERPOST_NOTIFY_API_KEY: ' ' })).toBeNull();
    expect(notifyFromEnv({ FINGERPOST_NOTIFY_API_KEY: API_KEY })).toEqual({ apiKey: API_KEY });
    expect(
      notifyFromEnv({ FINGERPOST_NOTIFY_API_KEY: API_KEY, FINGERPOST_NOTIFY_BASE_URL: server.url }),
    ).toEqual({ apiKey: API_KEY, baseUrl: server.url });
  });
});
