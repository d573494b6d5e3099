import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, serveLocally } from '../http/serve-local';
import { createFakePay, type FakePay } from './fake-pay-server';
import { createPayClient } from './pay-client';
import { settlePayment } from './settle';

const KEY = 'api_test_fingerpost';
let now = Date.parse('2026-04-01T10:00:00Z');
let fake: FakePay;
let server: LocalServer;

beforeAll(async () => {
  fake = createFakePay({ apiKey: KEY, now: () => now });
  server = await serveLocally(fake.app.fetch);
});
afterAll(() => server.close());
afterEach(() => {
  fake.setOutage(false);
  fake.setLatency(0);
  fake.requests.length = 0;
});

const client = (overrides: { apiKey?: string; timeoutMs?: number } = {}) =>
  createPayClient({
    baseUrl: server.url,
    apiKey: overrides.apiKey ?? KEY,
    timeoutMs: overrides.timeoutMs ?? 2000,
  });

const blueBadgeFee = {
  amount: 1000,
  reference: 'BB-2026-0042',
  description: 'Blue Badge application fee',
  returnUrl: 'https://council.example/apply/blue-badge/payment-return?instance=42',
};

async function created(input = blueBadgeFee) {
  const result = await client().createPayment(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.payment;
}

describe('creating a payment', () => {
  it('sends the amount in pence, the reference, description and return URL with the API key', async () => {
    await created({
      ...blueBadgeFee,
      language: 'cy',
      metadata: { journey: 'blue-badge' },
    } as typeof blueBadgeFee);
    expect(fake.requests).toEqual([
      {
        method: 'POST',
        path: '/v1/payments',
        authorization: `Bearer ${KEY}`,
        idempotencyKey: undefined,
        body: {
          amount: 1000,
          reference: 'BB-2026-0042',
          description: 'Blue Badge application fee',
          return_url: 'https://council.example/apply/blue-badge/payment-return?instance=42',
          language: 'cy',
          metadata: { journey: 'blue-badge' },
        },
      },
    ]);
  });

  it('gives the payment id, the page to send the resident to and the created state', async () => {
    const payment = await created();
    expect(payment).toMatchObject({
      amount: 1000,
      reference: 'BB-2026-0042',
      state: { status: 'created', finished: false },
      createdDate: '2026-04-01T10:00:00.000Z',
    });
    expect(payment.paymentId).toMatch(/^[a-z0-9]{20,26}$/);
    expect(payment.nextUrl).toBe(`${server.url}/pay/${payment.paymentId}`);
  });

  it.each([0, -5, 12.5, 10_000_001])('refuses %s pence without calling GOV.UK Pay', async (amount) => {
    const result = await client().createPayment({ ...blueBadgeFee, amount });
    expect(result).toMatchObject({ ok: false, error: { code: 'pay.rejected' } });
    expect(fake.requests).toEqual([]);
  });

  it("reports GOV.UK Pay's own refusal with its code", async () => {
    const response = await fetch(`${server.url}/v1/payments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...blueBadgeFee, return_url: blueBadgeFee.returnUrl, amount: 10_000_001 }),
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ field: 'amount', code: 'P0102' });
  });

  it('makes one payment however often the same idempotency key is sent', async () => {
    const first = await client().createPayment({ ...blueBadgeFee, idempotencyKey: 'instance-42-fee' });
    const again = await client().createPayment({ ...blueBadgeFee, idempotencyKey: 'instance-42-fee' });
    expect(first.ok && again.ok && again.payment.paymentId === first.payment.paymentId).toBe(true);
    expect(fake.requests.map((r) => r.idempotencyKey)).toEqual(['instance-42-fee', 'instance-42-fee']);
    const other = await client().createPayment({
      ...blueBadgeFee,
      amount: 2000,
      idempotencyKey: 'instance-42-fee',
    });
    expect(other).toMatchObject({
      ok: false,
      error: { code: 'pay.rejected', status: 409, providerCode: 'P0191' },
    });
  });

  it('says the key is wrong when GOV.UK Pay refuses it', async () => {
    const result = await client({ apiKey: 'api_test_revoked' }).createPayment(blueBadgeFee);
    expect(result).toMatchObject({ ok: false, error: { code: 'pay.unauthorised', status: 401 } });
  });
});

describe('what the resident did on the payment page', () => {
  async function finishOnPage(action: 'succeed' | 'decline' | 'cancel') {
    const payment = await created();
    const page = await fetch(payment.nextUrl as string);
    expect(await page.text()).toContain('£10.00');
    const back = await fetch(`${server.url}/pay/${payment.paymentId}/${action}`, {
      method: 'POST',
      redirect: 'manual',
    });
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe(blueBadgeFee.returnUrl);
    return payment.paymentId;
  }

  it('paid: the payment settles as a success', async () => {
    const settled = await settlePayment(client(), await finishOnPage('succeed'));
    expect(settled).toMatchObject({
      outcome: 'success',
      payment: { state: { status: 'success', finished: true } },
    });
  });

  it('declined card: the payment failed with P0010', async () => {
    const settled = await settlePayment(client(), await finishOnPage('decline'));
    expect(settled).toMatchObject({ outcome: 'failed', reason: { code: 'P0010' } });
  });

  it('cancelled: the resident chose not to pay (P0030)', async () => {
    const settled = await settlePayment(client(), await finishOnPage('cancel'));
    expect(settled).toMatchObject({ outcome: 'cancelled', reason: { code: 'P0030' } });
  });

  it('still on the page: the payment is pending and nothing is decided', async () => {
    const payment = await created();
    await fetch(payment.nextUrl as string);
    expect(await settlePayment(client(), payment.paymentId)).toMatchObject({
      outcome: 'pending',
      payment: { state: { status: 'started' } },
    });
  });

  it('expired: 90 minutes later an unpaid payment has failed with P0020', async () => {
    const payment = await created();
    now += 89 * 60_000;
    expect((await settlePayment(client(), payment.paymentId)).outcome).toBe('pending');
    now += 60_000;
    expect(await settlePayment(client(), payment.paymentId)).toMatchObject({
      outcome: 'expired',
      reason: { code: 'P0020' },
    });
  });

  it('the test controls end a payment the same way', async () => {
    const payment = await created();
    const response = await fetch(`${server.url}/__control/${payment.paymentId}/expire`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect((await settlePayment(client(), payment.paymentId)).outcome).toBe('expired');
    const late = await fetch(`${server.url}/__control/${payment.paymentId}/succeed`, { method: 'POST' });
    expect(late.status).toBe(409);
  });

  it('a double return or a refresh only reads, so it gives the same answer and takes nothing twice', async () => {
    const paymentId = await finishOnPage('succeed');
    fake.requests.length = 0;
    const [first, second] = await Promise.all([
      settlePayment(client(), paymentId),
      settlePayment(client(), paymentId),
    ]);
    expect(first).toEqual(second);
    expect(fake.requests.map((r) => r.method)).toEqual(['GET', 'GET']);
  });
});

describe('when GOV.UK Pay is down or slow', () => {
  it('an outage is a clear "unavailable" error, and the same request works once it is over', async () => {
    await fetch(`${server.url}/__control/outage/on`, { method: 'POST' });
    const during = await client().createPayment(blueBadgeFee);
    expect(during).toMatchObject({
      ok: false,
      error: { code: 'pay.unavailable', status: 503, providerCode: 'P0999' },
    });
    await fetch(`${server.url}/__control/outage/off`, { method: 'POST' });
    const after = await client().createPayment(blueBadgeFee);
    expect(after.ok).toBe(true);
  });

  it('checking a payment during an outage changes nothing: unavailable, then the real outcome', async () => {
    const payment = await created();
    fake.act(payment.paymentId, 'succeed');
    fake.setOutage(true);
    expect(await settlePayment(client(), payment.paymentId)).toMatchObject({
      outcome: 'unavailable',
      error: { code: 'pay.unavailable' },
    });
    fake.setOutage(false);
    expect((await settlePayment(client(), payment.paymentId)).outcome).toBe('success');
  });

  it('gives up after the timeout instead of hanging', async () => {
    fake.setLatency(1000);
    const result = await client({ timeoutMs: 100 }).createPayment(blueBadgeFee);
    expect(result).toMatchObject({ ok: false, error: { code: 'pay.unavailable' } });
    if (!result.ok) expect(result.error.message).toContain('No reply within 100 ms');
  });

  it('a connection that is refused is "unavailable", not a crash', async () => {
    const gone = await serveLocally(() => new Response('bye'));
    await gone.close();
    const result = await createPayClient({ baseUrl: gone.url, apiKey: KEY }).getPayment('abc123');
    expect(result).toMatchObject({ ok: false, error: { code: 'pay.unavailable' } });
  });
});

describe('refunds', () => {
  async function paid() {
    const payment = await created();
    fake.act(payment.paymentId, 'succeed');
    return payment.paymentId;
  }

  it('refunds part of a payment and GOV.UK Pay then shows less left to refund', async () => {
    const paymentId = await paid();
    const before = await client().getPayment(paymentId);
    expect(before).toMatchObject({
      ok: true,
      payment: { refund: { status: 'available', amountAvailable: 1000 } },
    });
    const refund = await client().refund(paymentId, { amount: 400, refundAmountAvailable: 1000 });
    expect(refund).toMatchObject({ ok: true, refund: { amount: 400, status: 'success' } });
    expect(fake.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: `/v1/payments/${paymentId}/refunds`,
      body: { amount: 400, refund_amount_available: 1000 },
    });
    const after = await client().getPayment(paymentId);
    expect(after).toMatchObject({
      ok: true,
      payment: { refund: { amountAvailable: 600, amountSubmitted: 400 } },
    });
  });

  it('is refused when someone else refunded in the meantime (P0604)', async () => {
    const paymentId = await paid();
    await client().refund(paymentId, { amount: 1000, refundAmountAvailable: 1000 });
    const second = await client().refund(paymentId, { amount: 1000, refundAmountAvailable: 1000 });
    expect(second).toMatchObject({ ok: false, error: { code: 'pay.rejected' } });
  });

  it('is refused with P0604 when the amount available is out of date', async () => {
    const paymentId = await paid();
    const result = await client().refund(paymentId, { amount: 100, refundAmountAvailable: 1500 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'pay.rejected', status: 412, providerCode: 'P0604' },
    });
  });

  it('is refused for a payment that never succeeded (P0603)', async () => {
    const payment = await created();
    fake.act(payment.paymentId, 'decline');
    const result = await client().refund(payment.paymentId, { amount: 100, refundAmountAvailable: 100 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'pay.rejected', status: 400, providerCode: 'P0603' },
    });
  });

  it('refuses more than is available without calling GOV.UK Pay', async () => {
    const result = await client().refund('abc123', { amount: 2000, refundAmountAvailable: 1000 });
    expect(result).toMatchObject({ ok: false, error: { code: 'pay.rejected' } });
    expect(fake.requests).toEqual([]);
  });
});

describe('payment ids', () => {
  it('an unknown payment is rejected with 404', async () => {
    expect(await client().getPayment('nosuchpayment')).toMatchObject({
      ok: false,
      error: { code: 'pay.rejected', status: 404, providerCode: 'P0200' },
    });
  });

  it('an id that could change the URL path is refused before any request', async () => {
    expect(await client().getPayment('../../admin')).toMatchObject({
      ok: false,
      error: { code: 'pay.rejected' },
    });
    expect(fake.requests).toEqual([]);
  });
});

describe('where the payment pages are', () => {
  it("names GOV.UK Pay's card pages for its API, and another base URL's own origin", async () => {
    const govuk = createPayClient({ baseUrl: 'https://publicapi.payments.service.gov.uk/', apiKey: KEY });
    expect(govuk.paymentPageOrigins).toEqual(['https://card.payments.service.gov.uk']);
    expect(client().paymentPageOrigins).toEqual([server.url]);
    expect(new URL((await created()).nextUrl ?? '').origin).toBe(server.url);
  });
});
