import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from './server';
import { openStorage } from './storage/index';
import { EXAMPLES } from './testing/test-server';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'fingerpost-start-'));
  dirs.push(dir);
  return dir;
}

async function boot(dir: string, journeys: string, extra: Record<string, unknown> = {}) {
  const lines: string[] = [];
  const server = await createServer({
    storage: openStorage(`sqlite:${join(dir, 'db.sqlite')}`),
    journeysDir: journeys,
    port: 0,
    log: (line) => lines.push(line),
    ...extra,
  });
  return { server, lines };
}

describe('createServer', () => {
  it('publishes every valid journey in the folder, including versions/*/journey.json, once', async () => {
    const dir = folder();
    const { server } = await boot(dir, EXAMPLES);
    expect(server.published.published).toContain('free-school-meals 1.0.0');
    expect(server.published.published).toContain('free-school-meals 2.0.0');
    expect(server.published.skipped).toEqual([]);
    const latest = await (await fetch(`${server.url}/api/v1/journeys/free-school-meals`)).json();
    expect(latest).toMatchObject({ version: '2.0.0' });
    await server.close();
    const again = await boot(dir, EXAMPLES);
    expect(again.server.published.published).toEqual([]);
    expect(again.server.published.unchanged).toContain('free-school-meals 2.0.0');
    const versions = await again.server.runtime.storage.listJourneyVersions('free-school-meals');
    expect(versions).toHaveLength(2);
    await again.server.close();
  });

  it('skips invalid and unreadable journeys loudly and starts anyway', async () => {
    const dir = folder();
    const journeys = join(dir, 'journeys');
    cpSync(join(EXAMPLES, 'report-missed-bin'), join(journeys, 'report-missed-bin'), { recursive: true });
    mkdirSync(join(journeys, 'broken'));
    writeFileSync(
      join(journeys, 'broken', 'journey.json'),
      JSON.stringify({ id: 'broken', version: '1.0.0' }),
    );
    mkdirSync(join(journeys, 'garbled'));
    writeFileSync(join(journeys, 'garbled', 'journey.json'), '{ this is not json');
    const { server, lines } = await boot(dir, journeys);
    expect(server.published.published).toEqual(['report-missed-bin 1.0.0']);
    expect(server.published.skipped.map((s) => s.file).sort()).toEqual([
      expect.stringContaining('broken'),
      expect.stringContaining('garbled'),
    ]);
    expect(lines.join('\n')).toMatch(/skipped .*broken.*INVALID journey/);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    await server.close();
  });

  it('warns when a published version’s file has changed without a new version number, and keeps the published one', async () => {
    const dir = folder();
    const journeys = join(dir, 'journeys');
    cpSync(join(EXAMPLES, 'report-missed-bin'), join(journeys, 'report-missed-bin'), { recursive: true });
    await (await boot(dir, journeys)).server.close();
    const file = join(journeys, 'report-missed-bin', 'journey.json');
    const changed = JSON.parse(readFileSync(file, 'utf8'));
    changed.title = { en: 'Changed title', cy: 'Teitl wedi newid' };
    writeFileSync(file, JSON.stringify(changed));
    const { server, lines } = await boot(dir, journeys);
    expect(lines.join('\n')).toContain('differs from published report-missed-bin 1.0.0');
    const journey = (await (await fetch(`${server.url}/api/v1/journeys/report-missed-bin`)).json()) as {
      title: string;
    };
    expect(journey.title).toBe('Report a missed bin collection');
    await server.close();
  });

  it('makes development tokens when none are configured: the caseworker holds the journeys’ roles', async () => {
    const { server } = await boot(folder(), EXAMPLES);
    const dev = server.devTokens!;
    expect(dev.caseworker.roles).toEqual(
      expect.arrayContaining(['foi-officer', 'blue-badge-officer', 'information-governance-manager']),
    );
    expect(dev.caseworker.token).not.toBe(dev.designer.token);
    const tasks = await fetch(`${server.url}/api/v1/tasks`, {
      headers: { authorization: `Bearer ${dev.caseworker.token}` },
    });
    expect(tasks.status).toBe(200);
    const designer = await fetch(`${server.url}/api/v1/journeys/foi-request/versions`, {
      headers: { authorization: `Bearer ${dev.designer.token}` },
    });
    expect(designer.status).toBe(200);
    await server.close();
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it('uses configured tokens and makes none of its own', async () => {
    const { server } = await boot(folder(), EXAMPLES, {
      tokens: { designers: { 'the-secret': { id: 'd' } } },
    });
    expect(server.devTokens).toBeNull();
    const ok = await fetch(`${server.url}/api/v1/journeys/foi-request/versions`, {
      headers: { authorization: 'Bearer the-secret' },
    });
    expect(ok.status).toBe(200);
    await server.close();
  });

  it('finishes a request in flight before it stops, then refuses new ones', async () => {
    const { server } = await boot(folder(), join(EXAMPLES));
    const started = (await (
      await fetch(`${server.url}/api/v1/journeys/report-missed-bin/instances`, { method: 'POST' })
    ).json()) as { instanceId: string; resumeToken: string };
    let finish!: () => void;
    const rest = new Promise<void>((r) => (finish = r));
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(new TextEncoder().encode('first half, '));
        await rest;
        controller.enqueue(new TextEncoder().encode('second half'));
        controller.close();
      },
    });
    const upload = fetch(`${server.url}/api/v1/instances/${started.instanceId}/files?name=notes.txt`, {
      method: 'POST',
      headers: { authorization: `Bearer ${started.resumeToken}`, 'content-type': 'text/plain' },
      body,
      duplex: 'half',
    } as RequestInit);
    await new Promise((r) => setTimeout(r, 100));
    const closing = server.close();
    finish();
    const response = await upload;
    expect(response.status).toBe(201);
    expect(((await response.json()) as { size: number }).size).toBe(23);
    await closing;
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});
