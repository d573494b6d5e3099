/*
 * Issue 10, item 5 (SQL). The storage conformance suite (src/storage/conformance/hostile.cases.ts)
 * already writes SQL metacharacters into every column of both engines directly. This suite sends
 * them the way an attacker can: through the HTTP API, in every field a resident, caseworker, data
 * protection officer or designer can store (answers, feedback, file names, reasons, decision
 * comments, journey texts) and in every id and filter of a path or query — on SQLite and on
 * PostgreSQL. Each comes back exactly as sent, nothing answers 5xx, and nothing else changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanFileName } from '../../src/runtime/files';
import { HOSTILE_TEXTS } from '../../src/storage/conformance/hostile.cases';
import { postgresForTests, testSchema } from '../../src/storage/test-support';
import { type Started, start, storedAnswers, submit } from '../../src/testing/flows';
import { startTestServer, type TestServer, TOKENS } from '../../src/testing/test-server';
import { type Bystanders, bystanderState, changedParts, makeBystanders } from './support/bystanders';
import { SQL_JOURNEY } from './support/sql-journey';

const pgUrl = await postgresForTests('SQL metacharacters through the API on PostgreSQL (reliability suite)');

/** Beyond the conformance suite's list: LIKE wildcards, comment and cast syntax, and U+0000. */
const TEXTS = [
  ...HOSTILE_TEXTS,
  "%' OR '1'='1",
  '_%\\',
  "1'::int; --",
  '/* */ UNION SELECT * FROM instances --',
];
const NUL = "nul\u0000'; DROP TABLE instances;--";

function sqlSuite(name: string, database: () => { url: string; drop(): Promise<void> } | null) {
  describe(`SQL metacharacters through the API on ${name}`, () => {
    let s: TestServer;
    let db: { url: string; drop(): Promise<void> } | null;
    let bystanders: Bystanders;
    let before: Record<string, string>;
    const call = (method: string, path: string, token?: string, body?: unknown) =>
      s.call(method, path, { ...(token ? { token } : {}), ...(body !== undefined ? { body } : {}) });

    beforeAll(async () => {
      db = database();
      s = await startTestServer({
        journeys: ['report-missed-bin', 'foi-request'],
        ...(db ? { storageUrl: db.url } : {}),
        overrides: {
          rateLimit: false,
          tokens: {
            caseworkers: {
              [TOKENS.caseworker]: { id: "cw'--", roles: ['officer', 'foi-officer'] },
              [TOKENS.dpo]: { id: 'dpo', roles: ['data-protection'] },
            },
            designers: { [TOKENS.designer]: { id: "designer'--" } },
          },
        },
      });
      const created = await call('POST', '/api/v1/journeys', TOKENS.designer, SQL_JOURNEY);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(
        (await call('POST', `/api/v1/journeys/${SQL_JOURNEY.id}/versions/1.0.0/publish`, TOKENS.designer))
          .status,
      ).toBe(200);
      bystanders = await makeBystanders(s);
      before = await bystanderState(s.runtime.storage, bystanders);
    }, 120_000);
    afterAll(async () => {
      await s?.stop();
      await db?.drop();
    });

    it(`${TEXTS.length} hostile texts in every field a caller can store come back exactly`, async () => {
      for (const text of TEXTS) {
        const app: Started = await start(s, SQL_JOURNEY.id);
        await submit(s, app, 'name', { fullName: text });
        await submit(s, app, 'notes', { notes: text });
        const upload = await fetch(
          `${s.url}/api/v1/instances/${app.instanceId}/files?name=${encodeURIComponent(text)}`,
          {
            method: 'POST',
            headers: { authorization: `Bearer ${app.token}`, 'content-type': 'text/plain' },
            body: text,
          },
        );
        expect(upload.status, text).toBe(201);
        const fileId = ((await upload.json()) as { id: string }).id;
        const fed = await call('POST', `/api/v1/instances/${app.instanceId}/feedback`, app.token, {
          kind: 'problem',
          comment: text,
        });
        expect(fed.status, `${text}: ${JSON.stringify(fed.body)}`).toBeLessThan(300);
        // As the engine stores any text answer: trimmed; a long answer's CR and CRLF line ends as LF.
        expect(await storedAnswers(s, app.instanceId)).toMatchObject({
          fullName: text.trim(),
          notes: text.trim().replace(/\r\n?/g, '\n'),
        });
        const file = await s.runtime.storage.getFile(fileId);
        // Stored as the runtime shows any file name: without folders or control characters.
        expect(file?.record.name).toBe(cleanFileName(text));
        expect(Buffer.from(file!.content).toString()).toBe(text);
        const comments = (await s.runtime.storage.listFeedback(SQL_JOURNEY.id)).map((f) => f.comment);
        expect(comments).toContain(text.trim());
        await submit(s, app, 'check');
        const decided = await call(
          'POST',
          `/api/v1/tasks/${app.instanceId}:review/decision`,
          TOKENS.caseworker,
          {
            decision: 'reject',
            comment: text,
          },
        );
        expect(decided.status, `${text}: ${JSON.stringify(decided.body)}`).toBe(200);
        const events = await s.runtime.storage.listEvents(app.instanceId);
        // The decision's comment in the history, trimmed like every comment.
        const decision = events.find((e) => (e.data as { decision?: string } | null)?.decision === 'reject');
        expect((decision?.data as { comment?: string } | undefined)?.comment, text).toBe(text.trim());
        const withdrawn = await start(s, SQL_JOURNEY.id);
        expect(
          (
            await call('POST', `/api/v1/instances/${withdrawn.instanceId}/withdraw`, withdrawn.token, {
              reason: text,
            })
          ).status,
        ).toBe(200);
        const erased = await call('POST', `/api/v1/instances/${withdrawn.instanceId}/erasure`, TOKENS.dpo, {
          reason: text,
        });
        expect(erased.status, JSON.stringify(erased.body)).toBeLessThan(300);
      }
    }, 300_000);

    it('hostile texts in ids, filters and journey definitions: refused or matched exactly, never a 5xx', async () => {
      for (const text of TEXTS) {
        const id = encodeURIComponent(text);
        const responses = [
          await call('GET', `/api/v1/instances/${id}`, bystanders.apps[0]!.token),
          await call('GET', `/api/v1/journeys/${id}`),
          await call('GET', `/api/v1/journeys/${id}/versions/${id}`, TOKENS.designer),
          await call('GET', `/api/v1/cases/${id}`, TOKENS.caseworker),
          await call('POST', `/api/v1/tasks/${id}/decision`, TOKENS.caseworker, { decision: 'approve' }),
          await call('GET', `/api/v1/tasks?role=${id}`, TOKENS.caseworker),
          await call('GET', `/api/v1/tasks?journey=${id}&status=${id}`, TOKENS.caseworker),
          await call('GET', `/api/v1/journeys/${id}/analytics`, TOKENS.caseworker),
          await call('POST', `/api/v1/journeys/${SQL_JOURNEY.id}/feedback`, undefined, {
            kind: 'problem',
            comment: text,
          }),
        ];
        for (const r of responses)
          expect(r.status, `${text}: ${JSON.stringify(r.body).slice(0, 300)}`).toBeLessThan(500);
        // A role that is SQL matches no task: the filter is a value, not a fragment of the query.
        const byRole = await call('GET', `/api/v1/tasks?role=${id}`, TOKENS.caseworker);
        if (byRole.status === 200) expect(byRole.body.total, text).toBe(0);
        const draft = await call('PUT', `/api/v1/journeys/sql-draft/versions/1.0.0`, TOKENS.designer, {
          ...SQL_JOURNEY,
          id: 'sql-draft',
          title: { en: text },
          description: { en: text },
        });
        expect(draft.status, JSON.stringify(draft.body).slice(0, 300)).toBeLessThan(300);
        const read = await call('GET', '/api/v1/journeys/sql-draft/versions/1.0.0', TOKENS.designer);
        expect(JSON.stringify(read.body)).toContain(JSON.stringify(text).slice(1, -1));
      }
    }, 300_000);

    it('U+0000 (which PostgreSQL cannot store in text) is refused cleanly wherever it is sent', async () => {
      const app = await start(s, SQL_JOURNEY.id);
      const attempts = [
        await call('POST', `/api/v1/instances/${app.instanceId}/steps/name`, app.token, {
          answers: { fullName: NUL },
        }),
        await call('POST', `/api/v1/instances/${app.instanceId}/feedback`, app.token, {
          kind: 'problem',
          comment: NUL,
        }),
        await call('POST', `/api/v1/journeys/${SQL_JOURNEY.id}/feedback`, undefined, {
          kind: 'problem',
          comment: NUL,
        }),
        await call('POST', `/api/v1/instances/${app.instanceId}/withdraw`, app.token, { reason: NUL }),
        await call('PUT', '/api/v1/journeys/sql-nul/versions/1.0.0', TOKENS.designer, {
          ...SQL_JOURNEY,
          id: 'sql-nul',
          title: { en: NUL },
        }),
        await call('GET', `/api/v1/tasks?role=${encodeURIComponent(NUL)}`, TOKENS.caseworker),
        await call('GET', `/api/v1/instances/${encodeURIComponent(NUL)}`, app.token),
      ];
      const upload = await fetch(
        `${s.url}/api/v1/instances/${app.instanceId}/files?name=${encodeURIComponent(NUL)}`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${app.token}`, 'content-type': 'text/plain' },
          body: 'x',
        },
      );
      await upload.arrayBuffer();
      const statuses = [...attempts.map((r) => r.status), upload.status];
      expect(
        statuses.filter((status) => status >= 500),
        `statuses ${statuses.join(', ')}`,
      ).toEqual([]);
      console.info(`U+0000 on ${name}: statuses ${statuses.join(', ')}`);
    });

    it('and no other resident’s application changed', async () => {
      expect(changedParts(before, await bystanderState(s.runtime.storage, bystanders))).toEqual([]);
      expect((await call('GET', '/api/v1/journeys')).status).toBe(200);
    });
  });
}

sqlSuite('SQLite', () => null);
if (pgUrl) sqlSuite('PostgreSQL', () => testSchema(pgUrl));
