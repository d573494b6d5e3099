import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDesignerBuilt } from './build-designer';
import { DESIGNER_TOKEN, type DesignerServer, startDesignerServer } from './designer-server';
import {
  announcement,
  designerPage,
  expectAccessible,
  launchBrowser,
  openTab,
  pageFields,
  tabTo,
} from './support';

let server: DesignerServer;
let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  await ensureDesignerBuilt();
  [server, browser] = await Promise.all([startDesignerServer(), launchBrowser()]);
  ({ page, problems } = await designerPage(browser));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function press(selector: string, key = 'Enter') {
  await tabTo(page, selector);
  await page.keyboard.press(key);
}

describe('the designer by keyboard alone', () => {
  it('signs in and creates a journey from an example', async () => {
    await page.goto(`${server.url}/designer/`);
    await expectAccessible(page, 'sign in');
    await tabTo(page, 'input[name="token"]');
    await page.keyboard.type(DESIGNER_TOKEN);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Your journeys' }).waitFor();
    await page.locator('tr[data-journey="report-missed-bin"]').waitFor();
    await expectAccessible(page, 'the journey list');
    await tabTo(page, '.designer-create input');
    await page.keyboard.type('Report a missed bin (new)');
    await tabTo(page, '.designer-create select');
    await page.keyboard.press('End');
    await tabTo(page, '.designer-create button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Report a missed bin (new)' }).waitFor();
  });

  it('adds questions with the palette buttons and reorders them with the keyboard sensor', async () => {
    await press('.designer-node[data-step="which-bin"] .designer-node__select');
    await press('[role="tab"][aria-selected="true"]', 'ArrowRight');
    await page.locator('.designer-canvas').waitFor();
    expect(await pageFields(page)).toEqual(['binType']);
    await press('.designer-palette__button[data-kind="email"]');
    await press('.designer-palette__button[data-kind="phone"]');
    expect(await pageFields(page)).toEqual(['binType', 'email1', 'phone1']);
    await tabTo(page, '.designer-card[data-field="phone1"] .designer-card__handle');
    await page.keyboard.press('Space');
    await page.waitForTimeout(200);
    expect(await announcement(page)).toContain('"What is your phone number?" is over position 3 of 3');
    await page.keyboard.press('ArrowUp');
    await page.waitForTimeout(200);
    await page.keyboard.press('Space');
    await page.waitForTimeout(300);
    expect(await pageFields(page)).toEqual(['binType', 'phone1', 'email1']);
    expect(await announcement(page)).toContain('was dropped at position 2 of 3');
    await expectAccessible(page, 'the page editor');
  });

  it('moves a question with the Move up button, keeping focus on it', async () => {
    await press('.designer-card[data-field="email1"] button[aria-label^="Move up"]');
    expect(await pageFields(page)).toEqual(['binType', 'email1', 'phone1']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Move up: What is your email address?',
    );
    expect(await page.locator('[role="status"]').allTextContents()).toContain(
      'Moved "What is your email address?" to position 2 of 3.',
    );
  });
});

describe('every designer screen has no accessibility violations', () => {
  it('the properties of a question, with its options and condition', async () => {
    await press('.designer-card[data-field="binType"] .designer-card__select');
    await page.getByRole('heading', { name: /Question 1 on which-bin/ }).waitFor();
    await expectAccessible(page, 'a question’s properties');
  });

  it('a payment step’s properties, added and priced by keyboard', async () => {
    await openTab(page, 'Journey map');
    await press('.designer-node[data-step="check-answers"] .designer-node__select');
    await press('.designer-palette--steps .designer-palette__button[data-kind="payment"]');
    await page.getByRole('heading', { name: /^Payment: £25\.00/ }).waitFor();
    await tabTo(page, 'input[inputmode="decimal"]');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('52.50');
    await page
      .locator('.designer-node[data-step="payment-1"] .designer-node__kind', { hasText: '£52.50' })
      .waitFor();
    await expectAccessible(page, 'a payment step’s properties');
    await tabTo(page, '.govuk-radios__input[value="fixed"]');
    await page.keyboard.press('ArrowDown');
    await page.getByLabel('Amount as a money expression').waitFor();
    expect(await page.getByLabel('Amount as a money expression').inputValue()).toBe('£52.50');
    await expectAccessible(page, 'a payment step’s amount as an expression');
  });

  it('the map with a step’s properties and its routes', async () => {
    await openTab(page, 'Journey map');
    await page.locator('.designer-node[data-step="bin-out-in-time"] .designer-node__select').click();
    await page.getByRole('button', { name: 'Add a route with a condition' }).click();
    await expectAccessible(page, 'the journey map');
  });

  it('the problems list, with problems', async () => {
    await openTab(page, /Problems/);
    await page.getByRole('heading', { name: /problem/ }).waitFor();
    await expectAccessible(page, 'the problems list');
    await page.locator('.designer-issue__button:has-text("Step bin-out-in-time")').first().click();
    await page.getByRole('group', { name: 'Where next' }).waitFor();
  });

  it('the preview', async () => {
    await page.getByRole('button', { name: /Undo/ }).click();
    await openTab(page, 'Preview');
    await page.locator('.designer-preview h1').waitFor();
    await expectAccessible(page, 'the preview');
    await page.locator('.designer-preview').getByRole('button', { name: 'Continue' }).click();
    await page.locator('.designer-preview .govuk-error-summary').waitFor();
    await expectAccessible(page, 'the preview with errors');

    await page.getByLabel('Jump to a page').selectOption('payment-1');
    await page.getByRole('button', { name: 'Jump with sample answers' }).click();
    await page.getByRole('button', { name: 'Preview a declined payment' }).waitFor();
    await expectAccessible(page, 'the preview of a payment step');
    await press('.designer-preview-payment .govuk-button:nth-of-type(2)');
    await page.locator('.designer-preview h1', { hasText: 'Your payment was not completed' }).waitFor();
    await expectAccessible(page, 'the preview after a declined payment');
  });

  it('the versions and a comparison', async () => {
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved').waitFor();
    await openTab(page, 'Versions');
    await page.locator('.designer-diff, .designer-diff + p, p:has-text("No differences")').first().waitFor();
    await expectAccessible(page, 'the versions');
  });

  it('a published version, read only', async () => {
    await page.goto(`${server.url}/designer/journeys/report-missed-bin/1.0.0`);
    await page.getByRole('heading', { level: 1, name: 'Report a missed bin collection' }).waitFor();
    await expectAccessible(page, 'a published version');
    expect(problems).toEqual([]);
  });
});
