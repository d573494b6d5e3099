import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchBrowser } from '../../browser/support';
import { PAYLOAD } from './injection-journey';

const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether the browser suites can run: Debian's Chromium must be installed. Without it they skip
 * with a loud warning, or fail when FINGERPOST_REQUIRE_BROWSER=1 (as in CI).
 */
export function chromiumForTests(suite: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.FINGERPOST_REQUIRE_BROWSER === '1')
    throw new Error(`${suite}: ${CHROMIUM} is missing and FINGERPOST_REQUIRE_BROWSER=1 makes it mandatory`);
  console.warn(`SKIPPED: ${suite} — ${CHROMIUM} is missing (scripts/ensure-chromium.sh installs it)`);
  return false;
}

/** Debian's Chromium, headless, as every browser suite of the server launches it. */
export const launchChromium = launchBrowser;

/** Every dialog a page opened (alert, confirm, prompt): a payload's script would open one. */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

interface PageState {
  flag: unknown;
  injected: string[];
  text: string;
}

/**
 * The page as it stands: whether a payload's script ran (the global flag), any element the payload
 * would have made had it been parsed as markup, and the page's visible text.
 */
async function pageState(page: Page): Promise<PageState> {
  // Runs in the page (a string: this package's TypeScript has no DOM types).
  return (await page.evaluate(`(() => ({
    flag: window.__fpInjected,
    injected: [
      ...document.querySelectorAll('img[src="x"], [onerror], [onload]'),
      ...[...document.querySelectorAll('script')].filter((s) => s.textContent.includes('__fpInjected')),
    ].map((e) => e.outerHTML.slice(0, 200)),
    text: document.body ? document.body.innerText : '',
  }))()`)) as PageState;
}

/**
 * Checks a page in which the payload is shown: no dialog opened, no payload script ran, no payload
 * element exists, and (unless `showsPayload` is false) the payload shows literally, character for
 * character. Returns how many times it shows.
 */
export async function expectInert(
  page: Page,
  dialogs: string[],
  label: string,
  showsPayload = true,
): Promise<number> {
  const state = await pageState(page);
  expect(dialogs, `${label}: dialogs opened`).toEqual([]);
  expect(state.flag, `${label}: a payload script ran`).toBeUndefined();
  expect(state.injected, `${label}: payload markup became elements`).toEqual([]);
  const shown = state.text.split(PAYLOAD).length - 1;
  if (showsPayload) expect(shown, `${label}: the payload shown literally (${page.url()})`).toBeGreaterThan(0);
  return shown;
}
