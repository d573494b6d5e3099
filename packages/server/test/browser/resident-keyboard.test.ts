import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activate,
  chooseFilesByKeyboard,
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
  tabTo,
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

describe('a resident using only the keyboard', () => {
  it('reports a missed bin in Welsh: an error, save and return, a change from check your answers', async () => {
    const context = await browser.newContext();
    const { page, problems } = await strictPage(context);
    await page.goto(`${server.url}/report-missed-bin`);
    await expectAccessible(page, 'start page');
    await screenshot(page, 'start');

    await activate(page, 'a[hreflang="cy"]');
    expect(await heading(page)).toBe('Rhoi gwybod am gasgliad bin a fethwyd');
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    await pressContinue(page);

    // Continue without an answer: the error page, in Welsh, with the summary focused.
    await pressContinue(page);
    expect(await page.title()).toMatch(/^Gwall: Pa fin na chafodd ei gasglu\?/);
    expect(await page.locator('.govuk-error-summary__title').textContent()).toContain(
      'Mae problem wedi codi',
    );
    expect(await page.evaluate(`document.activeElement.classList.contains('govuk-error-summary')`)).toBe(
      true,
    );
    await expectAccessible(page, 'error page');
    await screenshot(page, 'error');
    await chooseRadio(page, 'binType', 2);
    await pressContinue(page);

    expect(await heading(page)).toBe('Pryd oedd eich bin i fod i gael ei gasglu?');
    await typeInto(page, '#collectionDate-day', '3');
    await typeInto(page, '#collectionDate-month', '3');
    await typeInto(page, '#collectionDate-year', '2026');
    await expectAccessible(page, 'question page');
    await screenshot(page, 'question');
    await pressContinue(page);

    await chooseRadio(page, 'binOutInTime', 1);
    await pressContinue(page);
    await chooseRadio(page, 'tagLeft', 2);
    await pressContinue(page);
    // The postcode look-up, in Welsh: the chosen address fills the address inputs.
    expect(await heading(page)).toBe("Beth yw'r cyfeiriad lle cafodd y bin ei fethu?");
    await typeInto(page, '#postcode', 'cf10 1aa');
    await pressContinue(page);
    expect(await page.locator('#address option').first().textContent()).toContain(
      'Daethpwyd o hyd i 10 cyfeiriad',
    );
    await chooseOption(page, '#address', 2);
    await pressContinue(page);
    expect(await page.inputValue('#address-postcode')).toBe('CF10 1AA');
    await pressContinue(page);
    expect(page.url()).toMatch(/\/report-missed-bin\/email-address$/);

    // Save and come back later, then come back in a new browser session.
    await activate(page, 'main a[href$="/save"]');
    const link = (await page.locator('#resume-link').textContent())?.trim() ?? '';
    expect(link).toMatch(/\/resume\/[0-9a-f-]{36}\?token=/);
    await context.close();

    const later = await browser.newContext();
    const again = await strictPage(later);
    await again.page.goto(link);
    expect(again.page.url()).toMatch(/\/report-missed-bin\/email-address$/);
    expect(await heading(again.page)).toBe('Beth yw eich cyfeiriad e-bost? (dewisol)');
    await typeInto(again.page, '#emailAddress', 'gwyn@example.com');
    await pressContinue(again.page);

    expect(await heading(again.page)).toBe('Gwiriwch eich atebion cyn rhoi gwybod');
    expect(await again.page.locator('.govuk-summary-list').textContent()).toContain('3 Mawrth 2026');
    await expectAccessible(again.page, 'check your answers');
    await screenshot(again.page, 'check-answers');

    await activate(again.page, 'a[href$="/collection-date/change"]');
    expect(await again.page.inputValue('#collectionDate-day')).toBe('3');
    await typeInto(again.page, '#collectionDate-day', '2');
    await pressContinue(again.page);
    expect(again.page.url()).toMatch(/\/check-answers$/);
    expect(await again.page.locator('.govuk-summary-list').textContent()).toContain('2 Mawrth 2026');

    await pressContinue(again.page);
    expect(await again.page.locator('.govuk-panel__title').textContent()).toContain(
      'Rydych wedi rhoi gwybod am y bin a fethwyd',
    );
    expect(await again.page.locator('.govuk-panel__body').textContent()).toMatch(/Eich cyfeirnod\s*MB-/);
    await expectAccessible(again.page, 'confirmation');
    await screenshot(again.page, 'confirmation');

    // The end-of-service survey.
    await chooseRadio(again.page, 'rating', 1);
    await typeInto(again.page, '#comment', 'Hawdd iawn');
    await activate(again.page, 'main form button.govuk-button');
    expect(await again.page.locator('main').textContent()).toContain(
      'Diolch am ddweud wrthym beth yw eich barn',
    );
    expect(problems.concat(again.problems)).toEqual([]);

    const storage = server.server.runtime.storage;
    const feedback = await storage.listFeedback('report-missed-bin');
    expect(feedback).toContainEqual(
      expect.objectContaining({ kind: 'satisfaction', rating: 5, comment: 'Hawdd iawn' }),
    );
    const events = await storage.listJourneyEvents('report-missed-bin');
    const submitted = events.find((e) => e.type === 'applicationSubmitted');
    const instance = await storage.getInstance(submitted!.instanceId);
    expect(instance?.language).toBe('cy');
    await later.close();
  }, 120_000);

  it('is told why it cannot report a bin that was not out in time, and what to do instead', async () => {
    const context = await browser.newContext();
    const { page, problems } = await strictPage(context);
    await page.goto(`${server.url}/report-missed-bin`);
    await pressContinue(page);
    await chooseRadio(page, 'binType', 1);
    await pressContinue(page);
    await typeInto(page, '#collectionDate-day', '3');
    await typeInto(page, '#collectionDate-month', '3');
    await typeInto(page, '#collectionDate-year', '2026');
    await pressContinue(page);
    await chooseRadio(page, 'binOutInTime', 2);
    await pressContinue(page);
    await chooseRadio(page, 'tagLeft', 2);
    await pressContinue(page);
    expect(await heading(page)).toBe('We cannot come back for your bin');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Bins must be out by 7am on the collection day');
    expect(main).toContain('What you can do instead');
    await expectAccessible(page, 'outcome page');
    await screenshot(page, 'outcome');
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('applies for a Blue Badge, uploading its evidence and photo', async () => {
    const files = join(tmpdir(), `fingerpost-uploads-${process.pid}`);
    const letter = `${files}-letter.pdf`;
    const photo = `${files}-photo.jpg`;
    writeFileSync(letter, '%PDF-1.4\n% a decision letter\n');
    writeFileSync(photo, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]));
    const context = await browser.newContext();
    const { page, problems } = await strictPage(context);
    await page.goto(`${server.url}/blue-badge`);
    await pressContinue(page);
    await typeInto(page, '#dateOfBirth-day', '12');
    await typeInto(page, '#dateOfBirth-month', '4');
    await typeInto(page, '#dateOfBirth-year', '1958');
    await pressContinue(page);
    await tabTo(page, 'input[name="benefits"][value="dla-higher-mobility"]');
    await page.keyboard.press('Space');
    await pressContinue(page);
    await typeInto(page, '#fullName', 'Margaret Okafor');
    await pressContinue(page);
    await typeInto(page, '#address-line1', '14 Station Road');
    await typeInto(page, '#address-town', 'Exampleton');
    await typeInto(page, '#address-postcode', 'EX1 2AB');
    await pressContinue(page);

    for (const [field, file] of [
      ['evidence', letter],
      ['photo', photo],
    ] as const) {
      await chooseFilesByKeyboard(page, `#${field}`, file);
      if (field === 'evidence') {
        await expectAccessible(page, 'upload page');
        await screenshot(page, 'upload');
      }
      await pressContinue(page);
    }
    await typeInto(page, '#email', 'margaret@example.com');
    await pressContinue(page);
    const answers = (await page.locator('.govuk-summary-list').textContent()) ?? '';
    expect(answers).toContain(letter.split('/').pop()!);
    expect(answers).toContain(photo.split('/').pop()!);
    await pressContinue(page);
    expect(await page.locator('.govuk-panel__title').textContent()).toContain('Application sent');
    expect(await page.locator('.govuk-panel__body').textContent()).toMatch(/BB-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);

  it('makes a Freedom of Information request, with a character count on its description', async () => {
    const context = await browser.newContext();
    const { page, problems } = await strictPage(context);
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
    await typeInto(page, '#informationWanted', 'Spending on road repairs in 2025, by month');
    // GOV.UK Frontend's character count runs: it tells the resident how much room is left.
    await expect
      .poll(() => page.locator('.govuk-character-count__status').textContent())
      .toMatch(/2,?95\d characters remaining/);
    await pressContinue(page);
    await chooseRadio(page, 'preferredFormat', 1);
    await pressContinue(page);
    expect(await heading(page)).toMatch(/Check your answers/);
    await pressContinue(page);
    expect(await page.locator('.govuk-panel__title').textContent()).toContain('Application sent');
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});
