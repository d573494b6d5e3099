import { afterEach, beforeEach } from 'vitest';
import type { Storage } from '../types';

/** One database for one test, on a real engine. */
export interface StorageHarness {
  /** Opens a new connection to this database (a new pool, a new SQLite handle); not migrated. */
  open(): Storage;
  /** Deletes the database (drops the schema, removes the file); called after every storage is closed. */
  dispose(): Promise<void>;
}

export type HarnessFactory = () => Promise<StorageHarness>;

export interface Conformance {
  /** The test's storage: migrated, on a database no other test sees. */
  readonly storage: Storage;
  /** What the test storage's first `migrate()` applied. */
  readonly firstMigration: { applied: number[] };
  /** Another connection to the test's database, as a second server process would have; migrated. */
  another(): Promise<Storage>;
  /** Opens a connection without migrating (for migration and reopen tests). */
  openUnmigrated(): Storage;
  /** A second, empty, unmigrated database for this test. */
  freshDatabase(): Promise<StorageHarness>;
}

/** Registers beforeEach/afterEach hooks that give each test its own database and clean it up. */
export function useConformance(factory: HarnessFactory): Conformance {
  let harnesses: StorageHarness[] = [];
  let opened: Storage[] = [];
  let storage: Storage | undefined;
  let firstMigration: { applied: number[] } | undefined;

  // Every database is disposed, and every connection opened on it closed, after the test.
  const track = (harness: StorageHarness): StorageHarness => {
    if (!harnesses.includes(harness)) harnesses.push(harness);
    return {
      open() {
        const s = harness.open();
        opened.push(s);
        return s;
      },
      dispose: () => harness.dispose(),
    };
  };

  beforeEach(async () => {
    const harness = track(await factory());
    storage = harness.open();
    firstMigration = await storage.migrate();
  });

  afterEach(async () => {
    const closing = opened;
    const disposing = harnesses;
    opened = [];
    harnesses = [];
    storage = undefined;
    await Promise.all(closing.map((s) => s.close()));
    await Promise.all(disposing.map((h) => h.dispose()));
  });

  const main = () => {
    if (!storage) throw new Error('the conformance storage is only available inside a test');
    return storage;
  };
  const mainHarness = () => harnesses[0]!;

  return {
    get storage() {
      return main();
    },
    get firstMigration() {
      if (!firstMigration) throw new Error('only available inside a test');
      return firstMigration;
    },
    async another() {
      const s = track(mainHarness()).open();
      await s.migrate();
      return s;
    },
    openUnmigrated() {
      return track(mainHarness()).open();
    },
    async freshDatabase() {
      return track(await factory());
    },
  };
}
