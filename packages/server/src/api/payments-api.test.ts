import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gardenWasteToPayment, type Started } from '../testing/flows';
import { type PayingTestServer, startPayingTestServer } from '../testing/pay-test-server';
import { TOKENS } from '../testing/test-server';

let p: PayingTestServer;
beforeAll(async () => {
  p = await startPayingTestServer();
});
afterAll(() => p.stop());
beforeEach(() => p.fake.setOutage(false));

const RETURN_URL = 'https://council.example/garden-waste/paid';
const creates = () => p.fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/payments').length;

const startPayment = (app: Started) =>
  p.s.call('POST', `/api/v1/instances/${app.instanceId}/payment`, {
    token: app.token,
    body: { returnUrl: RETURN_URL },
  });
const checkPayment = (app: Started) =>
  p.s.call('POST', `/api/v1/instances/${app.instanceId}/payment/check`, { token: app.token });

describe('payments through the JSON API', () => {
  it('creates one payment however often it is asked, and moves on only when GOV.UK Pay says it succeeded', async () => {
    const app = await gardenWasteToPayment(p.s, 3, true);
    const before = creates();
    const first = await startPayment(app);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ outcome: 'redirect', nextUrl: expect.stringContaining('/pay/') });
    expect(first.body.view.step.payment).toMatchObject({ amount: 14750, latest: { state: 'started' } });
    const again = await startPayment(app);
    expect(again.body.nextUrl).toBe(first.body.nextUrl);
    expect(creates() - before).toBe(1);
    expect((await checkPayment(app)).body).toMatchObject({
      outcome: 'pending',
      view: { step: { id: 'pay' } },
    });
    const paymentId = first.body.view.step.payment.latest.paymentId;
    p.fake.act(paymentId, 'succeed');
    const paid = await checkPayment(app);
    expect(paid.body).toMatchObject({ outcome: 'settled', state: 'success', view: { status: 'completed' } });
    expect(paid.body.view.payments).toEqual([
      expect.objectContaining({ paymentId, amount: 14750, state: 'success', refunded: 0 }),
    ]);
    expect((await checkPayment(app)).body.outcome).toBe('none');
    expect(creates() - before).toBe(1);
  });

  it('sends the submission to the waste system and the confirmation email once paid, not before', async () => {
    const app = await gardenWasteToPayment(p.s);
    expect(await p.s.runtime.storage.listOutbox(app.instanceId)).toEqual([]);
    const started = await startPayment(app);
    p.fake.act(started.body.view.step.payment.latest.paymentId, 'succeed');
    await checkPayment(app);
    const outbox = await p.s.runtime.storage.listOutbox(app.instanceId);
    expect(outbox.map((o) => o.outputId).sort()).toEqual(['confirmation', 'waste-system']);
  });

  it('answers 503 while GOV.UK Pay is down, with nothing changed, and the same payment is found afterwards', async () => {
    const app = await gardenWasteToPayment(p.s);
    p.fake.setOutage(true);
    const down = await startPayment(app);
    expect(down.status).toBe(503);
    expect(down.body.code).toBe('pay.unavailable');
    expect(down.headers.get('retry-after')).toBe('60');
    p.fake.setOutage(false);
    const started = await startPayment(app);
    const paymentId = started.body.view.step.payment.latest.paymentId;
    p.fake.act(paymentId, 'decline');
    p.fake.setOutage(true);
    expect((await checkPayment(app)).status).toBe(503);
    const view = await p.s.call('GET', `/api/v1/instances/${app.instanceId}`, { token: app.token });
    expect(view.body.step.payment.latest).toMatchObject({ paymentId, state: 'started' });
    p.fake.setOutage(false);
    expect((await checkPayment(app)).body).toMatchObject({ outcome: 'settled', state: 'failed' });
  });

  it('lets a caseworker refund part of a payment, then refuses more than is left', async () => {
    const app = await gardenWasteToPayment(p.s, 2);
    const started = await startPayment(app);
    const paymentId = started.body.view.step.payment.latest.paymentId;
    p.fake.act(paymentId, 'succeed');
    await checkPayment(app);
    const path = `/api/v1/cases/${app.instanceId}/payments/${paymentId}/refunds`;
    const refunded = await p.s.call('POST', path, {
      token: TOKENS.caseworker,
      body: { amount: 5250, reason: 'Second bin not wanted' },
    });
    expect(refunded.status).toBe(201);
    expect(refunded.body.payments[0]).toMatchObject({ paymentId, amount: 10500, refunded: 5250 });
    const tooMuch = await p.s.call('POST', path, { token: TOKENS.caseworker, body: { amount: 5251 } });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.code).toBe('payment.refund-invalid');
    const unpaid = await gardenWasteToPayment(p.s);
    const open = await startPayment(unpaid);
    const notPaid = await p.s.call(
      'POST',
      `/api/v1/cases/${unpaid.instanceId}/payments/${open.body.view.step.payment.latest.paymentId}/refunds`,
      { token: TOKENS.caseworker, body: { amount: 100 } },
    );
    expect(notPaid.status).toBe(404);
    const kase = await p.s.call('GET', `/api/v1/cases/${app.instanceId}`, { token: TOKENS.caseworker });
    const refund = kase.body.history.find((e: { type: string }) => e.type === 'paymentRefunded');
    expect(refund).toMatchObject({ actorKind: 'caseworker', actorId: 'cw-1', actorRole: 'waste-officer' });
    expect(refund.data).toMatchObject({ paymentId, amount: 5250, reason: 'Second bin not wanted' });
  });
});
