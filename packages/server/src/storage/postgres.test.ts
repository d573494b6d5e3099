import { describe, it } from 'vitest';
import { describeStorageConformance } from './conformance';
import { openStorage } from './open';
import { postgresForTests, testSchema } from './test-support';

const serverUrl = await postgresForTests('PostgreSQL storage suite');

if (serverUrl) {
  describeStorageConformance('PostgreSQL (a fresh schema per test)', async () => {
    const db = testSchema(serverUrl);
    return { open: () => openStorage(db.url), dispose: () => db.drop() };
  });
} else {
  describe.skip('Storage conformance on PostgreSQL (skipped: FINGERPOST_TEST_PG_URL unset or unreachable)', () => {
    it('needs PostgreSQL', () => {});
  });
}
