import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Started, start, storedAnswers, submit } from '../testing/flows';
import { startTestServer, type TestServer, TOKENS } from '../testing/test-server';
import { API_ROUTES } from './route-table';

let s: TestServer;
let apps: Started[];
let sentinel: Started;
let sentinelVersion: number;
beforeAll(async () => {
  s = await startTestServer({
    journeys: ['report-missed-bin', 'foi-request'],
    overrides: { rateLimit: false },
  });
  apps = [
    await start(s, 'report-missed-bin'),
    await start(s, 'foi-request'),
    await start(s, 'older-persons-bus-pass'),
  ];
  await submit(s, apps[0]!, 'which-bin', { binType: 'rubbish' });
  // An application the fuzzer never holds the token of: nothing it sends may change it.
  sentinel = await start(s, 'report-missed-bin');
  await submit(s, sentinel, 'which-bin', { binType: 'recycling' });
  sentinelVersion = sentinel.version;
});
afterAll(() => s.stop());

const segment = fc.oneof(
  fc.constantFrom(
    'which-bin',
    'companions',
    'answer-request',
    '0',
    '1',
    '99999999',
    '-1',
    '1.0.0',
    'report-missed-bin',
  ),
  fc.uuid(),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
  fc.constantFrom(
    '%',
    '%E0%A4%A',
    '..',
    '%2e%2e',
    '%00',
    '__proto__',
    'constructor',
    'a'.repeat(5000),
    '😀',
    ':',
  ),
);

function fill(template: string) {
  return fc
    .tuple(
      ...[...template.matchAll(/\{(\w+)\}/g)].map((m) =>
        m[1] === 'instanceId'
          ? fc.oneof(fc.constantFrom(...apps.map((a) => a.instanceId), sentinel.instanceId), segment)
          : m[1] === 'taskId'
            ? fc.oneof(fc.constantFrom(...apps.map((a) => `${a.instanceId}:answer-request`)), segment)
            : segment,
      ),
    )
    .map((values) => {
      let i = 0;
      return template.replace(/\{(\w+)\}/g, () => values[i++] ?? '');
    });
}

const path = fc.oneof(
  fc.constantFrom(...API_ROUTES.map((r) => r.path)).chain(fill),
  fc.array(segment, { maxLength: 6 }).map((parts) => `/${parts.join('/')}`),
  fc
    .tuple(fc.constantFrom(...API_ROUTES.map((r) => r.path)).chain(fill), fc.string({ maxLength: 30 }))
    .map(([p, q]) => `${p}?${q}`),
);

const jsonish = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.record(
    {
      answers: fc.dictionary(
        fc.constantFrom('binType', 'collectionDate', 'name', 'evidence', '__proto__', 'constructor'),
        fc.jsonValue({ maxDepth: 3 }),
      ),
      version: fc.oneof(fc.integer(), fc.string(), fc.constant(null)),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      kind: fc.constantFrom('pageUseful', 'satisfaction', 'problem', 'x'),
      rating: fc.oneof(fc.integer(), fc.double()),
      comment: fc.string({ maxLength: 3000 }),
      stepId: fc.string(),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      decision: fc.constantFrom('approve', 'reject', 'requestMoreInformation', 'x'),
      pages: fc.array(fc.string()),
      comment: fc.string(),
      role: fc.string(),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    { id: fc.string(), version: fc.string(), steps: fc.anything(), fields: fc.anything() },
    { requiredKeys: [] },
  ),
);

const body = fc.oneof(
  fc.constant(undefined),
  jsonish.map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')),
  fc.constantFrom(
    '{',
    '{"answers":',
    '[[[[[[[[',
    'null',
    '""',
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
    '{"answers":{"binType":"\\u0000"}}',
  ),
);

/** Who the request claims to be: nobody, a resident of a fuzzed application (by index), staff, or garbage. */
const auth = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.integer({ min: 0, max: 2 }).map((index) => ({ kind: 'resident' as const, index })),
  fc
    .constantFrom(...Object.values(TOKENS))
    .map((token) => ({ kind: 'raw' as const, value: `Bearer ${token}` })),
  fc.string({ maxLength: 80 }).map((t) => ({ kind: 'raw' as const, value: `Bearer ${t}` })),
  fc.string({ maxLength: 80 }).map((value) => ({ kind: 'raw' as const, value })),
);

const request = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
  path,
  body,
  contentType: fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(
      'application/json',
      'application/problem+json',
      'text/plain',
      'multipart/form-data',
      'application/json; charset=utf-8',
      'application/pdf',
      ';;;',
    ),
    fc.string({ maxLength: 30 }),
  ),
  auth,
});

type FuzzRequest = typeof request extends fc.Arbitrary<infer T> ? T : never;

/** Header values must be visible ASCII for fetch to send them at all. */
const visible = (value: string) => value.replace(/[^\t\x20-\x7e]/g, '');

function toRequest(r: FuzzRequest): RequestInit {
  const headers = new Headers();
  if (r.auth.kind === 'resident') headers.set('authorization', `Bearer ${apps[r.auth.index]!.token}`);
  if (r.auth.kind === 'raw') headers.set('authorization', visible(r.auth.value));
  if (r.contentType !== undefined) headers.set('content-type', visible(r.contentType));
  const withBody = r.body !== undefined && r.method !== 'GET' && r.method !== 'HEAD';
  return { method: r.method, headers, ...(withBody ? { body: r.body } : {}) };
}

describe('API fuzzing', () => {
  it('never answers 5xx to thousands of random or mutated requests, in process', async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        let url: URL;
        try {
          url = new URL(r.path, 'http://localhost');
        } catch {
          return;
        }
        // better-sqlite3 is synchronous: without yielding, the whole run would starve the timers.
        await new Promise((resolve) => setImmediate(resolve));
        const response = await s.app.request(url.pathname + url.search, toRequest(r));
        await response.arrayBuffer();
        expect(response.status, `${r.method} ${r.path}`).toBeLessThan(500);
      }),
      { numRuns: 3000 },
    );
  });

  it('never answers 5xx over real HTTP either', async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        // Concatenated, not resolved: a path starting // must stay a path on this server.
        const response = await fetch(`${s.url}${r.path}`, toRequest(r));
        await response.arrayBuffer();
        expect(response.status, `${r.method} ${r.path}`).toBeLessThan(500);
      }),
      { numRuns: 400 },
    );
  });

  it('changed nothing in an application whose token it never had, but for an erasure by the DPO', async () => {
    const record = await s.runtime.storage.getInstance(sentinel.instanceId);
    // The fuzzer holds the data protection officer's token, and erasing any application is that
    // role's right: when it happened to send that, the erasure must be the one change.
    if (record?.erasedAt) {
      expect(record.version).toBe(sentinelVersion + 1);
      const events = await s.runtime.storage.listEvents(sentinel.instanceId);
      expect(events.at(-1)?.type).toBe('instanceErased');
      expect(events.filter((e) => e.type === 'instanceErased')).toHaveLength(1);
      expect(JSON.stringify(record.snapshot ?? null)).not.toContain('recycling');
      return;
    }
    expect(record?.version).toBe(sentinelVersion);
    expect(await storedAnswers(s, sentinel.instanceId)).toEqual({
      binType: 'recycling',
    });
  });
});
