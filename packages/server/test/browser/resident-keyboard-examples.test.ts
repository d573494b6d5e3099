import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeByKeyboard, residentActions } from './keyboard-scenario';
import { launchBrowser, startServer, strictPage, type TestServer } from './support';

// Every example journey not covered by resident-keyboard.test.ts, completed with the keyboard
// alone along one of the example's own scenarios, with axe-core on every page on the way.

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const runs: Array<{ journey: string; file: string; scenario: string; ends: string | RegExp }> = [
  {
    journey: 'free-school-meals',
    file: 'decisions.json',
    scenario: 'An officer confirms entitlement with the Eligibility Checking Service',
    ends: 'Application sent',
  },
  {
    journey: 'free-school-meals',
    file: 'benefits.json',
    scenario: 'No qualifying benefit and a Year 3 child: not eligible',
    ends: 'Your child cannot get free school meals',
  },
  {
    journey: 'adult-social-care',
    file: 'referral.json',
    scenario:
      'Goals and two people in the support network are recorded; a social worker accepts; the resident gives feedback',
    ends: 'Application sent',
  },
  {
    journey: 'homelessness',
    file: 'decisions.json',
    scenario: 'Section 21 notice: officer accepts the prevention duty',
    ends: 'Application sent',
  },
  {
    journey: 'council-tax-single-person-discount',
    file: 'eligibility.json',
    scenario: 'Lives with a full-time student: 25% discount approved',
    ends: 'Application sent',
  },
  {
    journey: 'planning-permission-householder',
    file: 'rear.json',
    scenario: 'Two-storey rear extension at exactly the limits is likely permitted',
    ends: 'Your extension is likely to be permitted development',
  },
  {
    journey: 'planning-permission-householder',
    file: 'rear.json',
    scenario: '7.5-metre extension to a detached house needs prior approval',
    ends: 'You need prior approval for a larger home extension',
  },
  {
    journey: 'garden-waste',
    file: 'prices.json',
    scenario: '1 bin with Council Tax Reduction: £42.50',
    // Paying through GOV.UK Pay by keyboard, declined then accepted: payment-keyboard.test.ts.
    ends: 'Pay for your garden waste subscription',
  },
];

describe('a resident completes every example journey with the keyboard alone', () => {
  for (const run of runs) {
    it(`${run.journey}: ${run.scenario}`, async () => {
      const context = await browser.newContext();
      const { page, problems } = await strictPage(context);
      const actions = residentActions(run.journey, run.file, run.scenario);
      const ending = await completeByKeyboard(page, server.url, run.journey, actions);
      expect(ending).toMatch(run.ends);
      expect(problems).toEqual([]);
      await context.close();
    }, 120_000);
  }
});
