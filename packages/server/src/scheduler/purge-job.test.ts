import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PurgeReport } from '../runtime/retention';
import type { Runtime } from '../runtime/runtime';
import { createServer } from '../server';
import { openStorage } from '../storage/index';
import { missedBinToCheckAnswers, start, submit } from '../testing/flows';
import { startTestServer } from '../testing/test-server';
import { purgeJob } from './purge-job';

const DAY = 86_400_000;

describe('the retention purge job', () => {
  it('deletes completed applications once past retention, by itself, and says so', async () => {
    const log: string[] = [];
    const s = await startTestServer({
      journeys: ['report-missed-bin'],
      overrides: { purgeIntervalMs: 20, log: (line) => log.push(line) },
    });
    try {
      const done = await missedBinToCheckAnswers(s);
      await submit(s, done, 'check-answers');
      const running = await start(s, 'report-missed-bin');
      s.clock.advance(89 * DAY);
      expect(await s.workers.purge!.runOnce()).toEqual({
        purged: { 'report-missed-bin': 0 },
        keptForever: ['older-persons-bus-pass'],
      });
      s.clock.advance(2 * DAY); // 91 days: past the journey's 90
      await expect.poll(() => s.runtime.storage.getInstance(done.instanceId), { timeout: 10_000 }).toBeNull();
      expect(await s.runtime.storage.getInstance(running.instanceId)).not.toBeNull();
      expect(log).toContain(
        'fingerpost: retention purge deleted 1 completed application (report-missed-bin: 1)',
      );
    } finally {
      await s.stop();
    }
  });

  it('purges at start-up what expired while the server was down', async () => {
    const first = await startTestServer({
      journeys: ['report-missed-bin'],
      overrides: { purgeIntervalMs: 0 },
    });
    expect(first.workers.purge).toBeNull();
    const done = await missedBinToCheckAnswers(first);
    await submit(first, done, 'check-answers');
    await first.close();
    first.clock.advance(91 * DAY);
    const storage = openStorage(`sqlite:${join(first.dir, 'test.db')}`);
    // The default interval is a day: only the start-up purge can delete it within this test.
    const second = await createServer({
      storage,
      clock: first.clock,
      journeysDir: null,
      port: 0,
      tokens: {},
      log: () => {},
    });
    try {
      await expect.poll(() => storage.getInstance(done.instanceId), { timeout: 10_000 }).toBeNull();
    } finally {
      await second.close();
      await first.stop();
    }
  });

  it('reports a failed purge and tries again at the next run', async () => {
    const log: string[] = [];
    const outcomes: Array<() => Promise<PurgeReport>> = [
      async () => {
        throw new Error('database unreachable');
      },
      async () => ({ purged: { 'report-missed-bin': 2 }, keptForever: [] }),
    ];
    // A runtime whose purge fails once: the job must neither stop nor hide it.
    const runtime = { purgeExpired: () => outcomes.shift()!() } as unknown as Runtime;
    const job = purgeJob(runtime, 3_600_000, (line) => log.push(line));
    await expect(job.runOnce()).rejects.toThrow('database unreachable');
    expect(await job.runOnce()).toEqual({ purged: { 'report-missed-bin': 2 }, keptForever: [] });
    expect(log).toEqual([
      'fingerpost: retention purge failed (tried again in 3600000 ms): Error: database unreachable',
      'fingerpost: retention purge deleted 2 completed applications (report-missed-bin: 2)',
    ]);
    await job.stop();
  });
});
