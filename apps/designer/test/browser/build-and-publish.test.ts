import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDesignerBuilt } from './build-designer';
import { type DesignerServer, startDesignerServer } from './designer-server';
import { designerPage, drag, launchBrowser, openTab, pageFields, signIn } from './support';

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

const JOURNEY = 'report-a-pothole';

async function selectStep(id: string) {
  await openTab(page, 'Journey map');
  await page.locator(`.designer-node[data-step="${id}"] .designer-node__select`).click();
}

describe('building a journey in the designer', () => {
  it('creates a blank journey and opens it on the map', async () => {
    await signIn(page, server.url);
    await page.getByLabel('Name of the service').fill('Report a pothole');
    await page.getByRole('button', { name: 'Create journey' }).click();
    await page.getByRole('heading', { level: 1, name: 'Report a pothole' }).waitFor();
    expect(page.url()).toBe(`${server.url}/designer/journeys/${JOURNEY}/0.1.0`);
    await expect.poll(() => page.locator('.designer-node').count()).toBe(3);
  });

  it('drags questions from the palette onto the page and reorders two of them by dragging', async () => {
    await selectStep('your-name');
    await openTab(page, 'Page editor');
    expect(await pageFields(page)).toEqual(['fullName']);
    const canvas = page.locator('.designer-canvas');
    await drag(page, page.locator('.designer-palette__button[data-kind="yesNo"]'), canvas, 60);
    await page.waitForFunction(
      () => document.querySelectorAll('.designer-canvas .designer-card').length === 2,
    );
    // The new question's properties open (with its default words): give it its own.
    const question = page.getByLabel('Question', { exact: true });
    await expect.poll(() => question.inputValue()).toBe('Do you agree?');
    await question.fill('Is the pothole deeper than 5cm?');
    await expect
      .poll(() => page.locator('.designer-card[data-field="yesNo1"] .designer-card__label').textContent())
      .toBe('Is the pothole deeper than 5cm?');
    await drag(page, page.locator('.designer-palette__button[data-kind="date"]'), canvas, 120);
    await page.waitForFunction(
      () => document.querySelectorAll('.designer-canvas .designer-card').length === 3,
    );
    expect(await pageFields(page)).toEqual(['fullName', 'yesNo1', 'date1']);
    const handle = page.locator('.designer-card[data-field="date1"] .designer-card__handle');
    await drag(page, handle, page.locator('.designer-card[data-field="fullName"]'), -10);
    await page.waitForTimeout(300);
    expect(await pageFields(page)).toEqual(['date1', 'fullName', 'yesNo1']);
  });

  it('adds a branch and routes it with the condition builder', async () => {
    await selectStep('your-name');
    await page.getByRole('button', { name: 'Add Branch' }).click();
    await page.locator('.designer-node[data-step="branch-1"]').waitFor();
    await page.getByRole('button', { name: 'Add a route with a condition' }).click();
    await page.getByLabel('Answer', { exact: true }).selectOption('yesNo1');
    await page.getByLabel('Check', { exact: true }).selectOption('isYes');
    await page.getByLabel('Route 1: go to').selectOption('confirmation');
    expect(await page.getByLabel('Condition as text').inputValue()).toBe('yesNo1');
    await page.getByRole('tab', { name: 'Problems (none)' }).waitFor();
    await expect
      .poll(() => page.locator('.designer-node[data-step="branch-1"] .govuk-visually-hidden').textContent())
      .toContain('Application complete (yesNo1)');
  });

  it('previews the draft on the real engine, taking the branch', async () => {
    await openTab(page, 'Preview');
    const preview = page.locator('.designer-preview');
    await preview.getByLabel('Day').fill('3');
    await preview.getByLabel('Month').fill('3');
    await preview.getByLabel('Year').fill('2026');
    await preview.getByLabel('What is your full name?').fill('Priya Shah');
    await preview.getByLabel('Yes').check();
    await expect
      .poll(() => preview.getByRole('group', { name: 'Is the pothole deeper than 5cm?' }).count())
      .toBe(1);
    await preview.getByRole('button', { name: 'Continue' }).click();
    await preview.locator('.govuk-panel--confirmation').waitFor();
    expect(await preview.locator('.govuk-panel__title').textContent()).toBe('Application complete');
    await expect
      .poll(async () =>
        (await page.locator('.designer-route-taken li').allTextContents()).map((r) =>
          r.replace(/.*\((.*)\)$/, '$1'),
        ),
      )
      .toEqual(['your-name', 'branch-1', 'confirmation']);
    await page.getByLabel('Jump to a page').selectOption('check-answers');
    await page.getByRole('button', { name: 'Jump with sample answers' }).click();
    await preview
      .getByRole('heading', { level: 1, name: 'Check your answers before sending your application' })
      .waitFor();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Jumped to' }).textContent())
      .toContain('your-name → branch-1 → check-answers');
    expect(problems).toEqual([]);
  });

  it('publishes it, and a resident completes it through the server', async () => {
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Version 0.1.0 is published').waitFor();
    const started = await fetch(`${server.url}/api/v1/journeys/${JOURNEY}/instances`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(started.status).toBe(201);
    const { instanceId, resumeToken, view } = (await started.json()) as {
      instanceId: string;
      resumeToken: string;
      view: { step: { id: string } };
    };
    expect(view.step.id).toBe('your-name');
    const answered = await fetch(`${server.url}/api/v1/instances/${instanceId}/steps/your-name`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${resumeToken}` },
      body: JSON.stringify({ answers: { fullName: 'Priya Shah', yesNo1: 'yes', date1: '2026-03-03' } }),
    });
    expect(answered.status).toBe(200);
    const after = (await answered.json()) as { status: string; outcome: { kind: string } | null };
    expect(after.status).toBe('completed');
    expect(after.outcome?.kind).toBe('submitted');
  });

  it('finds the journey unchanged after a reload', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Report a pothole' }).waitFor();
    expect(await page.locator('.govuk-tag').first().textContent()).toBe('Published');
    await selectStep('your-name');
    await openTab(page, 'Page editor');
    expect(await pageFields(page)).toEqual(['date1', 'fullName', 'yesNo1']);
    expect(
      await page.locator('.designer-card[data-field="yesNo1"] .designer-card__label').textContent(),
    ).toBe('Is the pothole deeper than 5cm?');
    expect(problems).toEqual([]);
  });

  it('shows the published version’s analytics on the map', async () => {
    await openTab(page, 'Journey map');
    await page.getByLabel('Show analytics from published versions').check();
    const figures = page.locator('.designer-node[data-step="your-name"] .designer-node__analytics');
    await figures.waitFor();
    await expect.poll(() => figures.textContent()).toContain('1 reached');
    await expect
      .poll(() => page.locator('.designer-figures').first().textContent())
      .toContain('1 started · 1 completed (100%)');
    expect(problems).toEqual([]);
  });
});
