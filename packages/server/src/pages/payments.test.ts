import type { Journey } from '@fingerpost/schema';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LocalServer } from '../connected/http/serve-local';
import { type FakePay, startFakePayServer } from '../connected/pay/fake-pay-server';
import { createPayClient } from '../connected/pay/pay-client';
import {
  CASEWORKER_TOKEN,
  exampleJourney,
  FormClient,
  type PagesHarness,
  pagesHarness,
} from './pages.fixture';

const KEY = 'api_test_fingerpost';

/** A replacement bus pass for £10, in English and Welsh. */
const REPLACEMENT_PASS = {
  id: 'replace-bus-pass',
  version: '1.0.0',
  title: { en: 'Replace a bus pass', cy: 'Cael pàs bws newydd' },
  description: { en: 'Replace a lost pass.', cy: 'Cael pàs newydd yn lle un a gollwyd.' },
  serviceArea: 'other',
  owner: { name: 'Example Council' },
  languages: ['en', 'cy'],
  fields: {},
  start: 'pay',
  steps: [
    {
      id: 'pay',
      type: 'payment',
      title: { en: 'Pay for your new pass', cy: 'Talu am eich pàs newydd' },
      description: { en: 'Replacement bus pass', cy: 'Pàs bws newydd' },
      amount: 1000,
      next: 'done',
    },
    { id: 'done', type: 'end', outcome: 'submitted', title: { en: 'Paid', cy: 'Wedi talu' } },
  ],
} as unknown as Journey;
const J = '/garden-waste';

let h: PagesHarness;
let fake: FakePay;
let payServer: LocalServer;
beforeAll(async () => {
  ({ fake, server: payServer } = await startFakePayServer({ apiKey: KEY }));
  const client = createPayClient({ baseUrl: payServer.url, apiKey: KEY, timeoutMs: 2_000 });
  h = await pagesHarness([exampleJourney('garden-waste'), REPLACEMENT_PASS], {
    pay: () => client,
    roles: ['waste-officer'],
  });
});
afterAll(async () => {
  await h.close();
  await payServer.close();
});
beforeEach(() => fake.setOutage(false));

/** Fills in garden waste for 2 bins with Council Tax Reduction (£95) and lands on the payment page. */
async function toPayment(client: FormClient) {
  await client.get(J);
  await client.post(J, {});
  const answers: Array<[string, Record<string, string>]> = [
    [
      'collection-address',
      { 'address-line1': '41 Willow Close', 'address-town': 'Northwich', 'address-postcode': 'CW8 4RT' },
    ],
    ['number-of-bins', { numberOfBins: '2' }],
    ['council-tax-reduction', { councilTaxReduction: 'yes' }],
    ['price-2-reduced', {}],
    ['email-address', { emailAddress: 'gardener@example.com' }],
    ['check-answers', {}],
  ];
  for (const [step, fields] of answers) {
    await client.get(`${J}/${step}`);
    const posted = await client.post(`${J}/${step}`, fields);
    expect(posted.status, `${step}: ${posted.html}`).toBe(303);
  }
  return client.get(`${J}/pay`);
}

/** "Continue to payment": answers GOV.UK Pay's page address and the payment it made. */
async function continueToPayment(client: FormClient) {
  const response = await client.post(`${J}/pay`, {});
  expect(response.status).toBe(303);
  const nextUrl = response.location ?? '';
  expect(nextUrl.startsWith(`${payServer.url}/pay/`)).toBe(true);
  return { nextUrl, paymentId: nextUrl.split('/').at(-1)! };
}

const creates = () => fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/payments');
const historyOf = async (paymentId: string) => {
  const instanceId = [...fake.store.payments.values()].find((p) => p.paymentId === paymentId)?.metadata
    ?.instanceId;
  return (await h.storage.listEvents(String(instanceId))).filter((e) => e.type.startsWith('payment'));
};

describe('a payment step in the resident pages', () => {
  it('shows the amount worked out from the answers and a Continue to payment button', async () => {
    const page = await toPayment(new FormClient(h.app));
    expect(page.status).toBe(200);
    expect(page.html).toContain('<h1 class="govuk-heading-l">Pay for your garden waste subscription</h1>');
    expect(page.html).toContain('Pay £95.00');
    expect(page.html).toContain('Garden waste collection to 31 December');
    expect(page.html).toMatch(/<a href="\/garden-waste\/check-answers" class="govuk-back-link">/);
    expect(page.html).toMatch(/<button[^>]*class="govuk-button"[^>]*>\s*Continue to payment\s*<\/button>/);
    // Browsers check form-action on the redirect after the post: GOV.UK Pay's pages must be allowed.
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain(`form-action 'self' ${payServer.url}`);
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+'/);
    const other = await new FormClient(h.app).get(J);
    expect(other.headers.get('content-security-policy')).toContain("form-action 'self';");
  });

  it('creates the payment in pence with the reference and return address, then continues once GOV.UK Pay says it succeeded', async () => {
    const client = new FormClient(h.app);
    await toPayment(client);
    const before = creates().length;
    const { paymentId } = await continueToPayment(client);
    const sent = creates().slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toMatchObject({
      amount: 9500,
      description: 'Garden waste collection to 31 December',
      reference: expect.stringMatching(/^GW-/),
      return_url: `http://localhost${J}/pay`,
      language: 'en',
    });
    fake.act(paymentId, 'succeed');
    const back = await client.get(`${J}/pay`);
    expect(back.location).toBe(`${J}/subscription-requested`);
    const end = await client.follow(back);
    expect(end.html).toContain('Garden waste subscription confirmed');
    expect(await historyOf(paymentId)).toEqual([
      expect.objectContaining({
        type: 'paymentStarted',
        stepId: 'pay',
        data: expect.objectContaining({ paymentId, amount: 9500, attempt: 1 }),
      }),
      expect.objectContaining({
        type: 'paymentSettled',
        data: expect.objectContaining({ paymentId, amount: 9500, state: 'success' }),
      }),
    ]);
  });

  it('never charges twice: a double click reuses the payment, a double return or refresh only checks again', async () => {
    const client = new FormClient(h.app);
    await toPayment(client);
    const before = creates().length;
    const first = await continueToPayment(client);
    const second = await continueToPayment(client);
    expect(second.nextUrl).toBe(first.nextUrl);
    expect(creates().length - before).toBe(1);
    fake.act(first.paymentId, 'succeed');
    const returns = await Promise.all([client.get(`${J}/pay`), client.get(`${J}/pay`)]);
    expect(returns.map((r) => r.location)).toEqual([
      `${J}/subscription-requested`,
      `${J}/subscription-requested`,
    ]);
    expect((await client.get(`${J}/pay`)).location).toBe(`${J}/subscription-requested`);
    expect(creates().length - before).toBe(1);
    const settled = (await historyOf(first.paymentId)).filter((e) => e.type === 'paymentSettled');
    expect(settled).toHaveLength(1);
  });

  it('while the resident is on GOV.UK Pay’s card page, says a payment is in progress and never starts another', async () => {
    const client = new FormClient(h.app);
    await toPayment(client);
    const before = creates().length;
    const { paymentId } = await continueToPayment(client);
    fake.act(paymentId, 'start');
    const page = await client.get(`${J}/pay`);
    expect(page.html).toContain('You have a payment in progress.');
    expect(page.html).toContain('Check my payment again');
    expect(page.html).not.toContain('continue-to-payment');
    expect(page.html).not.toContain('govuk-back-link');
    expect((await client.post(`${J}/pay`, {})).location).toBe(`${J}/pay`);
    expect(creates().length - before).toBe(1);
    fake.act(paymentId, 'succeed');
    expect((await client.get(`${J}/pay`)).location).toBe(`${J}/subscription-requested`);
  });

  for (const [action, state, text] of [
    ['decline', 'failed', 'Your payment was declined or could not be taken.'],
    ['cancel', 'cancelled', 'You cancelled your payment.'],
    ['expire', 'expired', 'Your payment session expired'],
  ] as const) {
    it(`after a payment that ends with "${action}", says it was not completed and lets the resident try again`, async () => {
      const client = new FormClient(h.app);
      await toPayment(client);
      const { paymentId } = await continueToPayment(client);
      fake.act(paymentId, action);
      const page = await client.get(`${J}/pay`);
      expect(page.status).toBe(200);
      expect(page.html).toContain('<h1 class="govuk-heading-l">Your payment was not completed</h1>');
      expect(page.html).toContain(text);
      expect(page.html).toContain('No money has been taken from your account.');
      expect(page.html).toMatch(/>\s*Try again\s*<\/button>/);
      expect(page.html).toContain('Stop now and come back later');
      const retry = await continueToPayment(client);
      expect(retry.paymentId).not.toBe(paymentId);
      fake.act(retry.paymentId, 'succeed');
      expect((await client.get(`${J}/pay`)).location).toBe(`${J}/subscription-requested`);
      const history = await historyOf(retry.paymentId);
      expect(history.map((e) => [e.type, (e.data as { paymentId: string }).paymentId])).toEqual([
        ['paymentStarted', paymentId],
        ['paymentSettled', paymentId],
        ['paymentStarted', retry.paymentId],
        ['paymentSettled', retry.paymentId],
      ]);
      expect(history[1]?.data).toMatchObject({ state });
    });
  }

  it('when GOV.UK Pay is down, says so, keeps everything, and works when it is back', async () => {
    const client = new FormClient(h.app);
    await toPayment(client);
    fake.setOutage(true);
    const refused = await client.post(`${J}/pay`, {});
    expect(refused.location).toBe(`${J}/pay`);
    const page = await client.follow(refused);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Sorry, there is a problem with the payment service');
    expect(page.html).toContain('Your answers have been saved and no money has been taken. Try again later.');
    fake.setOutage(false);
    const { paymentId } = await continueToPayment(client);
    fake.act(paymentId, 'succeed');
    fake.setOutage(true);
    const returned = await client.get(`${J}/pay`);
    expect(returned.status).toBe(200);
    expect(returned.html).toContain('Sorry, there is a problem with the payment service');
    expect((await historyOf(paymentId)).map((e) => e.type)).toEqual(['paymentStarted']);
    fake.setOutage(false);
    expect((await client.get(`${J}/pay`)).location).toBe(`${J}/subscription-requested`);
  });

  it('in Welsh, shows the payment page and sends the resident to GOV.UK Pay in Welsh', async () => {
    const client = new FormClient(h.app);
    await client.get('/replace-bus-pass?lang=cy');
    await client.get('/replace-bus-pass');
    const started = await client.post('/replace-bus-pass', {});
    expect(started.location).toBe('/replace-bus-pass/pay');
    const page = await client.follow(started);
    expect(page.html).toContain('<h1 class="govuk-heading-l">Talu am eich pàs newydd</h1>');
    expect(page.html).toContain('Talu £10.00');
    expect(page.html).toContain('Pàs bws newydd');
    expect(page.html).toMatch(/>\s*Parhau i dalu\s*<\/button>/);
    const before = creates().length;
    const sent = await client.post('/replace-bus-pass/pay', {});
    expect(sent.location?.startsWith(`${payServer.url}/pay/`)).toBe(true);
    expect(creates()[before]?.body).toMatchObject({
      amount: 1000,
      language: 'cy',
      description: 'Pàs bws newydd',
    });
  });
});

describe('payments in the caseworker console', () => {
  async function paidCase() {
    const client = new FormClient(h.app);
    await toPayment(client);
    const { paymentId } = await continueToPayment(client);
    fake.act(paymentId, 'succeed');
    await client.get(`${J}/pay`);
    const instanceId = String(fake.store.payments.get(paymentId)?.metadata?.instanceId);
    const console = new FormClient(h.app);
    await console.get('/console/sign-in');
    await console.post('/console/sign-in', { token: CASEWORKER_TOKEN });
    return { console, instanceId, paymentId };
  }

  it('shows the payment and refunds it after a confirmation, recording the refund', async () => {
    const { console, instanceId, paymentId } = await paidCase();
    const page = await console.get(`/console/cases/${instanceId}`);
    expect(page.html).toContain(paymentId);
    expect(page.html).toContain('£95.00');
    expect(page.html).toContain('Paid');
    const confirm = await console.get(`/console/cases/${instanceId}/payments/${paymentId}/refund`);
    expect(confirm.html).toContain('Can be refunded');
    expect(confirm.html).toContain('value="95.00"');
    const asked = await console.post(`/console/cases/${instanceId}/payments/${paymentId}/refund`, {
      amount: '20.00',
      reason: 'One bin cancelled',
    });
    expect(asked.location).toBe(`/console/cases/${instanceId}`);
    const after = await console.follow(asked);
    expect(after.html).toContain('£20.00 refunded');
    const refunds = fake.requests.filter((r) => r.path === `/v1/payments/${paymentId}/refunds`);
    expect(refunds.map((r) => r.body)).toEqual([{ amount: 2000, refund_amount_available: 9500 }]);
    expect(fake.store.refundable(fake.store.payments.get(paymentId)!)).toBe(7500);
    const events = await h.storage.listEvents(instanceId);
    expect(events.find((e) => e.type === 'paymentRefunded')).toMatchObject({
      actorKind: 'caseworker',
      actorId: 'casey',
      data: { paymentId, amount: 2000, reason: 'One bin cancelled' },
    });
  });

  it('refuses a refund above what is left, with the error on the amount', async () => {
    const { console, instanceId, paymentId } = await paidCase();
    await console.get(`/console/cases/${instanceId}/payments/${paymentId}/refund`);
    const refused = await console.post(`/console/cases/${instanceId}/payments/${paymentId}/refund`, {
      amount: '100',
    });
    const page = await console.follow(refused);
    expect(page.html).toContain('Enter an amount from £0.01 to £95.00');
    expect(fake.requests.filter((r) => r.path === `/v1/payments/${paymentId}/refunds`)).toHaveLength(0);
  });
});
