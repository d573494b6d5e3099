import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../src/connected/http/serve-local';
import { type FakePay, startFakePayServer } from '../../src/connected/pay/fake-pay-server';
import { createPayClient } from '../../src/connected/pay/pay-client';
import {
  activate,
  chooseRadio,
  expectAccessible,
  heading,
  launchBrowser,
  pressContinue,
  screenshot,
  startServer,
  strictPage,
  type TestServer,
  typeInto,
} from './support';

const KEY = 'api_test_fingerpost';

let server: TestServer;
let browser: Browser;
let fake: FakePay;
let pay: LocalServer;

beforeAll(async () => {
  ({ fake, server: pay } = await startFakePayServer({ apiKey: KEY }));
  const client = createPayClient({ baseUrl: pay.url, apiKey: KEY, timeoutMs: 5_000 });
  [server, browser] = await Promise.all([
    startServer(['waste-officer'], { pay: () => client }),
    launchBrowser(),
  ]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await pay?.close();
});

describe('a resident paying by keyboard alone', () => {
  it('subscribes to garden waste: a declined card, the failure page, then paying on a second try', async () => {
    const context = await browser.newContext();
    const { page, problems } = await strictPage(context);
    await page.goto(`${server.url}/garden-waste`);
    await pressContinue(page);
    await typeInto(page, '#address-line1', '41 Willow Close');
    await typeInto(page, '#address-town', 'Northwich');
    await typeInto(page, '#address-postcode', 'CW8 4RT');
    await pressContinue(page);
    await typeInto(page, '#numberOfBins', '1');
    await pressContinue(page);
    await chooseRadio(page, 'councilTaxReduction', 2);
    await pressContinue(page);
    expect(await heading(page)).toContain('£52.50');
    await pressContinue(page);
    await typeInto(page, '#emailAddress', 'gardener@example.com');
    await pressContinue(page);
    expect(page.url()).toMatch(/\/garden-waste\/check-answers$/);
    await pressContinue(page);

    expect(page.url()).toMatch(/\/garden-waste\/pay$/);
    expect(await heading(page)).toBe('Pay for your garden waste subscription');
    expect(await page.locator('#pay-amount').textContent()).toBe('Pay £52.50');
    await expectAccessible(page, 'payment page');
    await screenshot(page, 'payment');
    await activate(page, '#continue-to-payment');

    // The fake GOV.UK Pay page, on its own port: decline the card.
    expect(page.url().startsWith(`${pay.url}/pay/`)).toBe(true);
    expect(await heading(page)).toBe('Enter card details');
    await activate(page, 'form[action$="/decline"] button');

    expect(page.url()).toBe(`${server.url}/garden-waste/pay`);
    expect(await heading(page)).toBe('Your payment was not completed');
    expect(await page.locator('main').textContent()).toContain('No money has been taken from your account.');
    await expectAccessible(page, 'payment failure page');
    await screenshot(page, 'payment-not-completed');
    await activate(page, '#continue-to-payment');

    expect(page.url().startsWith(`${pay.url}/pay/`)).toBe(true);
    await activate(page, 'form[action$="/succeed"] button');
    expect(page.url()).toBe(`${server.url}/garden-waste/subscription-requested`);
    expect(await page.locator('.govuk-panel__title').textContent()).toContain(
      'Garden waste subscription confirmed',
    );
    await expectAccessible(page, 'confirmation after payment');

    const payments = [...fake.store.payments.values()].filter(
      (p) => p.description === 'Garden waste collection to 31 December',
    );
    expect(payments.map((p) => [p.amount, p.status])).toEqual([
      [5250, 'failed'],
      [5250, 'success'],
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
