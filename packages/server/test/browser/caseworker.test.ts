import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activate,
  CASEWORKER_TOKEN,
  chooseRadio,
  expectAccessible,
  heading,
  launchBrowser,
  pressContinue,
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
  [server, browser] = await Promise.all([startServer(['foi-officer']), launchBrowser()]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function sendFoiRequest(page: Page): Promise<void> {
  await page.goto(`${server.url}/foi-request`);
  await pressContinue(page);
  await chooseRadio(page, 'requestType', 1);
  await pressContinue(page);
  await typeInto(page, '#fullName', 'Priya Shah');
  await pressContinue(page);
  await chooseRadio(page, 'replyBy', 1);
  await pressContinue(page);
  await typeInto(page, '#emailAddress', 'priya@example.com');
  await pressContinue(page);
  await typeInto(page, '#informationWanted', 'Spending on road repairs');
  await pressContinue(page);
  await chooseRadio(page, 'preferredFormat', 1);
  await pressContinue(page);
  await pressContinue(page);
}

async function decide(page: Page, decision: string, fill?: () => Promise<void>): Promise<void> {
  if (fill) await fill();
  await activate(page, `button[name="decision"][value="${decision}"]`);
  expect(await page.locator('.govuk-notification-banner').textContent()).toContain(
    'Your decision has been recorded',
  );
}

describe('a caseworker and a resident, by keyboard', () => {
  it('asks for more information, the resident changes the named answer and resends, then approves', async () => {
    const residentContext = await browser.newContext();
    const resident = await strictPage(residentContext);
    await sendFoiRequest(resident.page);
    expect(await resident.page.locator('.govuk-panel__title').textContent()).toContain('Application sent');
    const reference = ((await resident.page.locator('.govuk-panel__body strong').textContent()) ?? '').trim();

    const staffContext = await browser.newContext();
    const staff = await strictPage(staffContext);
    await staff.page.goto(`${server.url}/console`);
    expect(staff.page.url()).toMatch(/\/console\/sign-in$/);
    await typeInto(staff.page, '#token', CASEWORKER_TOKEN);
    await pressContinue(staff.page);
    expect(await heading(staff.page)).toBe('Tasks');
    expect(await staff.page.locator('table').textContent()).toContain(reference);
    await expectAccessible(staff.page, 'console queue');
    await screenshot(staff.page, 'console-queue');

    await activate(staff.page, 'table a[href^="/console/cases/"]');
    expect(await heading(staff.page)).toBe(`Case ${reference}`);
    expect(await staff.page.locator('main').textContent()).toContain('Spending on road repairs');
    await expectAccessible(staff.page, 'console case');
    await screenshot(staff.page, 'console-case');

    await decide(staff.page, 'requestMoreInformation', async () => {
      await typeInto(staff.page, '#comment', 'Tell us which roads, or which part of the county.');
      await tabTo(staff.page, 'input[name="pages"][value="information-wanted"]');
      await staff.page.keyboard.press('Space');
    });
    expect(await staff.page.locator('main').textContent()).toContain('Waiting for the resident');

    await resident.page.reload();
    expect(resident.page.url()).toMatch(/\/foi-request\/information-wanted$/);
    const banner = (await resident.page.locator('.govuk-notification-banner').textContent()) ?? '';
    expect(banner).toContain('We need more information');
    expect(banner).toContain('Tell us which roads, or which part of the county.');
    await expectAccessible(resident.page, 'more information page');
    await typeInto(resident.page, '#informationWanted', 'Spending on road repairs on the A470 in 2025');
    await pressContinue(resident.page);
    expect(resident.page.url()).toMatch(/\/check-answers$/);
    expect(await resident.page.locator('main button.govuk-button').first().textContent()).toContain(
      'Send your application again',
    );
    await pressContinue(resident.page);
    expect(await resident.page.locator('.govuk-panel__title').textContent()).toContain('Application sent');

    await staff.page.reload();
    expect(await staff.page.locator('main').textContent()).toContain('on the A470 in 2025');
    await decide(staff.page, 'approve');
    expect(await staff.page.locator('main').textContent()).toContain('Completed');

    await resident.page.reload();
    expect(await resident.page.locator('.govuk-panel__title').textContent()).toContain(
      'We have answered your request',
    );
    expect(resident.problems.concat(staff.problems)).toEqual([]);
    await residentContext.close();
    await staffContext.close();
  }, 120_000);
});
