import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseServeArgs, serveCommand, untilSignal } from './serve';

const repo = resolve(__dirname, '..', '..', '..', '..');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'fingerpost-serve-'));
  dirs.push(dir);
  return dir;
}

function capture(cwd: string) {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      stdout: { write: (t: string) => (out.stdout += t) },
      stderr: { write: (t: string) => (out.stderr += t) },
      cwd,
    },
  };
}

async function waitFor(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  expect(check()).toBe(true);
}

describe('fingerpost serve arguments', () => {
  it('defaults to SQLite under .fingerpost, the examples folder and port 3000, relative to the working directory', () => {
    const args = parseServeArgs([], '/srv/council');
    expect(args).toEqual({
      journeys: '/srv/council/examples',
      designer: '/srv/council/apps/designer/dist',
      db: 'sqlite:/srv/council/.fingerpost/fingerpost.db',
      port: 3000,
      host: '127.0.0.1',
      tokens: null,
      publicUrl: null,
      rateLimit: 600,
    });
  });

  it('takes --flag value and --flag=value, and leaves PostgreSQL URLs alone', () => {
    const args = parseServeArgs(
      ['--db=postgres://db/fp', '--port', '8080', '--journeys', 'j', '--host', '0.0.0.0'],
      '/x',
    );
    expect(args).toMatchObject({ db: 'postgres://db/fp', port: 8080, journeys: '/x/j', host: '0.0.0.0' });
  });

  it('refuses unknown options, missing values and impossible ports with a usage error', () => {
    expect(() => parseServeArgs(['--prot', '1'], '/')).toThrow(/unknown option "--prot"/);
    expect(() => parseServeArgs(['--port'], '/')).toThrow(/--port needs a value/);
    expect(() => parseServeArgs(['--port', '70000'], '/')).toThrow(/from 0 to 65535/);
    expect(() => parseServeArgs(['--rate-limit', '-5'], '/')).toThrow(/--rate-limit must be a whole number/);
  });
});

describe('fingerpost serve', () => {
  it('publishes the journeys, prints the URL and the dev tokens that work, and stops cleanly when asked', async () => {
    const cwd = tempDir();
    const { io, out } = capture(cwd);
    let stop!: (reason: string) => void;
    const until = new Promise<string>((r) => (stop = r));
    const running = serveCommand(['--port', '0', '--journeys', join(repo, 'examples')], io, until);
    await waitFor(() => out.stdout.includes('designer:'));
    const url = /running at (http:\/\/\S+)/.exec(out.stdout)![1]!;
    expect(out.stdout).toMatch(/journeys from .*examples: \d+ published/);
    const health = await fetch(`${url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const journeys = (await (await fetch(`${url}/api/v1/journeys`)).json()) as {
      journeys: Array<{ id: string }>;
    };
    expect(journeys.journeys.map((j) => j.id)).toContain('report-missed-bin');
    const designer = /designer: (\S+)/.exec(out.stdout)![1]!;
    const versions = await fetch(`${url}/api/v1/journeys/report-missed-bin/versions`, {
      headers: { authorization: `Bearer ${designer}` },
    });
    expect(versions.status).toBe(200);
    const caseworker = /caseworker \([^)]*foi-officer[^)]*\): (\S+)/.exec(out.stdout)![1]!;
    expect(
      (await fetch(`${url}/api/v1/tasks`, { headers: { authorization: `Bearer ${caseworker}` } })).status,
    ).toBe(200);
    stop('SIGTERM');
    expect(await running).toBe(0);
    expect(out.stdout).toContain('Stopped.');
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('keeps the data in the SQLite file between runs', async () => {
    const cwd = tempDir();
    const first = capture(cwd);
    let stop!: () => void;
    let running = serveCommand(['--port', '0'], first.io, new Promise<void>((r) => (stop = r)));
    await waitFor(() => first.out.stdout.includes('running at'));
    let url = /running at (http:\/\/\S+)/.exec(first.out.stdout)![1]!;
    expect(first.out.stdout).toMatch(/examples: 0 published/);
    const designer = /designer: (\S+)/.exec(first.out.stdout)![1]!;
    const journey = JSON.parse(
      (await import('node:fs')).readFileSync(join(repo, 'examples/report-missed-bin/journey.json'), 'utf8'),
    );
    const saved = await fetch(`${url}/api/v1/journeys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${designer}`, 'content-type': 'application/json' },
      body: JSON.stringify(journey),
    });
    expect(saved.status).toBe(201);
    stop();
    await running;
    const second = capture(cwd);
    running = serveCommand(['--port', '0'], second.io, new Promise<void>((r) => (stop = r)));
    await waitFor(() => second.out.stdout.includes('running at'));
    url = /running at (http:\/\/\S+)/.exec(second.out.stdout)![1]!;
    const designer2 = /designer: (\S+)/.exec(second.out.stdout)![1]!;
    const versions = await fetch(`${url}/api/v1/journeys/report-missed-bin/versions`, {
      headers: { authorization: `Bearer ${designer2}` },
    });
    expect(((await versions.json()) as { versions: Array<{ status: string }> }).versions).toEqual([
      expect.objectContaining({ version: '1.0.0', status: 'draft' }),
    ]);
    expect(designer2).not.toBe(designer);
    stop();
    await running;
  });

  it('uses staff tokens from --tokens instead of making dev tokens', async () => {
    const cwd = tempDir();
    writeFileSync(
      join(cwd, 'tokens.json'),
      JSON.stringify({ designers: { 'configured-secret': { id: 'dee' } } }),
    );
    const { io, out } = capture(cwd);
    let stop!: () => void;
    const running = serveCommand(
      ['--port', '0', '--tokens', 'tokens.json'],
      io,
      new Promise<void>((r) => (stop = r)),
    );
    await waitFor(() => out.stdout.includes('running at'));
    const url = /running at (http:\/\/\S+)/.exec(out.stdout)![1]!;
    expect(out.stdout).not.toContain('Development tokens');
    const auth = { authorization: 'Bearer configured-secret' };
    expect((await fetch(`${url}/api/v1/journeys/foi-request/versions`, { headers: auth })).status).toBe(404);
    expect((await fetch(`${url}/api/v1/journeys/foi-request/versions`)).status).toBe(401);
    stop();
    await running;
  });

  it('limits resident requests per address as --rate-limit says', async () => {
    const { io, out } = capture(tempDir());
    let stop!: () => void;
    const running = serveCommand(
      ['--port', '0', '--rate-limit', '2', '--journeys', join(repo, 'examples')],
      io,
      new Promise<void>((r) => (stop = r)),
    );
    await waitFor(() => out.stdout.includes('running at'));
    const url = /running at (http:\/\/\S+)/.exec(out.stdout)![1]!;
    const start = () => fetch(`${url}/api/v1/journeys/report-missed-bin/instances`, { method: 'POST' });
    expect([(await start()).status, (await start()).status, (await start()).status]).toEqual([201, 201, 429]);
    stop();
    await running;
  });

  it('says so and exits 1 when the port is taken', async () => {
    const blocker = createNetServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    const { io, out } = capture(tempDir());
    const code = await serveCommand(['--port', String(port)], io, new Promise(() => {}));
    blocker.close();
    expect(code).toBe(1);
    expect(out.stderr).toContain(`port ${port} is already in use`);
  });

  it('refuses a database URL it cannot open as a usage error', async () => {
    const { io } = capture(tempDir());
    await expect(serveCommand(['--db', 'mysql://x'], io, new Promise(() => {}))).rejects.toThrow(
      /Cannot open storage/,
    );
  });

  it('stops on SIGTERM and on SIGINT', async () => {
    // Only this test listens: emitting the event then runs just our handler.
    expect(process.listenerCount('SIGTERM')).toBe(0);
    const term = untilSignal();
    process.emit('SIGTERM');
    expect(await term).toBe('SIGTERM');
    const int = untilSignal();
    process.emit('SIGINT');
    expect(await int).toBe('SIGINT');
    expect(process.listenerCount('SIGTERM') + process.listenerCount('SIGINT')).toBe(0);
  });
});
