import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Component, Journey } from '@fingerpost/schema';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  chooseFilesByKeyboard,
  chooseOption,
  chooseRadio,
  expectAccessible,
  heading,
  pressContinue,
  tabTo,
  typeInto,
} from './support';

// Drives a resident through an example journey with the keyboard alone, following one of the
// example's own scenarios (examples/{id}/scenarios/*.json), so the browser runs the same answers
// the engine's scenario tests check, up to where a caseworker would take over.

const EXAMPLES = resolve(__dirname, '..', '..', '..', '..', 'examples');

type Answers = Record<string, unknown>;
type Action = { submit?: string; addItem?: string; answers?: Answers; decide?: string };

function readJson<T>(...path: string[]): T {
  return JSON.parse(readFileSync(join(EXAMPLES, ...path), 'utf8')) as T;
}

/** The resident's part of a scenario: its page submissions and added items, until a caseworker decides. */
export function residentActions(journeyId: string, file: string, name: string): Action[] {
  const { scenarios } = readJson<{ scenarios: Array<{ name: string; actions: Action[] }> }>(
    journeyId,
    'scenarios',
    file,
  );
  const scenario = scenarios.find((candidate) => candidate.name === name);
  if (!scenario) throw new Error(`No scenario "${name}" in ${journeyId}/scenarios/${file}`);
  const untilDecision = scenario.actions.findIndex((action) => action.decide !== undefined);
  return scenario.actions
    .slice(0, untilDecision < 0 ? undefined : untilDecision)
    .filter((action) => action.submit !== undefined || action.addItem !== undefined);
}

const FILE_BYTES: Record<string, Uint8Array> = {
  'application/pdf': new TextEncoder().encode('%PDF-1.4\n% evidence\n'),
  'image/jpeg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]),
  'image/png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
};

/** A file on disk like the one a scenario's answer names. */
function fileLike(answer: { name: string; type: string }): string {
  const path = join(mkdtempSync(join(tmpdir(), 'fingerpost-upload-')), answer.name);
  writeFileSync(path, FILE_BYTES[answer.type] ?? FILE_BYTES['application/pdf']!);
  return path;
}

/** The 1-based position of the option with `value` among the inputs (or a select's options) named. */
function optionNumber(page: Page, selector: string, value: string): Promise<number> {
  return page.evaluate(
    `[...document.querySelectorAll(${JSON.stringify(selector)})].findIndex((e) => e.value === ${JSON.stringify(value)}) + 1`,
  ) as Promise<number>;
}

const poundsText = (pence: number) => (pence % 100 === 0 ? String(pence / 100) : (pence / 100).toFixed(2));

/** Answers one question by keyboard, as its field type and widget present it. */
async function answer(page: Page, journey: Journey, component: Component, value: unknown): Promise<void> {
  const name = component.field;
  const type = (journey.fields[name] ?? findGroupField(journey, name))?.type;
  if (value === null || value === undefined) return;
  if (type === 'yesNo') return chooseRadio(page, name, value === true || value === 'yes' ? 1 : 2);
  if (type === 'singleChoice' && component.widget === 'select') {
    return chooseOption(page, `#${name}`, await optionNumber(page, `#${name} option`, String(value)));
  }
  if (type === 'singleChoice') {
    return chooseRadio(page, name, await optionNumber(page, `input[name="${name}"]`, String(value)));
  }
  if (type === 'multipleChoice') {
    for (const option of value as string[]) {
      await tabTo(page, `input[name="${name}"][value="${option}"]`);
      await page.keyboard.press('Space');
    }
    return;
  }
  if (type === 'date') {
    const [year, month, day] = String(value).split('-');
    await typeInto(page, `#${name}-day`, String(Number(day)));
    await typeInto(page, `#${name}-month`, String(Number(month)));
    return typeInto(page, `#${name}-year`, year!);
  }
  if (type === 'address') {
    const lines = value as Record<string, string>;
    for (const part of ['line1', 'line2', 'town', 'county', 'postcode']) {
      if (lines[part]) await typeInto(page, `#${name}-${part}`, lines[part]);
    }
    return;
  }
  if (type === 'file') {
    return chooseFilesByKeyboard(page, `#${name}`, fileLike(value as { name: string; type: string }));
  }
  if (type === 'money') return typeInto(page, `#${name}`, poundsText(value as number));
  return typeInto(page, `#${name}`, String(value));
}

/** A field of an "add another" group, which its page's components name directly. */
function findGroupField(journey: Journey, name: string): { type: string } | undefined {
  for (const field of Object.values(journey.fields) as Array<{
    type: string;
    fields?: Record<string, { type: string }>;
  }>) {
    if (field.type === 'group' && field.fields?.[name]) return field.fields[name];
  }
  return undefined;
}

/** Answers a page's questions in the order the page shows them, checks it with axe, and continues. */
async function answerPage(page: Page, journey: Journey, components: Component[], answers: Answers) {
  for (const component of components) await answer(page, journey, component, answers[component.field]);
  const revealingRadios = (await page.locator('.govuk-radios__conditional').count()) > 0;
  await expectAccessible(page, `${journey.id} ${new URL(page.url()).pathname}`, { revealingRadios });
  await pressContinue(page);
}

/**
 * Completes a journey from its start page with the keyboard alone, following a scenario, checking
 * every page with axe-core on the way. Returns the heading of the page the resident ends on.
 */
export async function completeByKeyboard(
  page: Page,
  baseUrl: string,
  journeyId: string,
  actions: Action[],
): Promise<string> {
  const journey = readJson<Journey>(journeyId, 'journey.json');
  await page.goto(`${baseUrl}/${journeyId}`);
  await expectAccessible(page, `${journeyId} start page`);
  await pressContinue(page);
  for (const action of actions) {
    const stepId = (action.submit ?? action.addItem)!;
    const step = journey.steps.find((candidate) => candidate.id === stepId);
    expect(new URL(page.url()).pathname, `the page for ${stepId}`).toMatch(
      new RegExp(`^/${journeyId}/${stepId}(/add)?$`),
    );
    const components = step && 'components' in step ? step.components : [];
    if (action.addItem !== undefined) {
      // After the first item, the list asks "Do you need to add another …?" first.
      if ((await page.locator('input[name="_addAnother"]').count()) > 0) {
        await chooseRadio(page, '_addAnother', 1);
        await pressContinue(page);
      }
      await answerPage(page, journey, components, action.answers ?? {});
    } else if (step?.type === 'addAnother') {
      await chooseRadio(page, '_addAnother', 2);
      await expectAccessible(page, `${journeyId} ${stepId} list`);
      await pressContinue(page);
    } else if (step?.type === 'question') {
      await answerPage(page, journey, components, action.answers ?? {});
    } else {
      await expectAccessible(page, `${journeyId} ${stepId}`);
      await pressContinue(page);
    }
  }
  await expectAccessible(page, `${journeyId} last page`);
  return heading(page);
}
