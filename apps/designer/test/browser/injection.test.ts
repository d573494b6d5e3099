/*
 * Issue 10, item 5, for the designer: a journey whose every text carries a script and markup payload
 * opens in the journey list and in the editor with its live preview, and nothing of it runs or
 * becomes an element. The journey and the checks are the server's injection suite's own
 * (packages/server/test/reliability), loaded by path as this suite loads the server.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDesignerBuilt } from './build-designer';
import { DESIGNER_TOKEN, type DesignerServer, ROOT, startDesignerServer } from './designer-server';
import { designerPage, launchBrowser, signIn } from './support';

/** What this suite uses of packages/server/test/reliability/support. */
interface InjectionSupport {
  INJECTION_JOURNEY: { id: string; version: string };
  PAYLOAD: string;
  recordDialogs(page: Page): string[];
  expectInert(page: Page, dialogs: string[], label: string): Promise<number>;
}

async function injectionSupport(): Promise<InjectionSupport> {
  const dir = join(ROOT, 'packages', 'server', 'test', 'reliability', 'support');
  const load = (file: string) => import(/* @vite-ignore */ join(dir, file));
  const [browserChecks, journey] = await Promise.all([load('browser.ts'), load('injection-journey.ts')]);
  return { ...browserChecks, ...journey } as InjectionSupport;
}

let server: DesignerServer;
let browser: Browser;
let INJECTION_JOURNEY: InjectionSupport['INJECTION_JOURNEY'];
let PAYLOAD: string;
let expectInert: InjectionSupport['expectInert'];
let recordDialogs: InjectionSupport['recordDialogs'];

beforeAll(async () => {
  ({ INJECTION_JOURNEY, PAYLOAD, expectInert, recordDialogs } = await injectionSupport());
  await ensureDesignerBuilt();
  [server, browser] = await Promise.all([startDesignerServer(), launchBrowser()]);
  const created = await fetch(`${server.url}/api/v1/journeys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${DESIGNER_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(INJECTION_JOURNEY),
  });
  expect(created.status, await created.text()).toBe(201);
  const published = await fetch(
    `${server.url}/api/v1/journeys/${INJECTION_JOURNEY.id}/versions/${INJECTION_JOURNEY.version}/publish`,
    { method: 'POST', headers: { authorization: `Bearer ${DESIGNER_TOKEN}` } },
  );
  expect(published.status, await published.text()).toBe(200);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('markup in a journey, opened in the designer', () => {
  it('shows as text in the journey list, the editor and the live preview, and never runs', async () => {
    const { page } = await designerPage(browser);
    const dialogs = recordDialogs(page);
    await signIn(page, server.url);
    await page.getByText(PAYLOAD, { exact: false }).first().waitFor();
    await expectInert(page, dialogs, 'designer journey list');
    await page.goto(`${server.url}/designer/journeys/${INJECTION_JOURNEY.id}/1.0.0`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByText(PAYLOAD, { exact: false }).first().waitFor();
    const shown = await expectInert(page, dialogs, 'designer editor and preview');
    expect(shown).toBeGreaterThan(1);
  }, 120_000);
});
