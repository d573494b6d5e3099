import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activate,
  chooseOption,
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

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A missed-bin report answered by keyboard up to the question that asks the address. */
async function toTheAddress(page: Page): Promise<void> {
  await page.goto(`${server.url}/report-missed-bin`);
  await pressContinue(page);
  await chooseRadio(page, 'binType', 2);
  await pressContinue(page);
  await typeInto(page, '#collectionDate-day', '3');
  await typeInto(page, '#collectionDate-month', '3');
  await typeInto(page, '#collectionDate-year', '2026');
  await pressContinue(page);
  await chooseRadio(page, 'binOutInTime', 1);
  await pressContinue(page);
  await chooseRadio(page, 'tagLeft', 2);
  await pressContinue(page);
}

describe('finding an address by postcode, with the keyboard alone', () => {
  it('refuses an unreal postcode, then finds, narrows and chooses an address', async () => {
    const context = await browser.newContext();
    const { page, problems } = await strictPage(context);
    await toTheAddress(page);
    expect(page.url()).toMatch(/\/address\/find-address\/address$/);
    expect(await heading(page)).toBe('What is the address where the bin was missed?');
    await expectAccessible(page, 'postcode look-up page');
    await screenshot(page, 'address-lookup');

    await typeInto(page, '#postcode', 'EX1');
    await pressContinue(page);
    expect(await page.title()).toMatch(/^Error: What is the address/);
    expect(await page.evaluate(`document.activeElement.classList.contains('govuk-error-summary')`)).toBe(
      true,
    );
    expect(await page.inputValue('#postcode')).toBe('EX1');
    await expectAccessible(page, 'postcode look-up error page');

    await typeInto(page, '#postcode', 'ex1 1aa');
    await typeInto(page, '#building', '4');
    await pressContinue(page);
    expect(await heading(page)).toBe('Select an address');
    const listed = await page.locator('#address option').allTextContents();
    expect(listed.map((text) => text.trim())).toEqual([
      '3 addresses found',
      'Flat 1, 4 Fingerpost Lane, Exbridge, EX1 1AA',
      'Flat 2, 4 Fingerpost Lane, Exbridge, EX1 1AA',
      'Flat 3, 4 Fingerpost Lane, Exbridge, EX1 1AA',
    ]);
    await expectAccessible(page, 'select an address page');
    await screenshot(page, 'address-select');

    await chooseOption(page, '#address', 3);
    await pressContinue(page);
    expect(await page.inputValue('#address-line1')).toBe('Flat 2, 4 Fingerpost Lane');
    expect(await page.inputValue('#address-town')).toBe('Exbridge');
    await expectAccessible(page, 'address filled in');
    await pressContinue(page);
    expect(page.url()).toMatch(/\/email-address$/);
    await pressContinue(page);
    expect(await page.locator('.govuk-summary-list').textContent()).toContain('Flat 2, 4 Fingerpost Lane');
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);

  it('finds nothing at an unknown postcode, and the resident types the address instead', async () => {
    const context = await browser.newContext();
    const { page, problems } = await strictPage(context);
    await toTheAddress(page);
    await typeInto(page, '#postcode', 'EX9 9ZZ');
    await pressContinue(page);
    expect(await heading(page)).toBe('No address found');
    expect(await page.locator('main').textContent()).toContain(
      'We could not find an address that matches EX9 9ZZ.',
    );
    await expectAccessible(page, 'no address found page');

    await activate(page, 'main a[href$="/find-address/address/manual"]');
    await typeInto(page, '#address-line1', '9 New Build Row');
    await typeInto(page, '#address-town', 'Exbridge');
    await typeInto(page, '#address-postcode', 'EX9 9ZZ');
    await pressContinue(page);
    expect(page.url()).toMatch(/\/email-address$/);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});
