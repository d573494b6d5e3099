/*
 * Issue 10, item 4, for the HTML console. src/api/authorisation-matrix.test.ts checks every API
 * route × every caller from the route table. The console's pages reach the same data (the queue,
 * a case, its files, decisions) through sessions and forms, outside the route table: this matrix
 * derives each page's expectations from its API twin's, so the two cannot drift apart. A caller
 * the console cannot sign in (a designer, a resident, anyone anonymous) is sent to sign in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/api/route-table';
import { expectedAccess, MATRIX_CALLERS, type MatrixCaller } from '../../src/auth/access';
import { createPages, pagesErrorRenderer } from '../../src/pages/index';
import { FormClient } from '../../src/pages/pages.fixture';
import { foiAwaitingDecision, type Started, start, submit } from '../../src/testing/flows';
import { startTestServer, type TestServer, TOKENS } from '../../src/testing/test-server';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({
    journeys: ['foi-request'],
    overrides: {
      rateLimit: false,
      renderError: pagesErrorRenderer(),
      pages: (runtime, services) => createPages(runtime, { sessionSecret: 'page matrix', ...services }),
    },
  });
}, 60_000);
afterAll(() => s?.stop());

const STAFF_TOKEN: Partial<Record<MatrixCaller, string>> = {
  caseworkerOtherRole: TOKENS.otherCaseworker,
  caseworker: TOKENS.caseworker,
  dataProtectionOfficer: TOKENS.dpo,
  designer: TOKENS.designer,
};

/** A browser session for the caller: signed in to the console if it can be, holding the application if it is its resident's. */
async function sessionOf(
  caller: MatrixCaller,
  app: Started,
): Promise<{ client: FormClient; signedIn: boolean }> {
  const client = new FormClient(s.app);
  if (caller === 'resident')
    await client.get(`/resume/${app.instanceId}?token=${encodeURIComponent(app.token)}`);
  await client.get('/console/sign-in');
  const token =
    STAFF_TOKEN[caller] ?? (caller === 'reviewer' ? 'review-link-7f3a9c2e5b1d4f6a8c0e2b4d6f8a0c2e' : null);
  if (token === null) return { client, signedIn: false };
  const signIn = await client.post('/console/sign-in', { token });
  return { client, signedIn: signIn.status === 303 && signIn.location === '/console' };
}

/** An FOI request with a letter uploaded (while it could be), sent and waiting for a decision. */
async function awaitingWithFile(): Promise<{ app: Started; file: string }> {
  const app = await start(s, 'foi-request');
  const r = await fetch(`${s.url}/api/v1/instances/${app.instanceId}/files?name=letter.txt`, {
    method: 'POST',
    headers: { authorization: `Bearer ${app.token}`, 'content-type': 'text/plain' },
    body: 'a letter',
  });
  expect(r.status).toBe(201);
  const file = ((await r.json()) as { id: string }).id;
  await submit(s, app, 'request-type', { requestType: 'recorded-information' });
  await submit(s, app, 'full-name', { fullName: 'Gareth Lewis' });
  await submit(s, app, 'reply-by', { replyBy: 'email' });
  await submit(s, app, 'email-address', { emailAddress: 'gareth.lewis@example.com' });
  await submit(s, app, 'information-wanted', { informationWanted: 'Spending on agency social workers' });
  await submit(s, app, 'preferred-format', { preferredFormat: 'electronic' });
  expect((await submit(s, app, 'check-answers')).status).toBe('awaitingDecision');
  return { app, file };
}

const PAGES = [
  { page: 'the queue', twin: 'listTasks', method: 'GET', path: () => '/console' },
  {
    page: 'a case',
    twin: 'getCase',
    method: 'GET',
    path: (app: Started) => `/console/cases/${app.instanceId}`,
  },
  {
    page: 'a case file',
    twin: 'getCaseFile',
    method: 'GET',
    path: (app: Started, file: string) => `/console/cases/${app.instanceId}/files/${file}`,
  },
  {
    page: 'a decision',
    twin: 'decideTask',
    method: 'POST',
    path: (app: Started) => `/console/cases/${app.instanceId}/tasks/answer-request`,
  },
] as const;

describe('console pages × every caller, from their API twins in the route table', () => {
  it('only caseworkers sign in to the console', async () => {
    const app = await foiAwaitingDecision(s);
    for (const caller of MATRIX_CALLERS) {
      const { signedIn } = await sessionOf(caller, app);
      expect(signedIn, caller).toBe(
        ['caseworkerOtherRole', 'caseworker', 'dataProtectionOfficer'].includes(caller),
      );
    }
  });

  for (const p of PAGES) {
    it(`${p.method} ${p.page}`, async () => {
      const route = API_ROUTES.find((r) => r.operationId === p.twin);
      expect(route, `the route table has ${p.twin}`).toBeDefined();
      const outcomes: string[] = [];
      for (const caller of MATRIX_CALLERS) {
        const { app, file } = await awaitingWithFile();
        const { client, signedIn } = await sessionOf(caller, app);
        const before = (await s.runtime.storage.getInstance(app.instanceId))?.version;
        const path = p.path(app, file);
        const response =
          p.method === 'GET'
            ? await client.get(path)
            : await client.post(path, { decision: 'approve', version: String(before) });
        const api = expectedAccess(route!, caller);
        // Without a console session the API's 401 and 403 alike become "sign in first".
        const expected = !signedIn ? 'sign-in' : api;
        outcomes.push(`${caller}: ${response.status} ${response.location ?? ''} (API ${api})`);
        if (expected === 'sign-in') {
          expect([response.status, response.location], `${caller} on ${p.page}`).toEqual([
            303,
            '/console/sign-in',
          ]);
        } else if (expected === 'allowed') {
          expect(response.status, `${caller} on ${p.page}: ${response.html.slice(0, 200)}`).toBe(
            p.method === 'GET' ? 200 : 303,
          );
        } else {
          expect([403, 404], `${caller} on ${p.page}: ${response.status}`).toContain(response.status);
        }
        if (expected !== 'allowed')
          expect(
            (await s.runtime.storage.getInstance(app.instanceId))?.version,
            `${caller}: a refused call changes nothing`,
          ).toBe(before);
      }
      console.info(`${p.method} ${p.page}: ${outcomes.join('; ')}`);
    });
  }
});
