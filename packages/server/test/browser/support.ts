import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Journey } from '@fingerpost/schema';
import { type Browser, type BrowserContext, chromium, type FileChooser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { createCsvAddressProvider } from '../../src/connected/address/csv-provider';
import { createPages } from '../../src/pages/index';
import type { PayClientFor } from '../../src/runtime/payments';
import { createServer, type RunningServer } from '../../src/server';
import { openStorage } from '../../src/storage/index';

const ROOT = resolve(__dirname, '..', '..', '..', '..');
export const SCREENSHOTS = join(ROOT, 'artifacts', 'screenshots');
const AXE = readFileSync(join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Wednesday 4 March 2026, 10am: a missed bin from Tuesday can still be reported. */
export const TODAY = new Date('2026-03-04T10:00:00Z');

export const CASEWORKER_TOKEN = 'browser-test-caseworker-token';

export interface TestServer {
  server: RunningServer;
  url: string;
  close(): Promise<void>;
}

/** A real server on a free port over a real SQLite file, with the example journeys published. */
export async function startServer(
  roles: string[] = [],
  options: { pay?: PayClientFor } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'fingerpost-browser-'));
  const tokens = { caseworkers: { [CASEWORKER_TOKEN]: { id: 'casey', roles } } };
  const server = await createServer({
    storage: openStorage(`sqlite:${join(dir, 'fingerpost.db')}`),
    journeysDir: join(ROOT, 'examples'),
    port: 0,
    clock: () => TODAY,
    tokens,
    rateLimit: false,
    purgeIntervalMs: 0,
    log: () => {},
    ...(options.pay ? { pay: options.pay } : {}),
    // As `fingerpost serve` of the examples: the made-up addresses for the postcode look-up.
    pages: (runtime, services) =>
      createPages(runtime, {
        sessionSecret: 'browser tests',
        addresses: createCsvAddressProvider(join(ROOT, 'examples', 'addresses', 'addresses.csv')),
        ...services,
      }),
  });
  return {
    server,
    url: server.url,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

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

/**
 * A page that records any Content-Security-Policy refusal or script error, so a test can show the
 * nonce'd inline script and GOV.UK Frontend's JavaScript ran.
 */
export async function strictPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, problems };
}

/** Presses Tab until the element matching `selector` has the focus. */
export async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const reached = await page.evaluate(
      `document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`,
    );
    if (reached) return;
  }
  throw new Error(`Tab never reached ${selector} on ${page.url()}`);
}

/**
 * Picks files with a file input by keyboard: Tab to it, Space opens the chooser. A press that lands
 * while GOV.UK Frontend is still enhancing the page opens nothing, so it is tried again.
 */
export async function chooseFilesByKeyboard(
  page: Page,
  selector: string,
  files: Parameters<FileChooser['setFiles']>[0],
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const focused = await page.evaluate(
      `document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`,
    );
    if (!focused) await tabTo(page, selector);
    try {
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser', { timeout: 5_000 }),
        page.keyboard.press('Space'),
      ]);
      return await chooser.setFiles(files);
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Tabs to a field and types into it (clearing what is there first). */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  if (text !== '') await page.keyboard.type(text);
}

/** Tabs to a radio group and chooses its option number `n` (1-based) with the arrow keys or Space. */
export async function chooseRadio(page: Page, name: string, n: number): Promise<void> {
  await tabTo(page, `input[type=radio][name="${name}"]`);
  const current = (await page.evaluate(
    `[...document.querySelectorAll('input[name="' + document.activeElement.name + '"]')].indexOf(document.activeElement) + 1`,
  )) as number;
  if (current === n) {
    await page.keyboard.press('Space');
    return;
  }
  const key = n > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(n - current); i++) await page.keyboard.press(key);
}

/** Tabs to a select and moves to its option number `n` (1-based, from the first) with the arrow keys. */
export async function chooseOption(page: Page, selector: string, n: number): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.press('Home');
  for (let i = 1; i < n; i++) await page.keyboard.press('ArrowDown');
  const chosen = (await page.evaluate(`document.activeElement.selectedIndex + 1`)) as number;
  if (chosen !== n) throw new Error(`The arrow keys chose option ${chosen} of ${selector}, not ${n}`);
}

/** Tabs to a link or button and presses Enter, waiting for the next page. */
export async function activate(page: Page, selector: string): Promise<void> {
  await tabTo(page, selector);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
}

/** Presses the page's main button (Start now, Continue, Send…), by keyboard. */
export function pressContinue(page: Page): Promise<void> {
  return activate(page, 'main button.govuk-button:not(.govuk-button--secondary)');
}

/** The page's main heading. */
export async function heading(page: Page): Promise<string> {
  return ((await page.locator('h1').first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResult {
  violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown; revealingRadio: boolean }> }>;
}

/**
 * axe-core with the WCAG 2.2 A and AA rules: the page must have no violations at all.
 *
 * One exception, only where a test says the page has radios that reveal questions: GOV.UK
 * Frontend puts `aria-expanded` on such a radio, which ARIA does not list for radios. The Design
 * System keeps it on purpose because screen readers announce it (alphagov/govuk-frontend#979, a
 * documented known issue); every other rule still applies to those radios.
 */
export async function expectAccessible(
  page: Page,
  name: string,
  options: { revealingRadios?: boolean } = {},
): Promise<void> {
  const loaded = await page.evaluate(`'axe' in window`);
  if (!loaded) await page.evaluate(AXE);
  // Runs in the page (written as a string: this package's TypeScript has no DOM types).
  const result = (await page.evaluate(`(async () => {
    const run = await axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} }, resultTypes: ['violations'] });
    return run.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => {
        const selector = Array.isArray(n.target) ? String(n.target[0]) : '';
        const element = selector ? document.querySelector(selector) : null;
        const revealingRadio = element ? element.matches('input.govuk-radios__input[aria-controls^="conditional-"]') : false;
        return { target: n.target, revealingRadio };
      }),
    }));
  })()`)) as AxeResult['violations'];
  const violations = result
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter(
        (n) => !(options.revealingRadios && v.id === 'aria-allowed-attr' && n.revealingRadio),
      ),
    }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  expect(violations.join('\n'), `axe violations on the ${name}`).toBe('');
}

/** A full-page screenshot under artifacts/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Publishes a journey on a running server (the catalogue reads storage on every request). */
export async function publish(server: TestServer, journey: Journey): Promise<void> {
  const storage = server.server.runtime.storage;
  const at = TODAY.toISOString();
  await storage.putJourneyVersion({
    journeyId: journey.id,
    version: journey.version,
    status: 'draft',
    definition: journey,
    createdAt: at,
    updatedAt: at,
    publishedAt: null,
  });
  await storage.publishJourneyVersion(journey.id, journey.version, at);
}
