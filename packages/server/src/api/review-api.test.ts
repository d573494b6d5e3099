import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_JOURNEY } from '../testing/journeys';
import { startTestServer, type TestServer, TOKENS } from '../testing/test-server';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ journeys: ['report-missed-bin'] });
});
afterAll(() => s.stop());

const designer = TOKENS.designer;
let drafts = 0;

/** A new draft and a live review link for it. */
async function sharedDraft(linkBody: Record<string, unknown> = {}) {
  const id = `reviewed-${++drafts}`;
  await s.call('POST', '/api/v1/journeys', { token: designer, body: { ...EVIDENCE_JOURNEY, id } });
  const base = `/api/v1/journeys/${id}/versions/1.0.0`;
  const link = await s.call('POST', `${base}/review-links`, { token: designer, body: linkBody });
  expect(link.status).toBe(201);
  return { id, base, link: link.body, token: link.body.token as string };
}

describe('review links', () => {
  it('lets someone with the link read the draft and comment; designers reply and resolve; the reviewer sees it', async () => {
    const { base, token } = await sharedDraft();
    const read = await s.call('GET', `${base}/review`, { token });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      id: expect.stringMatching(/^reviewed-/),
      status: 'draft',
      reviewer: 'reviewer',
    });
    expect(read.body.definition.steps.map((step: { id: string }) => step.id)).toContain('upload');

    const added = await s.call('POST', `${base}/comments`, {
      token,
      body: { stepId: 'upload', field: 'evidence', author: '  Priya  ', text: 'Which files can I send?' },
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      stepId: 'upload',
      field: 'evidence',
      author: { kind: 'reviewer', name: 'Priya' },
      status: 'open',
      replies: [],
    });

    expect(
      (await s.call('POST', `${base}/comments/${added.body.id}/replies`, { token, body: { text: 'me too' } }))
        .status,
      'a reviewer cannot reply as a designer',
    ).toBe(401);
    const replied = await s.call('POST', `${base}/comments/${added.body.id}/replies`, {
      token: designer,
      body: { text: 'PDF or a photo' },
    });
    expect(replied.status).toBe(201);
    expect(replied.body.replies).toEqual([
      expect.objectContaining({ author: { kind: 'designer', name: 'designer-1' }, text: 'PDF or a photo' }),
    ]);
    const resolved = await s.call('PUT', `${base}/comments/${added.body.id}/status`, {
      token: designer,
      body: { status: 'resolved' },
    });
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      resolvedBy: 'designer-1',
      resolvedAt: expect.any(String),
    });

    const seen = await s.call('GET', `${base}/comments`, { token });
    expect(seen.body.comments).toHaveLength(1);
    expect(seen.body.comments[0]).toMatchObject({
      status: 'resolved',
      replies: [{ text: 'PDF or a photo' }],
    });

    const reopened = await s.call('PUT', `${base}/comments/${added.body.id}/status`, {
      token: designer,
      body: { status: 'open' },
    });
    expect(reopened.body).toMatchObject({ status: 'open', resolvedAt: null, resolvedBy: null });
  });

  it('refuses comments pinned to nothing, blank or too long, naming the field', async () => {
    const { base, token } = await sharedDraft();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ stepId: 'nowhere', author: 'A', text: 'x' }, 'stepId', 'review.unknown-step'],
      [{ stepId: 'upload', field: 'shoeSize', author: 'A', text: 'x' }, 'field', 'review.unknown-field'],
      [{ stepId: 'upload', author: 'A', text: '   ' }, 'text', 'review.blank'],
      [{ stepId: 'upload', author: '  ', text: 'x' }, 'author', 'review.blank'],
      [{ stepId: 'upload', author: 'A', text: 'x'.repeat(2001) }, 'text', 'maxLength'],
      [{ stepId: 'upload', author: 'A'.repeat(81), text: 'x' }, 'author', 'maxLength'],
      [{ stepId: 'upload', author: 'A', text: 'x', html: '<b>' }, 'html', 'unknown'],
      [{ stepId: 'upload', author: 'A' }, 'text', 'required'],
    ];
    for (const [body, field, code] of cases) {
      const r = await s.call('POST', `${base}/comments`, { token, body });
      expect(r.status, JSON.stringify(body).slice(0, 60)).toBe(422);
      expect(r.body.errors).toContainEqual(expect.objectContaining({ field, code }));
    }
    expect((await s.call('GET', `${base}/comments`, { token })).body.comments).toEqual([]);
  });

  it('keeps comment text exactly as written: showing it safely is the reader’s job', async () => {
    const { base, token } = await sharedDraft();
    const text = '<script>alert("x")</script> & Ŵales';
    await s.call('POST', `${base}/comments`, {
      token,
      body: { stepId: 'upload', author: '<b>Sam</b>', text },
    });
    const [thread] = (await s.call('GET', `${base}/comments`, { token })).body.comments;
    expect(thread).toMatchObject({ text, author: { name: '<b>Sam</b>' } });
  });

  it('stops opening anything once revoked, expired, or its draft deleted; never opens another draft', async () => {
    const a = await sharedDraft();
    const b = await sharedDraft({ expiresAt: '2026-03-05T10:00:00Z' });
    expect(b.link).toMatchObject({ status: 'active', expiresAt: '2026-03-05T10:00:00.000Z' });
    expect((await s.call('GET', `${b.base}/review`, { token: a.token })).status).toBe(404);
    expect((await s.call('GET', `${b.base}/comments`, { token: a.token })).status).toBe(404);
    expect((await s.call('GET', b.base, { token: b.token })).status, 'designer routes stay closed').toBe(401);

    const listed = await s.call('GET', `${a.base}/review-links`, { token: designer });
    expect(listed.body.links).toEqual([expect.objectContaining({ id: a.link.id, status: 'active' })]);
    expect(JSON.stringify(listed.body)).not.toContain(a.token);
    expect((await s.call('DELETE', `${a.base}/review-links/${a.link.id}`, { token: designer })).status).toBe(
      204,
    );
    const refused = await s.call('POST', `${a.base}/comments`, {
      token: a.token,
      body: { stepId: 'upload', author: 'A', text: 'still here?' },
    });
    expect(refused.status).toBe(404);
    expect(refused.body.code).toBe('review.link-not-found');
    expect((await s.call('GET', `${a.base}/review-links`, { token: designer })).body.links[0].status).toBe(
      'revoked',
    );

    expect((await s.call('GET', `${b.base}/review`, { token: b.token })).status).toBe(200);
    s.clock.advance(25 * 3600_000);
    expect((await s.call('GET', `${b.base}/review`, { token: b.token })).status).toBe(404);
    expect((await s.call('GET', `${b.base}/review-links`, { token: designer })).body.links[0].status).toBe(
      'expired',
    );

    const c = await sharedDraft();
    expect((await s.call('DELETE', c.base, { token: designer })).status).toBe(204);
    expect((await s.call('GET', `${c.base}/review`, { token: c.token })).status).toBe(404);
  });

  it('documents every review operation and who may call it, in /api/docs and the OpenAPI document', async () => {
    const docs = await fetch(`${s.url}/api/docs`).then((r) => r.text());
    expect(docs).toContain('/api/v1/journeys/{journeyId}/versions/{version}/comments/{commentId}/replies');
    expect(docs).toContain('designer, or a review link for this version');
    const openapi = (await s.call('GET', '/api/v1/openapi.json')).body;
    const add = openapi.paths['/api/v1/journeys/{journeyId}/versions/{version}/comments'].post;
    expect(add.security).toEqual([{ staffToken: [] }, { reviewLink: [] }]);
    expect(Object.keys(add.responses)).toEqual(
      expect.arrayContaining(['201', '401', '403', '404', '422', '429']),
    );
  });

  it('refuses an expiry in the past or not a date, and links for a version that does not exist', async () => {
    const { base } = await sharedDraft();
    for (const expiresAt of ['2020-01-01T00:00:00Z', 'tomorrow']) {
      const r = await s.call('POST', `${base}/review-links`, { token: designer, body: { expiresAt } });
      expect(r.status).toBe(422);
      expect(r.body.errors[0].field).toBe('expiresAt');
    }
    expect(
      (await s.call('POST', '/api/v1/journeys/nothing-here/versions/1.0.0/review-links', { token: designer }))
        .status,
    ).toBe(404);
    expect(
      (
        await s.call('PUT', `${base}/comments/00000000-0000-4000-8000-000000000000/status`, {
          token: designer,
          body: { status: 'resolved' },
        })
      ).status,
    ).toBe(404);
  });
});
