/*
 * Issue 10, item 5 (markup): the payload in every journey text and every free-text answer (and a
 * file name, and a caseworker's comment), shown on every resident page and every console page, in
 * real Chromium (the designer's list and editor: apps/designer/test/browser/injection.test.ts). No dialog may open, no payload script may run, no payload markup may
 * become an element (that would be an escaping bug even where the Content-Security-Policy blocks
 * the script), and the payload must show literally.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPages, pagesErrorRenderer } from '../../src/pages/index';
import { type Started, submit } from '../../src/testing/flows';
import { REPO, startTestServer, type TestServer } from '../../src/testing/test-server';
import { chromiumForTests, expectInert, launchChromium, recordDialogs } from './support/browser';
import {
  addMember,
  completeInjection,
  INJECTION_STAFF,
  INJECTION_TOKENS,
  injectionSteps,
  publishInjectionJourney,
  startInjection,
} from './support/injection-flow';
import { INJECTION_JOURNEY, PAYLOAD } from './support/injection-journey';

const browserReady = chromiumForTests('injection in Chromium (reliability suite)');
const J = INJECTION_JOURNEY.id;

let s: TestServer;
let browser: Browser;

const pagesChecked: string[] = [];

beforeAll(async () => {
  if (!browserReady) return;
  s = await startTestServer({
    journeys: [],
    overrides: {
      tokens: INJECTION_STAFF,
      rateLimit: false,
      renderError: pagesErrorRenderer(),
      pages: (runtime, services) => createPages(runtime, { sessionSecret: 'injection suite', ...services }),
    },
  });
  await publishInjectionJourney(s);
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await s?.stop();
});

async function newPage(): Promise<{ context: BrowserContext; page: Page; dialogs: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  return { context, page, dialogs: recordDialogs(page) };
}

/** Opens a page and checks it (see expectInert). */
async function visit(page: Page, dialogs: string[], path: string, label: string, showsPayload = true) {
  const response = await page.goto(`${s.url}${path}`, { waitUntil: 'load' });
  expect(response?.status(), `${label}: ${page.url()}`).toBeLessThan(500);
  await expectInert(page, dialogs, label, showsPayload);
  pagesChecked.push(label);
}

const resume = (app: Started) => `/resume/${app.instanceId}?token=${encodeURIComponent(app.token)}`;

describe.runIf(browserReady)('script and markup payloads in real Chromium', () => {
  it('resident pages: start, every question, list and item pages, refusals, check answers, waiting, more information, outcomes', async () => {
    const { context, page, dialogs } = await newPage();
    await visit(page, dialogs, '/', 'list of services');
    await visit(page, dialogs, `/${J}`, 'start page');
    await visit(page, dialogs, `/${J}?lang=cy`, 'start page in Welsh');
    const app = await startInjection(s);
    await visit(page, dialogs, resume(app), 'first question (via the resume link)');
    // The first answer typed into the page itself, as a resident would.
    await page.fill('input[name="fullName"]', PAYLOAD);
    await Promise.all([
      page.waitForNavigation(),
      page.click('main button.govuk-button:not(.govuk-button--secondary)'),
    ]);
    await expectInert(page, dialogs, 'page after a typed answer');
    await visit(page, dialogs, `/${J}/name`, 'question showing the typed answer', true);
    expect(await page.inputValue('input[name="fullName"]')).toBe(PAYLOAD);
    await submit(s, app, 'name', { fullName: PAYLOAD });
    await visit(page, dialogs, `/${J}/notice`, 'content page');
    await submit(s, app, 'notice', {});
    await visit(page, dialogs, `/${J}/about`, 'page of several questions');
    // Refused: the story typed in, nothing chosen; the page must show it back as text.
    await page.fill('textarea[name="story"]', PAYLOAD);
    await Promise.all([
      page.waitForNavigation(),
      page.click('main button.govuk-button:not(.govuk-button--secondary)'),
    ]);
    await expectInert(page, dialogs, 'refused page with an error summary');
    expect(await page.inputValue('textarea[name="story"]')).toBe(PAYLOAD);
    pagesChecked.push('refused page');
    const steps = injectionSteps();
    await submit(s, app, 'about', steps[2].answers);
    await visit(page, dialogs, `/${J}/members`, 'empty list page');
    await visit(page, dialogs, `/${J}/members/add`, 'add an item');
    await addMember(s, app);
    await visit(page, dialogs, `/${J}/members`, 'list page with an item');
    await visit(page, dialogs, `/${J}/members/items/0`, 'change an item');
    await visit(page, dialogs, `/${J}/members/items/0/remove`, 'remove an item');
    await submit(s, app, 'members', {});
    await visit(page, dialogs, `/${J}/home`, 'address question');
    await submit(s, app, 'home', steps[4].answers);
    await visit(page, dialogs, `/${J}/money`, 'money, date and yes/no questions');
    await submit(s, app, 'money', steps[5].answers);
    await visit(page, dialogs, `/${J}/evidence`, 'file question');
    await visit(page, dialogs, `/${J}/evidence/save`, 'save and come back later');
    const rest = await startInjection(s);
    await completeInjection(s, rest);
    await visit(page, dialogs, resume(rest), 'check your answers (every answer a payload)');
    await visit(page, dialogs, `/${J}/check?lang=cy`, 'check your answers in Welsh');
    await submit(s, rest, 'check');
    await visit(page, dialogs, resume(rest), 'waiting for a decision');
    // A caseworker asks for more information, with the payload as their comment.
    const asked = await s.call('POST', `/api/v1/tasks/${rest.instanceId}:review/decision`, {
      token: INJECTION_TOKENS.caseworker,
      body: { decision: 'requestMoreInformation', comment: PAYLOAD, pages: ['about'] },
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    await visit(page, dialogs, resume(rest), 'more information requested (caseworker comment)');
    // The resident answers again and resends; the caseworker approves with the payload as comment.
    await submit(s, rest, 'about', steps[2].answers);
    await visit(page, dialogs, resume(rest), 'after answering again');
    await submit(s, rest, 'check');
    const approved = await s.call('POST', `/api/v1/tasks/${rest.instanceId}:review/decision`, {
      token: INJECTION_TOKENS.caseworker,
      body: { decision: 'approve', comment: PAYLOAD },
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    await visit(page, dialogs, resume(rest), 'approved end page');
    const ineligible = await startInjection(s);
    await completeInjection(s, ineligible, { story: false });
    await visit(page, dialogs, resume(ineligible), 'ineligible end page');
    await context.close();
  }, 300_000);

  it('error pages reflect hostile addresses as text', async () => {
    const { context, page, dialogs } = await newPage();
    await visit(page, dialogs, `/${J}/${encodeURIComponent(PAYLOAD)}`, 'unknown page of a journey', false);
    await visit(page, dialogs, `/${encodeURIComponent(PAYLOAD)}`, 'unknown journey', false);
    await visit(
      page,
      dialogs,
      `/resume/${encodeURIComponent(PAYLOAD)}?token=${encodeURIComponent(PAYLOAD)}`,
      'bad resume link',
      false,
    );
    await context.close();
  });

  it('console pages: sign in, the queue, a case with hostile answers, file name and comments', async () => {
    const app = await startInjection(s);
    await completeInjection(s, app);
    await submit(s, app, 'check');
    const { context, page, dialogs } = await newPage();
    await visit(page, dialogs, '/console/sign-in', 'console sign-in', false);
    await page.fill('input[type="password"], input[name="token"]', INJECTION_TOKENS.caseworker);
    await Promise.all([page.waitForNavigation(), page.click('main button.govuk-button')]);
    await expectInert(page, dialogs, 'task queue');
    pagesChecked.push('task queue');
    await visit(page, dialogs, `/console/cases/${app.instanceId}`, 'case page');
    const decided = await s.call('POST', `/api/v1/tasks/${app.instanceId}:review/decision`, {
      token: INJECTION_TOKENS.caseworker,
      body: { decision: 'reject', comment: PAYLOAD },
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    await visit(
      page,
      dialogs,
      `/console/cases/${app.instanceId}`,
      'case page after a decision with a hostile comment',
    );
    await visit(page, dialogs, '/console', 'task queue after the decision', false);
    await context.close();
    const resident = await newPage();
    await visit(resident.page, resident.dialogs, resume(app), 'refused end page (resident)');
    await resident.context.close();
  }, 300_000);

  it('the check itself catches a page that shows the payload as markup', async () => {
    const { context, page, dialogs } = await newPage();
    await page.setContent(`<main><p>${PAYLOAD}</p></main>`);
    await expect(expectInert(page, dialogs, 'a page with an escaping bug')).rejects.toThrow();
    await context.close();
  });

  it('checked every page above', () => {
    console.info(`injection in Chromium: ${pagesChecked.length} pages checked: ${pagesChecked.join('; ')}`);
    expect(pagesChecked.length).toBeGreaterThan(20);
  });
});
