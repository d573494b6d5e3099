import { afterAll, beforeAll, expect, it } from 'vitest';
import { missedBinToCheckAnswers, start, submit } from '../testing/flows';
import { startTestServer, type TestServer } from '../testing/test-server';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ journeys: ['report-missed-bin'] });
});
afterAll(() => s.stop());

it("purges completed applications past their journey's retention, and keeps the rest", async () => {
  const done = await missedBinToCheckAnswers(s);
  await submit(s, done, 'check-answers');
  const running = await start(s, 'report-missed-bin');
  const pass = await start(s, 'older-persons-bus-pass');
  await submit(s, pass, 'date-of-birth', { dateOfBirth: '1990-01-01' });
  await submit(s, pass, 'lives-in-area', { livesInArea: true }); // too young: ends ineligible
  s.clock.advance(89 * 86_400_000);
  expect((await s.runtime.purgeExpired()).purged).toEqual({ 'report-missed-bin': 0 });
  s.clock.advance(2 * 86_400_000);
  const report = await s.runtime.purgeExpired();
  expect(report).toEqual({ purged: { 'report-missed-bin': 1 }, keptForever: ['older-persons-bus-pass'] });
  expect(await s.runtime.storage.getInstance(done.instanceId)).toBeNull();
  expect(await s.runtime.storage.getInstance(running.instanceId)).not.toBeNull();
  expect((await s.runtime.storage.getInstance(pass.instanceId))?.status).toBe('completed');
  expect((await s.call('GET', `/api/v1/instances/${done.instanceId}`, { token: done.token })).status).toBe(
    404,
  );
});
