import { createRequire } from 'node:module';

/** pg as @fingerpost/server uses it (the server's dependency, loaded from its folder). */
const fromServer = createRequire(new URL('../../../packages/server/package.json', import.meta.url));

interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<{ rows: Array<Record<string, unknown>> }>;
  end(): Promise<void>;
}

export const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** The PostgreSQL the benchmarks use: FINGERPOST_TEST_PG_URL, else the local test database. */
export function postgresUrl(): string {
  return process.env.FINGERPOST_TEST_PG_URL ?? DEFAULT_PG_URL;
}

/** Runs statements on a fresh connection; null when PostgreSQL cannot be reached. */
export async function withPostgres<T>(
  url: string,
  work: (client: PgClient) => Promise<T>,
): Promise<T | null> {
  let pg: { Client: new (options: { connectionString: string }) => PgClient };
  try {
    pg = fromServer('pg') as typeof pg;
  } catch {
    return null;
  }
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch {
    return null;
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A URL for the same database with every table in `schema` (the server creates it). */
export function withSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('schema', schema);
  return parsed.toString();
}
