/// <reference lib="dom" />
// The functions handed to page.evaluate run in the browser, hence the DOM types.
import type { Browser, Page } from 'playwright-core';

/** The designer's session key for its token (apps/designer/src/app/session.ts). */
const TOKEN_KEY = 'fingerpost.designer.token';

/** A fresh tab signed in to the designer, with a recorder of animation-frame intervals. */
export async function signedInPage(browser: Browser, token: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1100 } });
  // A string, not a function: tsx would wrap a function's inner functions in a helper the page lacks.
  await context.addInitScript(`
    sessionStorage.setItem(${JSON.stringify(TOKEN_KEY)}, ${JSON.stringify(token)});
    window.__frames = [];
    window.__recording = false;
    let last = 0;
    const tick = (t) => {
      if (window.__recording && last > 0) window.__frames.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  `);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  return page;
}

/**
 * Opens a draft in the editor and times two moments from the start of navigation: every step is
 * on the map, and the editor has answered a click (the last step selected, its properties shown).
 */
export async function timeToInteractive(
  page: Page,
  url: string,
  steps: number,
  lastStep: string,
): Promise<{ mapShownMs: number; interactiveMs: number }> {
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction((n) => document.querySelectorAll('.designer-node').length === n, steps, {
    polling: 'raf',
  });
  const mapShownMs = performance.now() - start;
  const select = page.locator(`.designer-node[data-step="${lastStep}"] .designer-node__select`);
  await select.click();
  await page.waitForFunction(
    (id) =>
      document
        .querySelector(`.designer-node[data-step="${id}"] .designer-node__select`)
        ?.getAttribute('aria-pressed') === 'true',
    lastStep,
    { polling: 'raf' },
  );
  return { mapShownMs, interactiveMs: performance.now() - start };
}

/** Animation-frame intervals (ms) while `work` runs. */
export async function frameIntervals(page: Page, work: () => Promise<void>): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
  });
  await work();
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
}

/**
 * Drags a step by its handle across the map as a hand would: one small move every 16 ms for
 * `moves` moves. Returns where the step was and is (its left/top on the map).
 */
export async function dragStep(
  page: Page,
  stepId: string,
  moves: number,
): Promise<{ before: string; after: string }> {
  const node = page.locator(`.designer-node[data-step="${stepId}"]`);
  const position = () =>
    node.evaluate((el) => `${(el as HTMLElement).style.left},${(el as HTMLElement).style.top}`);
  const before = await position();
  const handle = node.locator('.designer-node__handle');
  await handle.scrollIntoViewIfNeeded();
  const box = await handle.boundingBox();
  if (!box) throw new Error(`the handle of ${stepId} is not on screen`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= moves; i++) {
    await page.mouse.move(x + i * 3, y + (i % 40) * 2);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await page.waitForTimeout(100);
  return { before, after: await position() };
}
