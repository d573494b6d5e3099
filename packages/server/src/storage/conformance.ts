import { describe } from 'vitest';
import { concurrencyCases } from './conformance/concurrency.cases';
import { type HarnessFactory, useConformance } from './conformance/context';
import { dataCases } from './conformance/data.cases';
import { hostileCases } from './conformance/hostile.cases';
import { instanceCases } from './conformance/instances.cases';
import { journeyCases } from './conformance/journeys.cases';
import { migrationCases } from './conformance/migrations.cases';
import { queueCases } from './conformance/queue.cases';
import { reviewCases } from './conformance/reviews.cases';
import { taskCases } from './conformance/tasks.cases';

export type { HarnessFactory, StorageHarness } from './conformance/context';

/**
 * The behaviour every Storage implementation must show, run against a real engine. `factory`
 * gives each test its own empty database (a temporary SQLite file, a fresh PostgreSQL schema)
 * from which the suite opens as many connections as it needs.
 *
 * @example
 * describeStorageConformance('SQLite', async () => {
 *   const dir = mkdtempSync(join(tmpdir(), 'fp-'));
 *   return { open: () => createSqliteStorage({ file: join(dir, 'db.sqlite') }), dispose: async () => rmSync(dir, { recursive: true }) };
 * });
 */
export function describeStorageConformance(name: string, factory: HarnessFactory): void {
  describe(`Storage conformance on ${name}`, () => {
    const c = useConformance(factory);
    describe('migrations and durability', () => migrationCases(c));
    describe('journey versions', () => journeyCases(c));
    describe('instances', () => instanceCases(c));
    describe('optimistic concurrency', () => concurrencyCases(c));
    describe('tasks', () => taskCases(c));
    describe('deadlines and outbox', () => queueCases(c));
    describe('feedback, files, retention and erasure', () => dataCases(c));
    describe('hostile text and exact JSON', () => hostileCases(c));
    describe('co-design review links and comments', () => reviewCases(c));
  });
}
