import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, submit } from '../testing/flows';
import { EVIDENCE_JOURNEY } from '../testing/journeys';
import { EXAMPLES, startTestServer, type TestServer, TOKENS } from '../testing/test-server';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ journeys: ['report-missed-bin'] });
});
afterAll(() => s.stop());

const designer = TOKENS.designer;
const draft = (changes: Record<string, unknown> = {}) => ({
  ...structuredClone(EVIDENCE_JOURNEY),
  ...changes,
});

describe('drafts', () => {
  it('lists every version of every journey, drafts that were never published included', async () => {
    await s.call('POST', '/api/v1/journeys', { token: designer, body: draft({ id: 'only-a-draft' }) });
    const r = await s.call('GET', '/api/v1/journey-versions', { token: designer });
    expect(r.status).toBe(200);
    const listed = r.body.versions.map((v: { id: string; version: string; status: string }) =>
      [v.id, v.version, v.status].join(' '),
    );
    expect(listed).toContain('only-a-draft 1.0.0 draft');
    expect(listed).toContain('report-missed-bin 1.0.0 published');
    expect(listed).toEqual(
      [...listed].sort((a: string, b: string) => a.split(' ')[0]!.localeCompare(b.split(' ')[0]!)),
    );
    expect((await s.call('GET', '/api/v1/journey-versions', { token: TOKENS.caseworker })).status).toBe(403);
  });

  it('saves a draft even when unfinished, says what is wrong, and will not publish it until fixed', async () => {
    const broken = draft({ id: 'draft-one', start: 'nowhere' });
    const saved = await s.call('POST', '/api/v1/journeys', { token: designer, body: broken });
    expect(saved.status).toBe(201);
    expect(saved.headers.get('location')).toBe('/api/v1/journeys/draft-one/versions/1.0.0');
    expect(saved.body).toMatchObject({
      id: 'draft-one',
      version: '1.0.0',
      status: 'draft',
      validation: { valid: false },
    });
    const report = await s.call('POST', '/api/v1/journeys/draft-one/versions/1.0.0/validate', {
      token: designer,
    });
    expect(report.body.valid).toBe(false);
    expect(report.body.errors).toContainEqual(expect.objectContaining({ field: '/start' }));
    const refused = await s.call('POST', '/api/v1/journeys/draft-one/versions/1.0.0/publish', {
      token: designer,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('journey.invalid');
    const fixed = await s.call('PUT', '/api/v1/journeys/draft-one/versions/1.0.0', {
      token: designer,
      body: draft({ id: 'draft-one' }),
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body.validation).toEqual({ valid: true, errors: [] });
    const published = await s.call('POST', '/api/v1/journeys/draft-one/versions/1.0.0/publish', {
      token: designer,
    });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', publishedAt: '2026-03-04T10:00:00.000Z' });
    expect((await s.call('GET', '/api/v1/journeys/draft-one')).status).toBe(200);
  });

  it('never changes a published version (409), and deletes only drafts', async () => {
    const id = 'draft-two';
    await s.call('PUT', `/api/v1/journeys/${id}/versions/1.0.0`, { token: designer, body: draft({ id }) });
    await s.call('POST', `/api/v1/journeys/${id}/versions/1.0.0/publish`, { token: designer });
    const put = await s.call('PUT', `/api/v1/journeys/${id}/versions/1.0.0`, {
      token: designer,
      body: draft({ id }),
    });
    expect(put.status).toBe(409);
    expect(put.body.code).toBe('journey.published-immutable');
    expect(
      (await s.call('POST', `/api/v1/journeys/${id}/versions/1.0.0/publish`, { token: designer })).status,
    ).toBe(409);
    expect(
      (await s.call('DELETE', `/api/v1/journeys/${id}/versions/1.0.0`, { token: designer })).status,
    ).toBe(409);
    await s.call('PUT', `/api/v1/journeys/${id}/versions/1.1.0`, {
      token: designer,
      body: draft({ id, version: '1.1.0' }),
    });
    const versions = await s.call('GET', `/api/v1/journeys/${id}/versions`, { token: designer });
    expect(
      versions.body.versions.map((v: { version: string; status: string }) => [v.version, v.status]).sort(),
    ).toEqual([
      ['1.0.0', 'published'],
      ['1.1.0', 'draft'],
    ]);
    const one = await s.call('GET', `/api/v1/journeys/${id}/versions/1.1.0`, { token: designer });
    expect(one.body).toMatchObject({ status: 'draft', definition: { id, version: '1.1.0' } });
    expect(
      (await s.call('DELETE', `/api/v1/journeys/${id}/versions/1.1.0`, { token: designer })).status,
    ).toBe(204);
    expect((await s.call('GET', `/api/v1/journeys/${id}/versions/1.1.0`, { token: designer })).status).toBe(
      404,
    );
  });

  it("refuses a body whose id or version is not the address's (422), and unknown journeys (404)", async () => {
    const r = await s.call('PUT', '/api/v1/journeys/draft-three/versions/2.0.0', {
      token: designer,
      body: draft({ id: 'other' }),
    });
    expect(r.status).toBe(422);
    expect(r.body.errors.map((e: { field: string }) => e.field)).toEqual(['id', 'version']);
    expect((await s.call('POST', '/api/v1/journeys', { token: designer, body: { title: 'x' } })).status).toBe(
      422,
    );
    expect((await s.call('GET', '/api/v1/journeys/never-made/versions', { token: designer })).status).toBe(
      404,
    );
    expect(
      (await s.call('POST', '/api/v1/journeys/never-made/versions/1.0.0/publish', { token: designer }))
        .status,
    ).toBe(404);
    expect(
      (await s.call('GET', '/api/v1/journeys/never-made/versions/not.a.version', { token: designer })).status,
    ).toBe(404);
  });

  it('is for designers only: anonymous 401, caseworker 403', async () => {
    expect((await s.call('POST', '/api/v1/journeys', { body: draft() })).status).toBe(401);
    expect(
      (await s.call('POST', '/api/v1/journeys', { token: TOKENS.caseworker, body: draft() })).status,
    ).toBe(403);
  });
});

describe('versions', () => {
  it('keeps running applications on the version they started with while new ones start on the new version', async () => {
    const before = await start(s, 'report-missed-bin');
    await submit(s, before, 'which-bin', { binType: 'rubbish' });
    const next = JSON.parse(readFileSync(join(EXAMPLES, 'report-missed-bin/journey.json'), 'utf8'));
    next.version = '1.1.0';
    next.steps[0].components[0].label = { en: 'Which bin did we miss?', cy: 'Pa fin wnaethom ei fethu?' };
    await s.call('PUT', '/api/v1/journeys/report-missed-bin/versions/1.1.0', { token: designer, body: next });
    expect(
      (await s.call('POST', '/api/v1/journeys/report-missed-bin/versions/1.1.0/publish', { token: designer }))
        .status,
    ).toBe(200);
    const after = await s.call('POST', '/api/v1/journeys/report-missed-bin/instances', { body: {} });
    expect(after.body.view.journey.version).toBe('1.1.0');
    expect(after.body.view.step.components[0].label).toBe('Which bin did we miss?');
    const old = await submit(s, before, 'collection-date', { collectionDate: '2026-03-03' });
    expect(old.journey.version).toBe('1.0.0');
    expect((await s.runtime.storage.getInstance(before.instanceId))?.journeyVersion).toBe('1.0.0');
  });
});
