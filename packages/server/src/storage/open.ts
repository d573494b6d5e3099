import { StorageError } from './errors';
import { createPostgresStorage } from './postgres/storage';
import { createSqliteStorage } from './sqlite/storage';
import type { Storage } from './types';

/**
 * Opens storage from a URL (not migrated yet: call `migrate()`):
 * - `sqlite:<path>` (e.g. `sqlite:./.fingerpost/fingerpost.db`, `sqlite::memory:`) or a bare path
 *   ending `.db`, `.sqlite` or `.sqlite3` → SQLite; the file's folders are created;
 * - `postgres://…` or `postgresql://…` → PostgreSQL. A `schema` query parameter
 *   (`?schema=fingerpost`) puts every table in that schema; `poolSize` sets the pool's size.
 * Anything else throws a StorageError with code `storage.unsupported-url`.
 *
 * @example
 * const storage = openStorage(process.env.DATABASE_URL ?? 'sqlite:./.fingerpost/fingerpost.db');
 * await storage.migrate();
 */
export function openStorage(url: string): Storage {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    if (file === '') throw unsupported(url, 'sqlite: needs a file path, e.g. sqlite:./fingerpost.db');
    return createSqliteStorage({ file });
  }
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url);
  if (/\.(db|sqlite|sqlite3)$/i.test(url) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    return createSqliteStorage({ file: url });
  }
  throw unsupported(url, 'use sqlite:<path>, a path ending .db, or a postgres:// URL');
}

function openPostgres(url: string): Storage {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw unsupported(url, 'it is not a valid URL');
  }
  const schema = parsed.searchParams.get('schema') ?? undefined;
  const poolSizeText = parsed.searchParams.get('poolSize');
  parsed.searchParams.delete('schema');
  parsed.searchParams.delete('poolSize');
  const poolSize = poolSizeText === null ? undefined : Number(poolSizeText);
  if (poolSize !== undefined && !(Number.isInteger(poolSize) && poolSize > 0)) {
    throw unsupported(url, 'poolSize must be a positive whole number');
  }
  return createPostgresStorage({
    url: parsed.toString(),
    ...(schema === undefined ? {} : { schema }),
    ...(poolSize === undefined ? {} : { poolSize }),
  });
}

function unsupported(url: string, hint: string): StorageError {
  return new StorageError(
    'storage.unsupported-url',
    `Cannot open storage at "${redact(url)}": ${hint}`,
    'url',
  );
}

/** Database URLs may carry a password; error messages must not. */
function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
