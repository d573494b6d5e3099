/*
 * Issue 10, item 3 (the API part): random and mutated requests — paths, ids, bodies, headers,
 * content types, methods, tokens — against the whole app (JSON API and resident pages). None may
 * get a 5xx or make the server log a fault, and none may change an application whose token the
 * fuzzer never held: those "bystanders" are compared, everything stored about them, after every
 * request. Bigger than src/api/fuzz.test.ts (3,000 + 400) and checking far more per request.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPages, pagesErrorRenderer } from '../../src/pages/index';
import { type Started, start } from '../../src/testing/flows';
import { startTestServer, type TestServer, TOKENS } from '../../src/testing/test-server';
import {
  type Bystanders,
  bystanderFeedback,
  bystanderState,
  changedParts,
  makeBystanders,
} from './support/bystanders';
import { type FuzzContext, type HostileRequest, hostileRequest } from './support/hostile-requests';
import { FULL_SIZES, SIZES, sizeNote } from './support/sizes';

let s: TestServer;
let bystanders: Bystanders;
let before: { state: Record<string, string>; feedback: string };
let ctx: FuzzContext;
const faults: string[] = [];
let collecting = false;

beforeAll(async () => {
  s = await startTestServer({
    journeys: ['report-missed-bin', 'foi-request'],
    overrides: {
      rateLimit: false,
      purgeIntervalMs: 0,
      log: (line) => {
        if (collecting) faults.push(line);
      },
      renderError: pagesErrorRenderer(),
      pages: (runtime, services) =>
        createPages(runtime, { sessionSecret: 'reliability', ...services, log: (line) => faults.push(line) }),
    },
  });
  bystanders = await makeBystanders(s);
  const own: Started[] = [
    await start(s, 'report-missed-bin'),
    await start(s, 'foi-request'),
    await start(s, 'older-persons-bus-pass'),
  ];
  const upload = await fetch(`${s.url}/api/v1/instances/${own[0]!.instanceId}/files?name=mine.txt`, {
    method: 'POST',
    headers: { authorization: `Bearer ${own[0]!.token}`, 'content-type': 'text/plain' },
    body: 'mine',
  });
  const ownFile = ((await upload.json()) as { id: string }).id;
  ctx = {
    own: own.map((a, i) => ({
      ...a,
      journeyId: ['report-missed-bin', 'foi-request', 'older-persons-bus-pass'][i]!,
    })),
    bystanderIds: bystanders.apps.map((a) => a.instanceId),
    // A caseworker of an unrelated role and a designer: neither may reach residents' applications.
    staffTokens: [TOKENS.otherCaseworker, TOKENS.designer],
    journeyIds: ['report-missed-bin', 'foi-request', 'older-persons-bus-pass', 'send-evidence', 'nope'],
    stepIds: [
      'which-bin',
      'collection-date',
      'check-answers',
      'companions',
      'information-wanted',
      'answer-request',
      'items',
      'change',
    ],
    fileIds: [ownFile, bystanders.fileId],
  };
  before = {
    state: await bystanderState(s.runtime.storage, bystanders),
    feedback: await bystanderFeedback(s.runtime.storage, bystanders),
  };
  collecting = true;
}, 120_000);
afterAll(() => s?.stop());

function init(r: HostileRequest): RequestInit {
  return { method: r.method, headers: r.headers, ...(r.body !== undefined ? { body: r.body } : {}) };
}

async function expectBystandersUntouched(label: string) {
  const changed = changedParts(before.state, await bystanderState(s.runtime.storage, bystanders));
  expect(changed, `bystanders after ${label}`).toEqual([]);
}

describe('hostile API requests', () => {
  const n = SIZES.hostileRequests;
  it(`${n.toLocaleString('en-GB')} random or mutated requests in process: no 5xx, no fault logged, no bystander changed ${sizeNote(FULL_SIZES.hostileRequests, n)}`, async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(hostileRequest(ctx), async (r) => {
        let url: URL;
        try {
          url = new URL(r.path, 'http://localhost');
        } catch {
          return;
        }
        // better-sqlite3 is synchronous: yield so timers (and the group commit) get their turn.
        await new Promise((resolve) => setImmediate(resolve));
        const response = await s.app.request(url.pathname + url.search, init(r));
        await response.arrayBuffer();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status, `${r.method} ${r.path.slice(0, 200)}`).toBeLessThan(500);
        expect(faults, 'faults logged').toEqual([]);
        await expectBystandersUntouched(`${r.method} ${r.path.slice(0, 200)}`);
      }),
      { numRuns: n },
    );
    console.info(
      `hostile API, ${n} requests in process, statuses: ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([k, v]) => `${k}×${v}`)
        .join(' ')}`,
    );
    expect([...statuses.keys()].every((k) => k < 500)).toBe(true);
  }, 3_600_000);

  const overHttp = SIZES.hostileOverHttp;
  let transportRetries = 0;
  it(`${overHttp.toLocaleString('en-GB')} more over real HTTP: no 5xx, no bystander changed ${sizeNote(FULL_SIZES.hostileOverHttp, overHttp)}`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileRequest(ctx), async (r) => {
        // Concatenated, not resolved: a path starting // must stay a path on this server.
        const send = () => fetch(`${s.url}${r.path}`, init(r)).catch((error: unknown) => error as Error);
        let response = await send();
        if (response instanceof Error) {
          // A pooled keep-alive connection the server had just closed fails on the client's side:
          // sent again, on a fresh connection, it must get an answer.
          transportRetries++;
          response = await send();
        }
        if (response instanceof Error)
          throw new Error(`${r.method} ${r.path.slice(0, 200)}: ${response.message}`);
        await response.arrayBuffer();
        expect(response.status, `${r.method} ${r.path.slice(0, 200)}`).toBeLessThan(500);
        await expectBystandersUntouched(`${r.method} ${r.path.slice(0, 200)}`);
      }),
      { numRuns: overHttp },
    );
    expect(faults).toEqual([]);
    console.info(
      `hostile API over HTTP: ${transportRetries} of ${overHttp} requests needed a second connection`,
    );
    expect(transportRetries, 'requests that failed at the connection and were sent again').toBeLessThan(
      overHttp / 100 + 2,
    );
  }, 3_600_000);

  it('no feedback was filed against a bystander, and nothing reached Object.prototype', async () => {
    expect(await bystanderFeedback(s.runtime.storage, bystanders)).toBe(before.feedback);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const healthy = await fetch(`${s.url}/healthz`);
    expect(healthy.status).toBe(200);
  });
});
