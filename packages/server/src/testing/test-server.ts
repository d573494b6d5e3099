import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type RunningServer, type ServerOptions } from '../server';
import { openStorage } from '../storage/index';

/** The repository's examples and the bus-pass fixture, which the tests publish. */
export const REPO = resolve(import.meta.dirname, '../../../..');
export const EXAMPLES = join(REPO, 'examples');
export const BUS_PASS = join(REPO, 'packages/schema/test/fixtures/valid/bus-pass.json');

/** A clock tests can move: starts on Wednesday 4 March 2026, 10:00 London time. */
export function testClock(start = '2026-03-04T10:00:00.000Z') {
  let now = new Date(start).getTime();
  const clock = () => new Date(now);
  return Object.assign(clock, {
    advance(ms: number) {
      now += ms;
    },
    set(iso: string) {
      now = new Date(iso).getTime();
    },
  });
}

export type TestClock = ReturnType<typeof testClock>;

export const TOKENS = {
  caseworker: 'caseworker-token-0123456789',
  otherCaseworker: 'other-caseworker-token-0123456789',
  dpo: 'dpo-token-0123456789',
  designer: 'designer-token-0123456789',
};

/** A response body in tests: whatever the server sent, checked by the assertions that read it. */
// biome-ignore lint/suspicious/noExplicitAny: tests assert on the shape they read
export type JsonBody = any;

export interface TestServer extends RunningServer {
  dir: string;
  clock: TestClock;
  /** fetch against the server, JSON in and out. */
  call(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; body: JsonBody; headers: Headers }>;
  stop(): Promise<void>;
}

/**
 * A real server on an ephemeral port over a real SQLite file in a temporary folder, publishing the
 * example journeys named (copied into a journeys folder) and the bus-pass fixture.
 */
export async function startTestServer(
  options: { journeys?: string[]; storageUrl?: string; overrides?: Partial<ServerOptions> } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'fingerpost-server-'));
  const journeysDir = join(dir, 'journeys');
  for (const name of options.journeys ?? ['report-missed-bin', 'foi-request', 'free-school-meals'])
    cpSync(join(EXAMPLES, name), join(journeysDir, name), { recursive: true });
  cpSync(BUS_PASS, join(journeysDir, 'bus-pass', 'journey.json'));
  const clock = testClock();
  const server = await createServer({
    storage: openStorage(options.storageUrl ?? `sqlite:${join(dir, 'test.db')}`),
    journeysDir,
    port: 0,
    clock,
    log: () => {},
    // Tests move the clock by hand: background workers would race them. Their own suites turn them on.
    deadlines: false,
    outbox: false,
    purgeIntervalMs: 0,
    tokens: {
      caseworkers: {
        [TOKENS.caseworker]: {
          id: 'cw-1',
          roles: ['foi-officer', 'travel-officer', 'school-meals-officer', 'waste-officer'],
        },
        [TOKENS.otherCaseworker]: { id: 'cw-2', roles: ['unrelated-role'] },
        [TOKENS.dpo]: { id: 'dpo-1', roles: ['data-protection'] },
      },
      designers: { [TOKENS.designer]: { id: 'designer-1' } },
    },
    ...options.overrides,
  });
  return {
    ...server,
    dir,
    clock,
    async call(method, path, { token, body, headers } = {}) {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text === '' ? null : JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, body: parsed, headers: response.headers };
    },
    async stop() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
