import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDesignerBuilt } from './build-designer';
import { DESIGNER_TOKEN, type DesignerServer, ROOT, startDesignerServer } from './designer-server';
import { designerPage, expectAccessible, launchBrowser, signIn, tabTo } from './support';

let server: DesignerServer;
let browser: Browser;
let designer: Page;
let reviewer: Page;
/** Script errors and CSP refusals, on each side. */
let problems: string[][] = [];
let link = '';

const DRAFT = { id: 'report-missed-bin', version: '1.1.0' };
const node = (page: Page, id: string) => page.locator(`.designer-node[data-step="${id}"]`);

beforeAll(async () => {
  await ensureDesignerBuilt();
  [server, browser] = await Promise.all([startDesignerServer(), launchBrowser()]);
  const journey = JSON.parse(readFileSync(join(ROOT, 'examples', DRAFT.id, 'journey.json'), 'utf8'));
  const saved = await fetch(`${server.url}/api/v1/journeys/${DRAFT.id}/versions/${DRAFT.version}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${DESIGNER_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...journey, version: DRAFT.version }),
  });
  expect(saved.status).toBe(201);
  const d = await designerPage(browser);
  designer = d.page;
  // The reviewer has a browser of their own: no designer token in it.
  const r = await designerPage(await launchBrowser());
  reviewer = r.page;
  problems = [d.problems, r.problems];
});

afterAll(async () => {
  await reviewer?.context().browser()?.close();
  await browser?.close();
  await server?.close();
});

describe('co-design review', () => {
  it('a designer shares a draft for review and gets a link to copy', async () => {
    await signIn(designer, server.url);
    await designer.goto(`${server.url}/designer/journeys/${DRAFT.id}/${DRAFT.version}`);
    await designer.getByRole('heading', { level: 1, name: 'Report a missed bin collection' }).waitFor();
    await designer.getByRole('button', { name: 'Share for review' }).click();
    await designer.getByLabel('The link works').selectOption('7');
    await designer.getByRole('button', { name: 'Create a review link' }).click();
    const field = designer.getByLabel('Review link (shown once)');
    await field.waitFor();
    link = await field.inputValue();
    expect(link).toMatch(
      new RegExp(`^${server.url}/designer/review/${DRAFT.id}/1\\.1\\.0#[A-Za-z0-9_-]{43}$`),
    );
    await designer.getByRole('list', { name: 'Review links for this version' }).getByText('active').waitFor();
    await expectAccessible(designer, 'the editor sharing a draft for review');
  });

  it('a reviewer without an account opens the link, sees the draft read-only and comments on a step by keyboard', async () => {
    await reviewer.goto(link);
    await reviewer.getByRole('heading', { level: 1, name: 'Report a missed bin collection' }).waitFor();
    await reviewer.getByText('You have been asked to review this draft').waitFor();
    expect(await reviewer.getByRole('tab').allTextContents()).toEqual([
      'Journey map',
      'Page editor',
      'Preview',
    ]);
    expect(await reviewer.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
    expect(await reviewer.locator('.designer-node__handle').count(), 'nothing to drag').toBe(0);
    await expectAccessible(reviewer, 'the review of a draft');

    await tabTo(reviewer, '.designer-node[data-step="collection-date"] .designer-node__select');
    await reviewer.keyboard.press('Enter');
    await reviewer
      .getByRole('heading', { name: 'Comments on When was your bin due to be collected?' })
      .waitFor();
    await tabTo(reviewer, 'input[name="author"]');
    await reviewer.keyboard.type('<b>Priya</b>');
    await reviewer.keyboard.press('Tab');
    await reviewer
      .getByLabel('About')
      .selectOption({ label: 'The question “When was your bin due to be collected?”' });
    await tabTo(reviewer, 'textarea[name="comment"]');
    await reviewer.keyboard.type('Does "due" mean the day on the calendar or the day it was missed?');
    await reviewer.keyboard.press('Tab');
    await reviewer.keyboard.press('Enter');
    const thread = reviewer.getByRole('article', { name: /^Comment by <b>Priya<\/b>/ });
    await thread.waitFor();
    expect(await thread.locator('b').count(), 'the name is shown as text, not markup').toBe(0);
    await node(reviewer, 'collection-date').getByText('1 open comment').waitFor();
    expect(await thread.getByRole('button', { name: /Resolve/ }).count(), 'reviewers do not resolve').toBe(0);
    await expectAccessible(reviewer, 'the review with a comment added');
  });

  it('the designer sees the comment pinned to its step and question, replies and resolves it', async () => {
    await designer.getByRole('button', { name: 'Refresh comments' }).click();
    const badge = node(designer, 'collection-date').getByText('1 open comment');
    await badge.waitFor();
    expect(
      await node(designer, 'which-bin')
        .getByText(/open comment/)
        .count(),
    ).toBe(0);
    await node(designer, 'collection-date').locator('.designer-node__select').click();
    const thread = designer.getByRole('article', {
      name: /^Comment by <b>Priya<\/b> on The question “When was your bin due/,
    });
    await thread.getByText('Does "due" mean the day on the calendar or the day it was missed?').waitFor();
    await thread.getByLabel('Your reply').fill('The day on your collection calendar: we will say so.');
    await thread.getByRole('button', { name: 'Reply' }).click();
    await thread.getByText('The day on your collection calendar: we will say so.').waitFor();
    await thread.getByRole('button', { name: /^Resolve/ }).click();
    await thread.getByText('Resolved').waitFor();
    await badge.waitFor({ state: 'detached' });
    await expectAccessible(designer, 'the editor with a resolved comment');
  });

  it('the reviewer sees the reply and the resolution; a revoked link opens nothing', async () => {
    await reviewer.getByRole('button', { name: 'Refresh comments' }).click();
    const thread = reviewer.getByRole('article', { name: /^Comment by <b>Priya<\/b>/ });
    await thread.getByText('The day on your collection calendar: we will say so.').waitFor();
    await thread.getByText('Resolved').waitFor();

    await designer.getByRole('button', { name: /^Revoke/ }).click();
    await designer
      .getByRole('list', { name: 'Review links for this version' })
      .getByText('revoked')
      .waitFor();
    await reviewer.reload();
    await reviewer.getByRole('heading', { level: 1, name: 'This draft cannot be opened' }).waitFor();
    // The revoked link's refusal is logged by the browser as a failed request (404); nothing else may be.
    expect(problems.flat().filter((p) => !p.includes('404'))).toEqual([]);
  });
});
