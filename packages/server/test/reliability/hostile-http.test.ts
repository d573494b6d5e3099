/*
 * Issue 10, item 3 (the transport part): oversized payloads on every route that takes a body, with
 * and without a declared length, and malformed HTTP sent byte for byte (request smuggling, bad
 * lengths, huge headers, garbage). No 5xx, the server keeps serving, no bystander changes.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../src/api/route-table';
import { createPages, pagesErrorRenderer } from '../../src/pages/index';
import { type Started, start } from '../../src/testing/flows';
import { startTestServer, type TestServer } from '../../src/testing/test-server';
import { type Bystanders, bystanderState, changedParts, makeBystanders } from './support/bystanders';
import { rawRequest } from './support/raw-http';

const MIB = 1024 * 1024;
let s: TestServer;
let own: Started;
let bystanders: Bystanders;
let before: Record<string, string>;
const faults: string[] = [];

beforeAll(async () => {
  s = await startTestServer({
    journeys: ['report-missed-bin', 'foi-request'],
    overrides: {
      rateLimit: false,
      purgeIntervalMs: 0,
      log: (line) => faults.push(line),
      renderError: pagesErrorRenderer(),
      pages: (runtime, services) =>
        createPages(runtime, { sessionSecret: 'reliability', ...services, log: (line) => faults.push(line) }),
    },
  });
  bystanders = await makeBystanders(s);
  own = await start(s, 'report-missed-bin');
  before = await bystanderState(s.runtime.storage, bystanders);
  faults.length = 0;
}, 120_000);
afterAll(() => s?.stop());

const port = () => Number(new URL(s.url).port);
/** Health over a fresh connection (a pooled one may be the one the server just closed on a refusal). */
const healthy = () => rawRequest(port(), 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
const fill = (template: string) =>
  template
    .replace('{instanceId}', own.instanceId)
    .replace('{journeyId}', 'report-missed-bin')
    .replace('{stepId}', 'which-bin')
    .replace('{version}', '1.0.0')
    .replace('{taskId}', `${own.instanceId}:answer-request`)
    .replace('{index}', '0')
    .replace('{fileId}', 'f');

const WITH_BODY = API_ROUTES.filter((r) => r.method === 'post' || r.method === 'put');

describe('oversized payloads', () => {
  it(`every route taking a body (${WITH_BODY.length}) answers 413 to one just over its limit, declared or streamed`, async () => {
    const refused: string[] = [];
    for (const route of WITH_BODY) {
      const upload = route.body && 'binary' in route.body;
      const size = (upload ? 10 * MIB : MIB) + 1;
      const payload = upload ? new Uint8Array(size) : `{"answers":{"binType":"${'x'.repeat(size)}"}}`;
      const path = `${fill(route.path)}${upload ? '?name=big.bin' : ''}`;
      const bytes = typeof payload === 'string' ? Buffer.from(payload) : Buffer.from(payload);
      const head = (framing: string) =>
        `${route.method.toUpperCase()} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${own.token}\r\nContent-Type: ${upload ? 'application/octet-stream' : 'application/json'}\r\n${framing}\r\n`;
      // Sent raw: the server may answer 413 and close before the whole body is written.
      const declared = await rawRequest(
        port(),
        Buffer.concat([Buffer.from(head(`Content-Length: ${bytes.length}\r\n`)), bytes]),
      );
      // The same bytes chunked: no length to refuse early, so the limit must count what arrives.
      const chunks: Buffer[] = [Buffer.from(head('Transfer-Encoding: chunked\r\n'))];
      for (let i = 0; i < bytes.length; i += 256 * 1024) {
        const chunk = bytes.subarray(i, i + 256 * 1024);
        chunks.push(Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n'));
      }
      chunks.push(Buffer.from('0\r\n\r\n'));
      const streamed = await rawRequest(port(), Buffer.concat(chunks));
      refused.push(`${route.method.toUpperCase()} ${route.path}: ${declared}/${streamed}`);
      expect([declared, streamed], `${route.method} ${route.path} declared/streamed`).toEqual([413, 413]);
    }
    expect(refused).toHaveLength(WITH_BODY.length);
  }, 300_000);

  it('a resident page’s form post over the limit is refused with a page, not a crash', async () => {
    const body = `binType=${'x'.repeat(MIB + 1)}`;
    const status = await rawRequest(
      port(),
      `POST /report-missed-bin/which-bin HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    );
    expect(status).toBe(413);
  });
});

/** Requests a careless or hostile client might send, byte for byte. */
const CRAFTED: Record<string, string> = {
  'request smuggling: content-length and chunked': `POST /api/v1/journeys/report-missed-bin/instances HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n0\r\n\r\nGET /api/v1/tasks HTTP/1.1\r\nHost: x\r\n\r\n`,
  'two content-lengths': `POST /api/v1/journeys/report-missed-bin/instances HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 40\r\nContent-Type: application/json\r\n\r\n{}`,
  'negative content-length': `POST /api/v1/journeys/report-missed-bin/instances HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n{}`,
  'content-length not a number': `POST /api/v1/journeys/report-missed-bin/instances HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}`,
  'body shorter than declared': `POST /api/v1/journeys/report-missed-bin/instances HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\nContent-Type: application/json\r\n\r\n{}`,
  'bad chunk size': `POST /api/v1/journeys/report-missed-bin/instances HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
  'header of 64 KiB': `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`,
  '2,000 headers': `GET /healthz HTTP/1.1\r\nHost: x\r\n${Array.from({ length: 2000 }, (_, i) => `X-H${i}: v`).join('\r\n')}\r\n\r\n`,
  'NUL in the path': 'GET /api/v1/instances/\0 HTTP/1.1\r\nHost: x\r\n\r\n',
  'space in the path': 'GET /api/v1/instances/a b HTTP/1.1\r\nHost: x\r\n\r\n',
  'absolute URL to another host': 'GET http://evil.example/api/v1/tasks HTTP/1.1\r\nHost: x\r\n\r\n',
  'HTTP/0.9': 'GET /healthz\r\n\r\n',
  'HTTP/2 preface on HTTP/1': 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n',
  TRACE: 'TRACE /api/v1/tasks HTTP/1.1\r\nHost: x\r\n\r\n',
  CONNECT: 'CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: x\r\n\r\n',
  'lower-case method': 'get /healthz HTTP/1.1\r\nHost: x\r\n\r\n',
  'no host header': 'GET /healthz HTTP/1.1\r\n\r\n',
  'a Host that is no host (GET)': 'GET /api/v1/journeys HTTP/1.1\r\nHost: 6127.0.0.1\r\n\r\n',
  'a Host that is no host (POST)': `POST /api/v1/journeys/report-missed-bin/instances HTTP/1.1\r\nHost: 127..0.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`,
  'a Host with a space': 'GET /api/v1/journeys HTTP/1.1\r\nHost: a b\r\n\r\n',
  'bare LF line endings': 'GET /healthz HTTP/1.1\nHost: x\n\n',
  'header without a colon': 'GET /healthz HTTP/1.1\r\nHost: x\r\nnonsense\r\n\r\n',
  'obsolete line folding': 'GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n',
  'pipelined with a hostile second request': `GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nPOST /api/v1/instances/${'%'.repeat(10)}/back HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\n{`,
  'gzip that is not gzip': `POST /api/v1/journeys/report-missed-bin/instances HTTP/1.1\r\nHost: x\r\nContent-Encoding: gzip\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`,
  'JSON in UTF-16': `POST /api/v1/journeys/report-missed-bin/instances HTTP/1.1\r\nHost: x\r\nContent-Type: application/json; charset=utf-16\r\nContent-Length: 4\r\n\r\n\xff\xfe{\0`,
};

describe('malformed HTTP, byte for byte', () => {
  for (const [name, bytes] of Object.entries(CRAFTED)) {
    it(`${name}: no 5xx, and the server still answers`, async () => {
      const status = await rawRequest(port(), Buffer.from(bytes, 'latin1'));
      expect(status === null || status < 500, `status ${status}`).toBe(true);
      expect(await healthy()).toBe(200);
    });
  }

  it('500 random corruptions of a valid request: no 5xx, and the server still answers', async () => {
    const valid = Buffer.from(
      `POST /api/v1/instances/${own.instanceId}/steps/which-bin HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${own.token}\r\nContent-Type: application/json\r\nContent-Length: 35\r\n\r\n{"answers":{"binType":"rubbish"}}\r\n`,
      'latin1',
    );
    const statuses = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.nat(valid.length - 1),
            fc.integer({ min: 0, max: 255 }),
            fc.constantFrom('set', 'insert', 'delete'),
          ),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        async (edits) => {
          const bytes = [...valid];
          for (const [at, value, kind] of edits) {
            const i = at % Math.max(bytes.length, 1);
            if (kind === 'set') bytes[i] = value;
            else if (kind === 'insert') bytes.splice(i, 0, value);
            else bytes.splice(i, 1);
          }
          const status = await rawRequest(port(), Uint8Array.from(bytes));
          statuses.set(String(status), (statuses.get(String(status)) ?? 0) + 1);
          expect(status === null || status < 500, `status ${status}`).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
    console.info(`corrupted requests, statuses: ${[...statuses].map(([k, v]) => `${k}×${v}`).join(' ')}`);
    expect(await healthy()).toBe(200);
  }, 300_000);

  it('none of it changed another resident’s application or made the server log a fault', async () => {
    expect(changedParts(before, await bystanderState(s.runtime.storage, bystanders))).toEqual([]);
    expect(faults).toEqual([]);
  });
});
