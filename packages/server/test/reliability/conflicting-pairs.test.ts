/*
 * Issue 10, item 2: conflicting pairs. Each pair is two changes to one application sent at the same
 * time with the same version (two different answers to one page, a page against going back,
 * a page against withdrawing…). Exactly one may win (200); the other must get 409; the stored
 * application must be the winner's, with one history entry for it. Half the pairs race inside
 * one server (its per-application lock), half across two servers on one database (only the
 * database's version check can separate them). SQLite and PostgreSQL.
 *
 * The other half of item 2 — two server processes on one PostgreSQL firing 1,000 due deadlines,
 * each exactly once — belongs with the scheduler (src/scheduler/), whose helper writes that test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inParallel } from '../../src/scheduler/in-parallel';
import { createServer, type RunningServer } from '../../src/server';
import { openStorage } from '../../src/storage/index';
import { postgresForTests, testSchema } from '../../src/storage/test-support';
import { start, storedAnswers, submit } from '../../src/testing/flows';
import { startTestServer, type TestServer } from '../../src/testing/test-server';
import { seededRandom } from './support/random';
import { FULL_SIZES, SIZES, sizeNote } from './support/sizes';

const pgUrl = await postgresForTests('conflicting pairs on PostgreSQL (reliability suite)');
const PAIRS = SIZES.conflictingPairs;

type Move = 'rubbish' | 'recycling' | 'garden' | 'back' | 'withdraw';
const MOVES: readonly Move[] = ['rubbish', 'recycling', 'garden', 'back', 'withdraw'];
/** Each answering move gives collection-date a date of its own, so the stored answer names the winner. */
const DATES: Record<string, string> = {
  rubbish: '2026-03-03',
  recycling: '2026-03-02',
  garden: '2026-02-27',
};

/** The request a move makes on an application that answered which-bin and is on collection-date. */
function request(move: Move, instanceId: string, version: number) {
  if (move === 'back') return { path: `/api/v1/instances/${instanceId}/back`, body: { version } };
  if (move === 'withdraw')
    return { path: `/api/v1/instances/${instanceId}/withdraw`, body: { version, reason: 'changed my mind' } };
  return {
    path: `/api/v1/instances/${instanceId}/steps/collection-date`,
    body: { version, answers: { collectionDate: DATES[move] } },
  };
}

async function send(base: string, token: string, r: { path: string; body: unknown }) {
  const response = await fetch(`${base}${r.path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(r.body),
  });
  return { status: response.status, body: (await response.json()) as { version?: number; code?: string } };
}

function pairsSuite(name: string, storageUrl: () => { url: string; drop(): Promise<void> } | null) {
  describe(`conflicting pairs on ${name}`, () => {
    let s: TestServer;
    let second: RunningServer;
    let db: { url: string; drop(): Promise<void> } | null;
    beforeAll(async () => {
      db = storageUrl();
      s = await startTestServer({
        journeys: ['report-missed-bin'],
        ...(db ? { storageUrl: db.url } : {}),
        overrides: { rateLimit: false, purgeIntervalMs: 0 },
      });
      second = await createServer({
        storage: openStorage(db ? db.url : `sqlite:${s.dir}/test.db`),
        journeysDir: null,
        port: 0,
        clock: s.clock,
        tokens: {},
        rateLimit: false,
        purgeIntervalMs: 0,
        log: () => {},
      });
    }, 60_000);
    afterAll(async () => {
      await second?.close();
      await s?.stop();
      await db?.drop();
    });

    it(`${PAIRS.toLocaleString('en-GB')} pairs on one version: exactly one of each wins, the other gets 409 ${sizeNote(FULL_SIZES.conflictingPairs, PAIRS)}`, async () => {
      const rng = seededRandom(`conflicting pairs on ${name}`);
      const outcomes = { sameServer: 0, acrossServers: 0 };
      await inParallel(
        Array.from({ length: PAIRS }, (_, i) => i),
        50,
        async (i) => {
          const app = await start(s, 'report-missed-bin');
          await submit(s, app, 'which-bin', { binType: 'rubbish' });
          const moves: [Move, Move] = [MOVES[rng.below(MOVES.length)]!, MOVES[rng.below(MOVES.length)]!];
          const across = i % 2 === 1;
          const bases = [s.url, across ? second.url : s.url];
          const results = await Promise.all(
            moves.map((move, k) => send(bases[k]!, app.token, request(move, app.instanceId, app.version))),
          );
          const statuses = results.map((r) => r.status);
          expect(
            [...statuses].sort(),
            `pair ${i} (${moves.join(' vs ')}${across ? ', two servers' : ''}): ${JSON.stringify(results.map((r) => r.body))}`,
          ).toEqual([200, 409]);
          const winner = moves[statuses.indexOf(200)]!;
          const record = await s.runtime.storage.getInstance(app.instanceId);
          expect(record?.version, `pair ${i}: one change on top of version ${app.version}`).toBe(
            app.version + 1,
          );
          const events = await s.runtime.storage.listEvents(app.instanceId);
          expect(events.map((e) => e.seq)).toEqual(events.map((_, n) => n + 1));
          const answers = await storedAnswers(s, app.instanceId);
          if (winner === 'withdraw') expect(record?.outcome).toBe('withdrawn');
          else if (winner === 'back') expect(record?.currentStep).toBe('which-bin');
          else {
            expect(answers.collectionDate).toBe(DATES[winner]);
            expect(
              events.filter((e) => e.type === 'pageSubmitted' && e.stepId === 'collection-date'),
            ).toHaveLength(1);
          }
          outcomes[across ? 'acrossServers' : 'sameServer']++;
        },
      );
      console.info(
        `conflicting pairs on ${name}: ${outcomes.sameServer} within one server and ${outcomes.acrossServers} across two, each exactly one 200 and one 409`,
      );
      expect(outcomes.sameServer + outcomes.acrossServers).toBe(PAIRS);
    }, 600_000);
  });
}

pairsSuite('SQLite', () => null);
if (pgUrl) pairsSuite('PostgreSQL', () => testSchema(pgUrl));
