import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDesignerBuilt } from './build-designer';
import { DESIGNER_TOKEN, type DesignerServer, ROOT, startDesignerServer } from './designer-server';
import { designerPage, expectAccessible, launchBrowser, signIn } from './support';

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

const row = (id: string) => page.locator(`tr[data-journey="${id}"]`);

async function backToList() {
  await page.getByRole('link', { name: 'Fingerpost designer' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your journeys' }).waitFor();
}

describe('the journey list', () => {
  it('creates a draft, renames it and deletes it', async () => {
    await signIn(page, server.url);
    await page.getByLabel('Name of the service').fill('Apply for a parking permit');
    await page.getByRole('button', { name: 'Create journey' }).click();
    await page.getByRole('heading', { level: 1, name: 'Apply for a parking permit' }).waitFor();
    await backToList();
    await row('apply-for-a-parking-permit')
      .getByRole('button', { name: /Rename/ })
      .click();
    await row('apply-for-a-parking-permit')
      .getByLabel(/New name/)
      .fill('Apply for a resident parking permit');
    await row('apply-for-a-parking-permit').getByRole('button', { name: 'Save name' }).click();
    await page
      .getByText('Renamed apply-for-a-parking-permit to Apply for a resident parking permit')
      .waitFor();
    await expect
      .poll(() => row('apply-for-a-parking-permit').locator('th').textContent())
      .toContain('Apply for a resident parking permit');
    await expectAccessible(page, 'the journey list with a draft');
    await row('apply-for-a-parking-permit')
      .getByRole('button', { name: /Delete draft/ })
      .click();
    await row('apply-for-a-parking-permit').getByRole('button', { name: 'Yes, delete draft 0.1.0' }).click();
    await page.getByText('Deleted draft 0.1.0').waitFor();
    await row('apply-for-a-parking-permit').waitFor({ state: 'detached' });
    expect(await row('apply-for-a-parking-permit').count()).toBe(0);
    const versions = await fetch(`${server.url}/api/v1/journeys/apply-for-a-parking-permit/versions`, {
      headers: { authorization: 'Bearer browser-test-designer-token' },
    });
    expect(versions.status).toBe(404);
  });

  it('lists drafts made elsewhere (another browser, the API), not only those this browser made', async () => {
    const journey = {
      ...JSON.parse(readFileSync(join(ROOT, 'examples', 'foi-request', 'journey.json'), 'utf8')),
    };
    const saved = await fetch(`${server.url}/api/v1/journeys/made-elsewhere/versions/0.1.0`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${DESIGNER_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...journey, id: 'made-elsewhere', version: '0.1.0' }),
    });
    expect(saved.status).toBe(201);
    await page.reload();
    await row('made-elsewhere').getByRole('link', { name: 'Edit draft 0.1.0' }).waitFor();
  });

  it('refuses an id that is taken, saying which', async () => {
    await page.getByLabel('Name of the service').fill('Blue badge');
    await page.getByRole('button', { name: 'Create journey' }).click();
    await page.getByText('There is already a journey called blue-badge: choose another id').waitFor();
    await expectAccessible(page, 'the create form with an error');
  });

  it('starts a new draft version of a published journey', async () => {
    await row('garden-waste')
      .getByRole('button', { name: /New draft/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Subscribe to garden waste collection' }).waitFor();
    expect(page.url()).toBe(`${server.url}/designer/journeys/garden-waste/1.1.0`);
    await backToList();
    await row('garden-waste').getByRole('link', { name: 'Edit draft 1.1.0' }).waitFor();
    expect(await row('garden-waste').getByRole('link', { name: 'Edit draft 1.1.0' }).count()).toBe(1);
    expect(problems).toEqual([]);
  });
});
