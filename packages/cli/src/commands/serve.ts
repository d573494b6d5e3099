import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import {
  createPages,
  createServer,
  openStorage,
  pagesErrorRenderer,
  payClientsFromEnv,
  type RunningServer,
  type StaffTokens,
  StorageError,
} from '@fingerpost/server';
import { type CliIo, EXIT, UsageError } from '../io';
import { addressesFromEnv } from './addresses-from-env';
import { scannerFromEnv } from './scanner-from-env';

export interface ServeArgs {
  journeys: string;
  /** The built designer (apps/designer/dist), served at /designer. */
  designer: string;
  db: string;
  port: number;
  host: string;
  tokens: string | null;
  publicUrl: string | null;
  /** Requests a minute per address on resident endpoints; 0 turns the limit off. */
  rateLimit: number;
}

const FLAGS = new Set([
  '--journeys',
  '--designer',
  '--db',
  '--port',
  '--host',
  '--tokens',
  '--public-url',
  '--rate-limit',
]);

/** Parses `serve` arguments; every path is relative to the working directory. */
export function parseServeArgs(args: string[], cwd: string): ServeArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    if (!FLAGS.has(flag)) throw new UsageError(`unknown option "${arg}" (options: ${[...FLAGS].join(', ')})`);
    const value = inline ?? args[++i];
    if (value === undefined || value === '') throw new UsageError(`${flag} needs a value`);
    values.set(flag, value);
  }
  const port = Number(values.get('--port') ?? '3000');
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new UsageError(`--port must be a whole number from 0 to 65535, not "${values.get('--port')}"`);
  const rateLimit = Number(values.get('--rate-limit') ?? '600');
  if (!Number.isInteger(rateLimit) || rateLimit < 0)
    throw new UsageError(
      `--rate-limit must be a whole number of requests a minute (0: no limit), not "${values.get('--rate-limit')}"`,
    );
  const db = values.get('--db') ?? 'sqlite:.fingerpost/fingerpost.db';
  return {
    journeys: resolve(cwd, values.get('--journeys') ?? 'examples'),
    designer: resolve(cwd, values.get('--designer') ?? 'apps/designer/dist'),
    db: sqliteRelativeTo(db, cwd),
    port,
    host: values.get('--host') ?? '127.0.0.1',
    tokens: values.has('--tokens') ? resolve(cwd, values.get('--tokens')!) : null,
    publicUrl: values.get('--public-url') ?? null,
    rateLimit,
  };
}

function sqliteRelativeTo(url: string, cwd: string): string {
  if (!url.startsWith('sqlite:')) return url;
  const file = url.slice('sqlite:'.length);
  return file === ':memory:' || file === '' || isAbsolute(file) ? url : `sqlite:${resolve(cwd, file)}`;
}

async function readTokens(file: string): Promise<StaffTokens> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as StaffTokens;
  } catch (error) {
    throw new UsageError(`--tokens ${file}: ${(error as Error).message}`);
  }
}

function announce(server: RunningServer, args: ServeArgs, io: CliIo): void {
  const { published, unchanged, skipped } = server.published;
  io.stdout.write(`Fingerpost is running at ${server.url}\n`);
  io.stdout.write(
    `  residents start at ${server.url}/{journeyId}  ·  caseworkers at ${server.url}/console  ·  designers at ${server.url}/designer\n`,
  );
  io.stdout.write(
    `  API: ${server.url}/api/v1  ·  docs: ${server.url}/api/docs  ·  storage: ${args.db.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')}\n`,
  );
  io.stdout.write(
    `  journeys from ${args.journeys}: ${published.length} published, ${unchanged.length} already published, ${skipped.length} skipped\n`,
  );
  for (const s of skipped) io.stderr.write(`  SKIPPED ${s.file}: ${s.reason}\n`);
  const dev = server.devTokens;
  if (dev) {
    io.stdout.write('Development tokens (send as Authorization: Bearer <token>; new on every start):\n');
    io.stdout.write(
      `  caseworker (${dev.caseworker.roles.join(', ') || 'no roles'}): ${dev.caseworker.token}\n`,
    );
    io.stdout.write(`  data protection officer: ${dev.dataProtection.token}\n`);
    io.stdout.write(`  designer: ${dev.designer.token}\n`);
  }
}

/** Resolves with the name of the first SIGTERM or SIGINT, then stops listening for them. */
export function untilSignal(): Promise<string> {
  return new Promise((done) => {
    const stop = (signal: string) => {
      process.off('SIGTERM', onTerm);
      process.off('SIGINT', onInt);
      done(signal);
    };
    const onTerm = () => stop('SIGTERM');
    const onInt = () => stop('SIGINT');
    process.once('SIGTERM', onTerm);
    process.once('SIGINT', onInt);
  });
}

/**
 * `fingerpost serve [--journeys DIR] [--designer DIR] [--db URL] [--port N] [--host H] [--tokens FILE] [--public-url URL] [--rate-limit N]`:
 * runs the server until SIGTERM or SIGINT, then finishes the requests in flight and closes storage.
 * Defaults: SQLite at ./.fingerpost/fingerpost.db, the journeys in ./examples, 127.0.0.1:3000, and
 * development tokens printed at start-up (unless --tokens names a JSON file of staff tokens), and
 * 600 requests a minute per address on resident endpoints (--rate-limit 0 for benchmarks). The
 * address look-up comes from the environment (see addressesFromEnv): OS Places with a key, else the
 * journeys folder's made-up `addresses/addresses.csv`.
 * @example await serveCommand(['--port', '8080'], { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
 */
export async function serveCommand(
  args: string[],
  io: CliIo,
  until: Promise<unknown> = untilSignal(),
): Promise<number> {
  const options = parseServeArgs(args, io.cwd);
  let storage: ReturnType<typeof openStorage>;
  try {
    storage = openStorage(options.db);
  } catch (error) {
    if (error instanceof StorageError) throw new UsageError(error.message);
    throw error;
  }
  const tokens = options.tokens ? await readTokens(options.tokens) : undefined;
  const scanner = scannerFromEnv(process.env);
  const addresses = addressesFromEnv(process.env, options.journeys);
  const pay = payClientsFromEnv(process.env);
  let server: RunningServer;
  try {
    server = await createServer({
      storage,
      journeysDir: options.journeys,
      designerDir: options.designer,
      port: options.port,
      host: options.host,
      ...(tokens ? { tokens } : {}),
      ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
      rateLimit: options.rateLimit === 0 ? false : { limit: options.rateLimit, windowMs: 60_000 },
      ...(scanner ? { scanner } : {}),
      ...(pay ? { pay } : {}),
      // Sessions survive restarts only with a fixed secret; resume links work either way.
      pages: (runtime, services) =>
        createPages(runtime, {
          ...services,
          ...(addresses ? { addresses: addresses.provider } : {}),
          ...(process.env.FINGERPOST_SESSION_SECRET
            ? { sessionSecret: process.env.FINGERPOST_SESSION_SECRET }
            : {}),
          ...(process.env.FINGERPOST_COUNCIL_NAME
            ? { councilName: process.env.FINGERPOST_COUNCIL_NAME }
            : {}),
        }),
      renderError: pagesErrorRenderer(
        process.env.FINGERPOST_COUNCIL_NAME ? { councilName: process.env.FINGERPOST_COUNCIL_NAME } : {},
      ),
      log: (line) => io.stderr.write(`${line}\n`),
    });
  } catch (error) {
    await storage.close().catch(() => {});
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr.write(
      `fingerpost serve: ${code === 'EADDRINUSE' ? `port ${options.port} is already in use: choose another with --port` : (error as Error).message}\n`,
    );
    return EXIT.failed;
  }
  announce(server, options, io);
  io.stdout.write(
    `  address look-up: ${addresses ? addresses.description : 'none (set FINGERPOST_OS_PLACES_KEY or FINGERPOST_ADDRESSES_CSV)'}\n`,
  );
  const reason = await until;
  io.stdout.write(
    `Stopping (${typeof reason === 'string' ? reason : 'requested'}): finishing requests in flight…\n`,
  );
  await server.close();
  io.stdout.write('Stopped.\n');
  return EXIT.ok;
}
