import { createRequire } from 'node:module';
import { withPostgres } from '../http/postgres';

/** better-sqlite3 as @fingerpost/server uses it (the server's dependency, loaded from its folder). */
const fromServer = createRequire(new URL('../../../packages/server/package.json', import.meta.url));

interface SqliteDatabase {
  prepare(sql: string): {
    all(...params: unknown[]): Array<Record<string, unknown>>;
    run(...params: unknown[]): unknown;
  };
  pragma(sql: string): unknown;
  close(): void;
}

/**
 * How each copied column is written: the copy's id, a reference and a resume token hash made
 * unique per copy; everything else (snapshot, events' data) as in the template.
 */
function copyExpression(
  table: 'instances' | 'events',
  column: string,
  concat: (a: string, b: string) => string,
): string {
  const seedId = concat("'seed-'", 'n.i');
  if (table === 'instances' && column === 'id') return seedId;
  if (table === 'events' && column === 'instance_id') return seedId;
  if (table === 'instances' && column === 'reference')
    return `CASE WHEN t.reference IS NULL THEN NULL ELSE ${concat('t.reference', concat("'-'", 'n.i'))} END`;
  if (table === 'instances' && column === 'resume_token_hash') return concat('t.resume_token_hash', 'n.i');
  return `t.${column}`;
}

function copySql(
  table: 'instances' | 'events',
  columns: string[],
  series: string,
  concat: (a: string, b: string) => string,
): string {
  const key = table === 'instances' ? 'id' : 'instance_id';
  const values = columns.map((c) => copyExpression(table, c, concat)).join(', ');
  return `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${values} FROM ${table} t, ${series} WHERE t.${key} = $template`;
}

/**
 * Copies a template application (its row and its events) into a SQLite file until the file holds
 * copies `from`…`to - 1`: bulk seeding for the scaling curves, in batches of 50,000 rows.
 */
export function seedSqlite(file: string, templateId: string, from: number, to: number): void {
  const Database = fromServer('better-sqlite3') as new (file: string) => SqliteDatabase;
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    const concat = (a: string, b: string) => `(${a} || ${b})`;
    const columnsOf = (table: string) =>
      db
        .prepare(`PRAGMA table_info(${table})`)
        .all()
        .map((r) => String(r.name));
    const series =
      '(WITH RECURSIVE s(i) AS (SELECT $from UNION ALL SELECT i + 1 FROM s WHERE i + 1 < $to) SELECT i FROM s) n';
    const instances = db.prepare(
      copySql('instances', columnsOf('instances'), series, concat).replace(/\$(\w+)/g, '@$1'),
    );
    const events = db.prepare(
      copySql('events', columnsOf('events'), series, concat).replace(/\$(\w+)/g, '@$1'),
    );
    for (let start = from; start < to; start += 50_000) {
      const end = Math.min(to, start + 50_000);
      db.prepare('BEGIN').run();
      instances.run({ template: templateId, from: start, to: end });
      events.run({ template: templateId, from: start, to: end });
      db.prepare('COMMIT').run();
    }
  } finally {
    db.close();
  }
}

/** The same for PostgreSQL, in the benchmark's own schema. */
export async function seedPostgres(
  url: string,
  schema: string,
  templateId: string,
  from: number,
  to: number,
): Promise<void> {
  const done = await withPostgres(url, async (client) => {
    const columnsOf = async (table: string) =>
      (
        await client.query(
          `SELECT column_name FROM information_schema.columns WHERE table_schema = '${schema}' AND table_name = '${table}' ORDER BY ordinal_position`,
        )
      ).rows.map((r) => String(r.column_name));
    const concat = (a: string, b: string) => `(${a} || ${b})`;
    const series = 'generate_series($from::int, $to::int - 1) AS n(i)';
    await client.query(`SET search_path TO ${schema}`);
    const instanceColumns = await columnsOf('instances');
    const eventColumns = await columnsOf('events');
    const id = templateId.replace(/'/g, "''");
    for (let start = from; start < to; start += 50_000) {
      const end = Math.min(to, start + 50_000);
      const bind = (sql: string) =>
        sql.replace('$template', `'${id}'`).replace('$from', String(start)).replace('$to', String(end));
      await client.query('BEGIN');
      await client.query(bind(copySql('instances', instanceColumns, series, concat)));
      await client.query(bind(copySql('events', eventColumns, series, concat)));
      await client.query('COMMIT');
    }
    await client.query('ANALYZE instances');
    await client.query('ANALYZE events');
    return true;
  });
  if (!done) throw new Error('PostgreSQL cannot be reached for seeding');
}
