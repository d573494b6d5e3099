import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClamdScanner } from '../connected/scanning/clamd-scanner';
import { eicarTestFile, findClamd, startTestClamd, type TestClamd } from '../connected/scanning/test-clamd';
import { busPassToCompanions } from '../testing/flows';
import { startTestServer, type TestServer } from '../testing/test-server';

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
const required = process.env.FINGERPOST_REQUIRE_CLAMD === '1';
const haveClamd = findClamd() !== undefined;
if (!haveClamd && !required)
  console.warn('SKIPPED: upload scanning through clamd — install clamav-daemon (scripts/ensure-clamd.sh)');

/** Files stored for an instance, read from the SQLite file itself. */
function storedFiles(s: TestServer, instanceId: string): number {
  const db = new Database(join(s.dir, 'test.db'), { readonly: true });
  try {
    return (
      db.prepare('SELECT count(*) AS n FROM files WHERE instance_id = ?').get(instanceId) as { n: number }
    ).n;
  } finally {
    db.close();
  }
}

async function upload(
  s: TestServer,
  app: { instanceId: string; token: string },
  bytes: Uint8Array,
  name: string,
  type: string,
) {
  const r = await fetch(
    `${s.url}/api/v1/instances/${app.instanceId}/files?name=${encodeURIComponent(name)}`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${app.token}`, 'content-type': type },
      body: bytes,
    },
  );
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
}

describe.skipIf(!haveClamd && !required)(
  'uploads are checked by content and scanned before they are stored',
  () => {
    let clamd: TestClamd;
    let s: TestServer;
    let down: TestServer;

    beforeAll(async () => {
      clamd = await startTestClamd();
      s = await startTestServer({
        overrides: { scanner: createClamdScanner({ socketPath: clamd.socketPath }, { timeoutMs: 10_000 }) },
      });
      // A scanner nobody answers on: uploads must be refused, never stored unscanned.
      down = await startTestServer({
        overrides: { scanner: createClamdScanner({ host: '127.0.0.1', port: 9 }, { timeoutMs: 2_000 }) },
      });
    }, 120_000);
    afterAll(async () => {
      await s?.stop();
      await down?.stop();
      await clamd?.stop();
    });

    it('stores a clean PDF with the type its contents show', async () => {
      const app = await busPassToCompanions(s);
      const r = await upload(s, app, PDF, 'proof.pdf', 'application/octet-stream');
      expect(r.status).toBe(201);
      expect(r.body.type).toBe('application/pdf');
    });

    it('refuses the EICAR test virus with the GOV.UK message, and stores nothing', async () => {
      const app = await busPassToCompanions(s);
      const r = await upload(s, app, eicarTestFile(), 'letter.txt', 'text/plain');
      expect(r.status).toBe(422);
      expect(r.body).toMatchObject({ code: 'file.infected', detail: 'The selected file contains a virus' });
      expect(storedFiles(s, app.instanceId)).toBe(0);
      expect((await upload(s, app, PDF, 'proof.pdf', 'application/pdf')).status).toBe(201);
      expect(storedFiles(s, app.instanceId)).toBe(1);
    });

    it('refuses a file whose name says PDF but whose contents are a PNG', async () => {
      const app = await busPassToCompanions(s);
      const r = await upload(s, app, PNG, 'payslip.pdf', 'application/pdf');
      expect(r.status).toBe(422);
      expect(r.body.code).toBe('file.type-mismatch');
    });

    it('refuses uploads while the scanner is down (503), rather than storing them unscanned', async () => {
      const app = await busPassToCompanions(down);
      const r = await upload(down, app, PDF, 'proof.pdf', 'application/pdf');
      expect(r.status).toBe(503);
      expect(r.body.code).toBe('file.not-scanned');
    });
  },
);
