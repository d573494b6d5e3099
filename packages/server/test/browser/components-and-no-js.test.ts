import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyComponentJourney } from '../../src/pages/every-component.fixture';
import {
  activate,
  chooseFilesByKeyboard,
  chooseRadio,
  expectAccessible,
  heading,
  launchBrowser,
  pressContinue,
  publish,
  screenshot,
  startServer,
  strictPage,
  type TestServer,
  tabTo,
  typeInto,
} from './support';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  await publish(server, everyComponentJourney());
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function check(page: Page, value: string): Promise<void> {
  await tabTo(page, `input[type=checkbox][value="${value}"]`);
  await page.keyboard.press('Space');
}

/** Reaches the council tax "other adults" list with one adult on it. */
async function councilTaxList(page: Page): Promise<void> {
  await page.goto(`${server.url}/council-tax-single-person-discount`);
  await pressContinue(page);
  await typeInto(page, '#fullName', 'Sam Jones');
  await pressContinue(page);
  await typeInto(page, '#propertyAddress-line1', '3 Mill Lane');
  await typeInto(page, '#propertyAddress-town', 'Exampleton');
  await typeInto(page, '#propertyAddress-postcode', 'EX2 3AB');
  await pressContinue(page);
  await pressContinue(page);
  await chooseRadio(page, 'applicantDisregard', 7);
  await pressContinue(page);
  await chooseRadio(page, 'anyoneElse', 1);
  await pressContinue(page);
  await typeInto(page, '#fullName', 'Alex Jones');
  await chooseRadio(page, 'disregard', 1);
  await pressContinue(page);
}

describe('every kind of question, with JavaScript', () => {
  it('adds, changes and removes people on an "add another" list', async () => {
    const context = await browser.newContext();
    const { page, problems } = await strictPage(context);
    await councilTaxList(page);
    expect(await heading(page)).toBe('Other adults who live at the property');
    await chooseRadio(page, '_addAnother', 1);
    await pressContinue(page);
    await typeInto(page, '#fullName', 'Bo Jones');
    await chooseRadio(page, 'disregard', 1);
    await pressContinue(page);
    expect(await page.locator('.govuk-summary-list').textContent()).toMatch(/Alex Jones[\s\S]*Bo Jones/);
    await expectAccessible(page, 'add another page');
    await screenshot(page, 'add-another');

    await activate(page, 'a[href$="/items/1"]');
    expect(await page.inputValue('#fullName')).toBe('Alex Jones');
    await typeInto(page, '#fullName', 'Alexandra Jones');
    await pressContinue(page);
    await activate(page, 'a[href$="/items/2/remove"]');
    expect(await heading(page)).toBe('Are you sure you want to remove Bo Jones?');
    await chooseRadio(page, '_remove', 1);
    await pressContinue(page);
    const list = (await page.locator('.govuk-summary-list').textContent()) ?? '';
    expect(list).toContain('Alexandra Jones');
    expect(list).not.toContain('Bo Jones');
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('reveals questions under options and checks each kind of answer', async () => {
    const proof = join(tmpdir(), `fingerpost-proof-${process.pid}.pdf`);
    writeFileSync(proof, '%PDF-1.4\n% proof of address\n');
    const context = await browser.newContext();
    const { page, problems } = await strictPage(context);
    await page.goto(`${server.url}/every-component`);
    await pressContinue(page);
    await typeInto(page, '#fullName', 'Ceri Evans');
    await pressContinue(page);

    // The email question is hidden until "Email" is chosen, then revealed beneath it.
    expect(await page.isVisible('#email')).toBe(false);
    await chooseRadio(page, 'contactBy', 1);
    expect(await page.isVisible('#email')).toBe(true);
    await typeInto(page, '#email', 'ceri@example.com');
    await expectAccessible(page, 'page with a revealing radio', { revealingRadios: true });
    await pressContinue(page);

    await check(page, 'other');
    await typeInto(page, '#otherPet', 'A tortoise');
    await expectAccessible(page, 'page with a revealing checkbox');
    await pressContinue(page);

    await chooseRadio(page, 'hasCar', 1);
    await typeInto(page, '#registration', 'AB12 CDE');
    await tabTo(page, '#colour');
    await page.keyboard.press('ArrowDown');
    await expectAccessible(page, 'page with a select', { revealingRadios: true });
    await pressContinue(page);

    await typeInto(page, '#children', 'two');
    await typeInto(page, '#rent', '650.50');
    await typeInto(page, '#moveDate-day', '1');
    await typeInto(page, '#moveDate-month', '13');
    await typeInto(page, '#moveDate-year', '2020');
    await pressContinue(page);
    expect(await page.title()).toMatch(/^Error: Your household/);
    expect(await page.inputValue('#children')).toBe('two');
    expect(await page.inputValue('#rent')).toBe('650.50');
    expect(await page.getAttribute('.govuk-error-summary a[href="#moveDate-month"]', 'href')).toBe(
      '#moveDate-month',
    );
    expect(await page.locator('.govuk-input__prefix').textContent()).toBe('£');
    await expectAccessible(page, 'error page with a date');
    await typeInto(page, '#children', '2');
    await typeInto(page, '#moveDate-month', '12');
    await pressContinue(page);

    await typeInto(page, '#home-line1', '5 Church Street');
    await typeInto(page, '#home-town', 'Exampleton');
    await typeInto(page, '#home-postcode', 'EX3 4EF');
    expect(await page.getAttribute('#home-line1', 'autocomplete')).toBe('address-line1');
    await pressContinue(page);
    await pressContinue(page);
    await typeInto(page, '#reason', 'To park outside my home');
    await pressContinue(page);
    await chooseFilesByKeyboard(page, '#proof', proof);
    await pressContinue(page);

    const answers = (await page.locator('.govuk-summary-list').textContent()) ?? '';
    for (const shown of [
      'ceri@example.com',
      'A tortoise',
      'AB12 CDE',
      '£650.50',
      '1 December 2020',
      'Not provided',
    ]) {
      expect(answers).toContain(shown);
    }
    expect(answers).toContain(proof.split('/').pop()!);
    await pressContinue(page);
    expect(await page.locator('.govuk-panel__title').textContent()).toContain('Application sent');
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});

describe('with JavaScript switched off', () => {
  it('still completes a missed bin report, with an error and a change', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/report-missed-bin`);
    await pressContinue(page);
    await pressContinue(page);
    expect(await page.title()).toMatch(/^Error: /);
    await chooseRadio(page, 'binType', 3);
    await pressContinue(page);
    await typeInto(page, '#collectionDate-day', '3');
    await typeInto(page, '#collectionDate-month', '3');
    await typeInto(page, '#collectionDate-year', '2026');
    await pressContinue(page);
    await chooseRadio(page, 'binOutInTime', 1);
    await pressContinue(page);
    await chooseRadio(page, 'tagLeft', 2);
    await pressContinue(page);
    await activate(page, 'main a[href$="/find-address/address/manual"]');
    await typeInto(page, '#address-line1', '8 Oak Road');
    await typeInto(page, '#address-town', 'Exampleton');
    await typeInto(page, '#address-postcode', 'EX4 5GH');
    await pressContinue(page);
    await pressContinue(page);
    await activate(page, 'a[href$="/which-bin/change"]');
    await chooseRadio(page, 'binType', 1);
    await pressContinue(page);
    expect(page.url()).toMatch(/\/check-answers$/);
    expect(await page.locator('.govuk-summary-list').textContent()).toContain('Rubbish (black bin)');
    await pressContinue(page);
    expect(await page.locator('.govuk-panel__title').textContent()).toContain('Missed bin reported');

    // "Is this page useful?" is a plain form too.
    await activate(page, 'button[value="pageUseful"]');
    expect(await page.locator('.govuk-feedback').textContent()).toContain('Thank you for your feedback');
    const feedback = await server.server.runtime.storage.listFeedback('report-missed-bin');
    expect(feedback.some((f) => f.kind === 'pageUseful' && f.stepId === 'reported')).toBe(true);
    await context.close();
  }, 60_000);

  it('shows revealed questions and checks them only when their option is chosen', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/every-component`);
    await pressContinue(page);
    await typeInto(page, '#fullName', 'Dewi Price');
    await pressContinue(page);
    expect(await page.isVisible('#email')).toBe(true);
    expect(await page.isVisible('#phone')).toBe(true);
    await chooseRadio(page, 'contactBy', 2);
    await pressContinue(page);
    expect(await page.locator('.govuk-error-summary').textContent()).toContain('phone');
    expect(await page.locator('.govuk-error-summary').textContent()).not.toContain('email');
    await typeInto(page, '#phone', '07700 900982');
    await pressContinue(page);
    expect(await heading(page)).toBe('Which pets do you have?');
    await context.close();
  }, 60_000);

  it('adds and removes items on an "add another" list', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await councilTaxList(page);
    await pressContinue(page);
    expect(await page.locator('.govuk-error-summary').textContent()).toContain(
      'Select yes if you need to add another adult',
    );
    await chooseRadio(page, '_addAnother', 1);
    await pressContinue(page);
    await typeInto(page, '#fullName', 'Bo Jones');
    await chooseRadio(page, 'disregard', 2);
    await pressContinue(page);
    await activate(page, 'a[href$="/items/1/remove"]');
    await chooseRadio(page, '_remove', 1);
    await pressContinue(page);
    const list = (await page.locator('.govuk-summary-list').textContent()) ?? '';
    expect(list).toContain('Bo Jones');
    expect(list).not.toContain('Alex Jones');
    await chooseRadio(page, '_addAnother', 2);
    await pressContinue(page);
    expect(page.url()).not.toMatch(/other-adults/);
    await context.close();
  }, 60_000);
});

describe('the accessibility check itself', () => {
  it('reports a violation when there is one', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><html lang="en"><title>Broken</title><main><img src="x.png"></main></html>',
    );
    await expect(expectAccessible(page, 'broken page')).rejects.toThrow(/image-alt/);
    await context.close();
  });
});
