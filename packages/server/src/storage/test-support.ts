import { randomBytes } from 'node:crypto';
import pg from 'pg';

/*
 * How test suites find PostgreSQL. FINGERPOST_TEST_PG_URL names the server; unset, PostgreSQL
 * suites are skipped with a loud warning (a machine without PostgreSQL still runs everything else).
 * With FINGERPOST_REQUIRE_PG=1 (as in CI) an unreachable server fails the run instead of skipping.
 */

export const PG_URL_VARIABLE = 'FINGERPOST_TEST_PG_URL';
export const REQUIRE_PG_VARIABLE = 'FINGERPOST_REQUIRE_PG';

/**
 * Returns the PostgreSQL URL the suite should use, or null when the suite must be skipped (after
 * warning why). Throws when the server is required but cannot be reached.
 *
 * @example
 * const pgUrl = await postgresForTests('PostgreSQL storage suite');
 * describe.runIf(pgUrl)('on PostgreSQL', () => { … });
 */
export async function postgresForTests(suite: string): Promise<string | null> {
  const url = process.env[PG_URL_VARIABLE];
  if (!url) {
    console.warn(
      `SKIPPED: ${suite} — set ${PG_URL_VARIABLE} (e.g. postgres://postgres@127.0.0.1:5432/test) to run it against PostgreSQL`,
    );
    return null;
  }
  const problem = await unreachable(url);
  if (problem === null) return url;
  if (process.env[REQUIRE_PG_VARIABLE] === '1') {
    throw new Error(
      `${suite}: PostgreSQL at ${url} is unreachable and ${REQUIRE_PG_VARIABLE}=1 makes it mandatory: ${problem}`,
    );
  }
  console.warn(
    `SKIPPED: ${suite} — PostgreSQL at ${url} is unreachable (${problem}); set ${REQUIRE_PG_VARIABLE}=1 to fail instead`,
  );
  return null;
}

async function unreachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

export interface TestSchema {
  /** A fresh schema name, e.g. fp_test_1a2b3c4d5e6f; created by the storage's `migrate`. */
  schema: string;
  /** The server URL with `?schema=…`, for `openStorage`. */
  url: string;
  /** Drops the schema and everything in it. Close the storages using it first. */
  drop(): Promise<void>;
}

/**
 * A uniquely named schema on the test server, so that test files running in parallel never see
 * each other's rows.
 *
 * @example
 * const db = testSchema(pgUrl);
 * const storage = openStorage(db.url);
 * … await storage.close(); await db.drop();
 */
export function testSchema(serverUrl: string): TestSchema {
  const schema = `fp_test_${randomBytes(8).toString('hex')}`;
  const url = new URL(serverUrl);
  url.searchParams.set('schema', schema);
  return {
    schema,
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      client.on('error', () => {});
      await client.connect();
      try {
        // The name is generated above from hex digits only, so splicing it is safe.
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
