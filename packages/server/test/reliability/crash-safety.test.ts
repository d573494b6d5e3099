/*
 * Issue 10, item 1 (and issue 5 §7): rounds of a burst of concurrent submissions over many
 * applications, the server process killed with SIGKILL at a random moment, restarted. Every
 * acknowledged submission must be stored exactly once, every application readable, and deadlines
 * that fell due while the server was down must fire after the restart. SQLite and PostgreSQL.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage } from '../../src/storage/index';
import { postgresForTests, testSchema } from '../../src/storage/test-support';
import type { Storage } from '../../src/storage/types';
import { burst, type Chain, spread } from './support/crash-burst';
import { checkChains, deadlineEvents, expectDeadlinesFired } from './support/crash-check';
import { CRASH_DEADLINE_MS, CRASH_JOURNEY, CRASH_ROLE } from './support/crash-journey';
import { seededRandom } from './support/random';
import {
  buildServerBundle,
  type ServerBundle,
  type ServerProcess,
  startServerProcess,
} from './support/server-process';
import { FULL_SIZES, SIZES, sizeNote } from './support/sizes';

const pgUrl = await postgresForTests('crash safety on PostgreSQL (reliability suite)');
const { rounds, instances, submissions } = SIZES.crash;
const TOKENS = { caseworkers: { 'crash-caseworker-token-0123456789': { id: 'cw', roles: [CRASH_ROLE] } } };

let bundle: ServerBundle;
let journeysDir: string;
beforeAll(async () => {
  bundle = await buildServerBundle();
  journeysDir = mkdtempSync(join(tmpdir(), 'fingerpost-crash-journeys-'));
  mkdirSync(join(journeysDir, CRASH_JOURNEY.id));
  writeFileSync(join(journeysDir, CRASH_JOURNEY.id, 'journey.json'), JSON.stringify(CRASH_JOURNEY));
}, 180_000);
afterAll(() => {
  bundle?.remove();
  if (journeysDir) rmSync(journeysDir, { recursive: true, force: true });
});

/** Whether the server process runs a deadline scheduler (it says so by what createServer returns). */
const hasScheduler = (server: ServerProcess) => server.features.includes('deadlineScheduler');

function crashSuite(name: string, database: () => { url: string; drop(): Promise<void> }) {
  describe(`crash safety on ${name}: ${rounds} rounds of ${submissions} submissions over ${instances} applications, SIGKILL, restart ${sizeNote(FULL_SIZES.crash.rounds, rounds)}`, () => {
    const rng = seededRandom(`crash safety on ${name}`);
    let db: { url: string; drop(): Promise<void> };
    let server: ServerProcess | null = null;
    let storage: Storage;
    let offsetMs = 0;
    const chains: Chain[] = [];
    const sentForDecision: string[] = [];
    const totals = { acknowledged: 0, lostButStored: 0, lostNotStored: 0 };

    const start = () =>
      startServerProcess(bundle, {
        db: db.url,
        journeysDir,
        tokens: TOKENS,
        clockOffsetMs: offsetMs,
        // Look for due deadlines often, so the check after a restart does not wait long.
        extra: { deadlines: { intervalMs: 200 } },
      });

    beforeAll(async () => {
      db = database();
      server = await start();
      storage = openStorage(db.url);
    }, 120_000);
    afterAll(async () => {
      await server?.stop();
      await storage?.close();
      await db?.drop();
    });

    for (let round = 1; round <= rounds; round++) {
      it(`round ${round}`, async () => {
        const running = server!;
        const plan = spread(submissions, instances, rng);
        const result = await burst(running.url, plan, `r${round}`, rng, () => running.kill());
        // The restarted server's clock is two hours on: every deadline set before the kill (one
        // hour) fell due while no server ran.
        offsetMs += 2 * CRASH_DEADLINE_MS;
        server = await start();
        const tally = await checkChains(storage, server.url, result.chains);
        if (hasScheduler(server)) await expectDeadlinesFired(storage, tally.awaitingDecision, 60_000);
        else
          console.warn(
            `NOT CHECKED (round ${round} on ${name}): deadlines due during the downtime — createServer starts no deadline scheduler yet (its RunningServer has ${server.features.join(', ')})`,
          );
        chains.push(...result.chains);
        sentForDecision.push(...tally.awaitingDecision);
        totals.acknowledged += tally.acknowledged;
        totals.lostButStored += tally.lostButStored;
        totals.lostNotStored += tally.lostNotStored;
        console.info(
          `crash round ${round} on ${name}: killed after ${result.acknowledgedBeforeKill} acknowledgements (aimed at ${result.killAfter}); ` +
            `${tally.applications} applications read back, ${tally.acknowledged} acknowledged submissions each stored once, ` +
            `${tally.lostButStored} cut off but committed, ${tally.lostNotStored} cut off and not stored, ${tally.awaitingDecision.length} deadlines due in the downtime`,
        );
      }, 300_000);
    }

    it('across all rounds, nothing acknowledged went missing and no deadline fired twice', async () => {
      // Restarts after later rounds must not have replayed anything of earlier ones.
      const final = await checkChains(storage, server!.url, chains);
      expect(final.acknowledged).toBe(totals.acknowledged);
      expect(totals.acknowledged, 'the bursts got submissions through at all').toBeGreaterThan(0);
      if (hasScheduler(server!)) {
        const fired = await deadlineEvents(storage, sentForDecision);
        expect([...fired].filter(([, n]) => n !== 1)).toEqual([]);
      }
      console.info(
        `crash safety on ${name}, ${rounds} rounds: ${chains.filter((c) => c.startOutcome === 'acknowledged').length} applications, ` +
          `${totals.acknowledged} acknowledged submissions all stored exactly once; ${totals.lostButStored + totals.lostNotStored} cut off by the kill ` +
          `(${totals.lostButStored} committed before it, ${totals.lostNotStored} not); ${sentForDecision.length} deadlines due during downtime` +
          (hasScheduler(server!) ? ', each fired exactly once' : ' (not checked: no scheduler)'),
      );
    }, 300_000);
  });
}

crashSuite('SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fingerpost-crash-'));
  return {
    url: `sqlite:${join(dir, 'crash.db')}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

if (pgUrl) crashSuite('PostgreSQL', () => testSchema(pgUrl));
