import pg from 'pg';
import { StorageError } from '../errors';

export type Queryable = Pick<pg.Pool, 'query'>;

/** A lower-case SQL identifier: schema names are spliced into DDL and search_path, so nothing else is accepted. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function checkSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) {
    throw new StorageError(
      'storage.invalid-schema',
      `PostgreSQL schema "${schema}" must be lower-case letters, digits and underscores, starting with a letter or underscore`,
      'schema',
    );
  }
  return schema;
}

const JSON_OID = 114;
const JSONB_OID = 3802;

/**
 * A pool whose connections use `schema` (when given) as their only search path, and which hands
 * json and jsonb back as text: the storage parses them itself, exactly as it does on SQLite.
 */
export function createPool(url: string, schema: string | undefined, poolSize: number): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(schema === undefined ? {} : { options: `-c search_path=${checkSchemaName(schema)}` }),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === JSON_OID || oid === JSONB_OID
          ? (value: string) => value
          : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return pool;
}
