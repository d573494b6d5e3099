import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { DESIGNER_TOKEN, ROOT } from './designer-server';

const AXE = readFileSync(join(ROOT, 'apps', 'designer', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
/** Screenshots of each screen checked, for people reviewing a change (artifacts/ is not committed). */
const SCREENSHOTS = join(ROOT, 'artifacts', 'screenshots');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Debian's Chromium, headless, with a fresh profile of its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A wide page that collects script errors and refusals by the Content-Security-Policy. */
export async function designerPage(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1100 } });
  page.setDefaultTimeout(20_000);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, problems };
}

/** Opens the designer and signs in with the test token. */
export async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/designer/`);
  await page.getByLabel('Designer token').fill(DESIGNER_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your journeys' }).waitFor();
}

/** axe-core with the WCAG 2.2 A and AA rules: the designer must have no violations at all. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Evaluated rather than added as a script tag: the designer's CSP rightly refuses inline scripts.
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE);
  const result = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} } })`,
  )) as { violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> };
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: join(SCREENSHOTS, `designer-${screen.replace(/[^a-z0-9]+/gi, '-')}.png`),
    fullPage: true,
  });
  const found = result.violations.map(
    (v) => `${v.id}: ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`,
  );
  expect(found, `axe violations on ${screen}`).toEqual([]);
}

/** Drags one element onto another with the mouse, in small steps as a hand would. */
export async function drag(page: Page, from: Locator, to: Locator, offsetY = 0): Promise<void> {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('cannot drag: an element is not on screen');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 + offsetY, { steps: 20 });
  await page.waitForTimeout(150);
  await page.mouse.up();
}

/** The questions on the page being edited, by the answer each asks, in order. */
export function pageFields(page: Page): Promise<string[]> {
  return page
    .locator('.designer-canvas .designer-card')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-field') ?? ''));
}

/** Opens one of the editor's tabs. */
export async function openTab(page: Page, name: RegExp | string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/** Presses Tab until the element matching `selector` has the focus. */
export async function tabTo(page: Page, selector: string, max = 200): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate(
      `document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`,
    );
    if (reached) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** What screen readers were last told by dnd-kit's live region. */
export function announcement(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[id^="DndLiveRegion"]')].map((el) => el.textContent ?? '').join(' '),
  );
}
