import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../outbox/testing/webhook-receiver';
import { createRuntime, type Runtime } from '../runtime/runtime';
import { openStorage } from '../storage/index';
import { postgresForTests, type TestSchema, testSchema } from '../storage/test-support';
import { inParallel } from './in-parallel';
import { journeysFolder, quickDecision } from './testing/journeys';
import { type ServerProcess, startServerProcess } from './testing/server-process';

const DEADLINES = 1_000;
const pgUrl = await postgresForTests('deadline scheduler: two server processes on PostgreSQL');

describe.runIf(pgUrl)('two server processes on one PostgreSQL database', () => {
  const SECRET = 'case-system-secret';
  let receiver: WebhookReceiver;
  let journeys: ReturnType<typeof journeysFolder>;
  let db: TestSchema;
  let seeder: Runtime;
  const servers: ServerProcess[] = [];

  beforeAll(async () => {
    receiver = await startWebhookReceiver(SECRET);
    // Each approval also queues a webhook, which the processes' outbox workers share as well.
    journeys = journeysFolder([quickDecision(`${receiver.url}/hook`)]);
    db = testSchema(pgUrl!);
    const storage = openStorage(db.url);
    await storage.migrate();
    // Applications started an hour ago: their one-second deadlines are long due.
    seeder = createRuntime({ storage, clock: () => new Date(Date.now() - 3_600_000) });
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.kill()));
    await seeder?.storage.close();
    await db?.drop();
    journeys?.remove();
    await receiver?.close();
  });

  /** Outbox items marked delivered, counted in the database itself. */
  async function deliveredWebhooks(): Promise<number> {
    const client = new pg.Client({ connectionString: pgUrl! });
    await client.connect();
    try {
      // The schema name is generated from hex digits only (testSchema), so splicing it is safe.
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM ${db.schema}.outbox WHERE status = 'delivered'`,
      );
      return rows[0].n as number;
    } finally {
      await client.end();
    }
  }

  const seed = (count: number) =>
    inParallel(
      Array.from({ length: count }, (_, i) => i),
      16,
      async () => (await seeder.instances.start('quick-decision')).instanceId,
    );

  /** deadlinePassed and completed events per application, from the stored history. */
  async function firedPerInstance(only?: ReadonlySet<string>) {
    const perInstance = new Map<string, { deadlinePassed: number; completed: number }>();
    for (const event of await seeder.storage.listJourneyEvents('quick-decision')) {
      if (only && !only.has(event.instanceId)) continue;
      const counts = perInstance.get(event.instanceId) ?? { deadlinePassed: 0, completed: 0 };
      if (event.type === 'deadlinePassed') counts.deadlinePassed++;
      if (event.type === 'completed') counts.completed++;
      perInstance.set(event.instanceId, counts);
    }
    return perInstance;
  }

  it(`fire each of ${DEADLINES} due deadlines exactly once between them, and deliver each webhook once`, {
    timeout: 120_000,
  }, async () => {
    const config = {
      storageUrl: db.url,
      journeysDir: journeys.dir,
      deadlines: { intervalMs: 20, batchSize: 50, leaseMs: 30_000 },
      outbox: { intervalMs: 20, batchSize: 50 },
      env: { TEST_WEBHOOK_SECRET: SECRET },
    };
    servers.push(...(await Promise.all([startServerProcess(config), startServerProcess(config)])));

    // Both processes poll while the applications arrive, so they contend for every batch.
    const ids = await seed(DEADLINES);
    const storage = seeder.storage;
    const approved = () =>
      storage.listTasks({ journeyId: 'quick-decision', status: 'approved', limit: 1, offset: 0 });
    await expect
      .poll(async () => (await approved()).total, { timeout: 90_000, interval: 100 })
      .toBe(DEADLINES);
    await expect.poll(deliveredWebhooks, { timeout: 60_000, interval: 100 }).toBe(DEADLINES);

    const reports = await Promise.all(servers.splice(0).map((server) => server.stop()));
    const fired = reports.map((r) => r.deadlines?.fired ?? 0);
    expect(fired[0]! + fired[1]!, `fired per process: ${fired.join(' + ')}`).toBe(DEADLINES);
    expect(Math.min(...fired), 'both processes took a share').toBeGreaterThan(0);
    expect(reports.map((r) => r.deadlines?.failed)).toEqual([0, 0]);
    const delivered = reports.map((r) => r.outbox?.delivered ?? 0);
    expect(delivered[0]! + delivered[1]!, `webhooks per process: ${delivered.join(' + ')}`).toBe(DEADLINES);
    expect(receiver.received, 'no webhook was delivered twice').toHaveLength(DEADLINES);
    expect(new Set(receiver.received.map((r) => r.deliveryId)).size).toBe(DEADLINES);
    expect(receiver.received.every((r) => r.signatureValid && r.status === 200)).toBe(true);
    expect(new Set(receiver.received.map((r) => JSON.parse(r.raw).instanceId))).toEqual(new Set(ids));

    const perInstance = await firedPerInstance();
    expect([...perInstance.keys()].sort()).toEqual([...ids].sort());
    const wrong = [...perInstance].filter(([, c]) => c.deadlinePassed !== 1 || c.completed !== 1);
    expect(wrong, 'applications whose deadline did not fire exactly once').toEqual([]);
    const sample = await storage.getInstance(ids[DEADLINES - 1]!);
    expect(sample).toMatchObject({ status: 'completed', outcome: 'approved' });
    expect(await storage.claimDueDeadlines(new Date(Date.now() + 86_400_000).toISOString(), 10, 1)).toEqual(
      [],
    );
  });

  it('still fire each deadline once when their claims run out mid-flight (a process stalled)', {
    timeout: 60_000,
  }, async () => {
    // A one-millisecond lease lets the other process claim a deadline while the first is firing it:
    // the version check and the engine, not the lease, keep the deadline from firing twice.
    const config = {
      storageUrl: db.url,
      journeysDir: journeys.dir,
      deadlines: { intervalMs: 5, batchSize: 10, leaseMs: 1 },
      outbox: false as const,
    };
    servers.push(...(await Promise.all([startServerProcess(config), startServerProcess(config)])));
    const ids = new Set(await seed(200));
    const open = () =>
      seeder.storage.listTasks({ journeyId: 'quick-decision', status: 'open', limit: 1, offset: 0 });
    await expect.poll(async () => (await open()).total, { timeout: 50_000, interval: 50 }).toBe(0);
    const reports = await Promise.all(servers.splice(0).map((server) => server.stop()));
    const fired = reports.reduce((sum, r) => sum + (r.deadlines?.fired ?? 0), 0);
    expect(fired).toBe(200);
    const claimed = reports.reduce((sum, r) => sum + (r.deadlines?.claimed ?? 0), 0);
    expect(claimed, 'some deadlines were claimed by both processes').toBeGreaterThan(200);
    const perInstance = await firedPerInstance(ids);
    expect(perInstance.size).toBe(200);
    expect([...perInstance.values()].every((c) => c.deadlinePassed === 1 && c.completed === 1)).toBe(true);
  });
});
