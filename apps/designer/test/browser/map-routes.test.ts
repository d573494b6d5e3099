import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDesignerBuilt } from './build-designer';
import { DESIGNER_TOKEN, type DesignerServer, ROOT, startDesignerServer } from './designer-server';
import { designerPage, drag, expectAccessible, launchBrowser, signIn } from './support';

let server: DesignerServer;
let browser: Browser;
let page: Page;
let problems: string[];
const DRAFT = '/api/v1/journeys/report-missed-bin/versions/1.2.0';

beforeAll(async () => {
  await ensureDesignerBuilt();
  [server, browser] = await Promise.all([startDesignerServer(), launchBrowser()]);
  ({ page, problems } = await designerPage(browser));
  const journey = JSON.parse(
    readFileSync(join(ROOT, 'examples', 'report-missed-bin', 'journey.json'), 'utf8'),
  );
  const saved = await fetch(`${server.url}${DRAFT}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${DESIGNER_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...journey, version: '1.2.0' }),
  });
  expect(saved.status).toBe(201);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const node = (id: string) => page.locator(`.designer-node[data-step="${id}"]`);
const routesOf = (id: string) => node(id).locator('.govuk-visually-hidden').textContent();

async function savedDraft(): Promise<{ steps: Array<Record<string, unknown>> }> {
  const r = await fetch(`${server.url}${DRAFT}`, { headers: { authorization: `Bearer ${DESIGNER_TOKEN}` } });
  return (await r.json()).definition;
}

describe('routes on the journey map', () => {
  it('re-routes a step by dragging the end of its arrow onto another step', async () => {
    await signIn(page, server.url);
    await page.goto(`${server.url}/designer/journeys/report-missed-bin/1.2.0`);
    await node('which-bin').locator('.designer-node__select').click();
    const handle = page.getByRole('button', {
      name: /^Re-route the route from Which bin was not collected\?/,
    });
    await handle.waitFor();
    await expectAccessible(page, 'the map with the route handles of a step');
    await drag(page, handle, node('bin-out-in-time').locator('.designer-node__select'));
    await expect.poll(() => routesOf('which-bin')).not.toContain('When was your bin due to be collected?');
    await expect.poll(() => page.getByLabel('Go to', { exact: true }).inputValue()).toBe('bin-out-in-time');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect
      .poll(async () => (await savedDraft()).steps.find((s) => s.id === 'which-bin')?.next)
      .toBe('bin-out-in-time');
  });

  it('re-routes one branch of an eligibility step, keeping its condition, and undoes it', async () => {
    await node('check-report').locator('.designer-node__select').click();
    const before = await routesOf('check-report');
    const branch = page.getByRole('button', { name: /^Re-route the route “ineligible: not binOutInTime”/ });
    // The map scrolls: bring the branch's end and the step it is dragged to into view together.
    await node('address').scrollIntoViewIfNeeded();
    await branch.scrollIntoViewIfNeeded();
    await drag(page, branch, node('address').locator('.designer-node__select'));
    await expect.poll(() => routesOf('check-report')).not.toBe(before);
    expect(await routesOf('check-report')).toMatch(
      /What is the address[^;]*\(ineligible: not binOutInTime\)/,
    );
    await page.getByRole('button', { name: 'Undo re-route check-report to address' }).click();
    await expect.poll(() => routesOf('check-report')).toBe(before);
    expect(problems).toEqual([]);
  });
});
