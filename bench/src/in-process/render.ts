import { rmSync } from 'node:fs';
import type { Journey, Step } from '@fingerpost/schema';
import { Hono } from 'hono';
import { httpWorkload } from '../http/workload';
import { describeJourney } from '../journeys/description';
import { END_STEP, toFingerpost } from '../journeys/to-fingerpost';
import { type Summary, summarise } from '../util/stats';
import { type InProcessServer, inProcessServer } from './app';

const CHECK = 'check-answers';

/** The HTTP benchmark's journey with a check-your-answers page before its end. */
export function journeyWithCheckAnswers(pages: number): Journey {
  const journey = toFingerpost(describeJourney(pages, 5));
  const redirect = (next: unknown): unknown =>
    next === END_STEP
      ? CHECK
      : Array.isArray(next)
        ? next.map((t: { goTo: string }) => ({ ...t, goTo: t.goTo === END_STEP ? CHECK : t.goTo }))
        : next;
  const steps = journey.steps.map((s) => ('next' in s ? { ...s, next: redirect(s.next) } : s)) as Step[];
  steps.splice(steps.length - 1, 0, {
    id: CHECK,
    type: 'checkAnswers',
    title: 'Check your answers',
    next: END_STEP,
  } as Step);
  // Its own id: compiled journeys are cached by id and version, and the other benchmarks in this
  // process compile the journey without the check-your-answers page.
  return { ...journey, id: `${journey.id}-checked`, steps: steps as Journey['steps'] };
}

export interface RenderRow {
  page: string;
  bytes: number;
  render: Summary;
  baseline: Summary;
}

type Resident = { instanceId: string; resumeToken: string; cookie: string };

async function timeRequests(
  request: () => Promise<Response>,
  iterations: number,
  check: (status: number, body: string) => string | null,
): Promise<Summary> {
  const times: number[] = [];
  for (let i = 0; i < iterations + 20; i++) {
    const start = process.hrtime.bigint();
    const response = await request();
    const body = await response.text();
    const us = Number(process.hrtime.bigint() - start) / 1000;
    const problem = check(response.status, body);
    if (problem) throw new Error(problem);
    if (i >= 20) times.push(us);
  }
  return summarise(times);
}

async function api(server: InProcessServer, path: string, body: unknown, token?: string) {
  const response = await server.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (response.status >= 300)
    throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/** A resident who has answered `pages` pages through the API (all of them, then `extra` steps more). */
async function resident(
  server: InProcessServer,
  journeyId: string,
  sequence: ReturnType<typeof httpWorkload>['sequence'],
  pages: number,
  extra: string[] = [],
): Promise<Resident & { step: string }> {
  const started = await api(server, `/api/v1/journeys/${journeyId}/instances`, {});
  const r = { instanceId: String(started.instanceId), resumeToken: String(started.resumeToken) };
  let view = started.view as { step: { id: string } };
  for (const page of sequence.slice(0, pages)) {
    view = (await api(
      server,
      `/api/v1/instances/${r.instanceId}/steps/${page.stepId}`,
      JSON.parse(page.body),
      r.resumeToken,
    )) as typeof view;
  }
  for (const stepId of extra)
    view = (await api(
      server,
      `/api/v1/instances/${r.instanceId}/steps/${stepId}`,
      { answers: {} },
      r.resumeToken,
    )) as typeof view;
  const resumed = await server.app.request(
    `/resume/${r.instanceId}?token=${encodeURIComponent(r.resumeToken)}`,
  );
  const cookie = (resumed.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  if (resumed.status !== 303 || cookie === '')
    throw new Error(`resuming answered ${resumed.status} without a session`);
  return { ...r, cookie, step: view.step.id };
}

/**
 * Resident page GETs, per page type, through the server's app in process (no socket), each beside
 * a bare Hono app answering the same path with the same HTML bytes: the ratio is what rendering
 * the page (session, restore or hot run, view, Nunjucks with GOV.UK Frontend's macros) costs over
 * serving it.
 */
export async function measureRender(pages: number, iterations: number): Promise<RenderRow[]> {
  const journey = journeyWithCheckAnswers(pages);
  const workload = httpWorkload(pages);
  rmSync(workload.journeysDir, { recursive: true, force: true });
  const server = await inProcessServer([journey]);
  try {
    const all = workload.sequence.length;
    const first = await resident(server, journey.id, workload.sequence, 0);
    const halfway = await resident(server, journey.id, workload.sequence, Math.floor(all / 2));
    const checking = await resident(server, journey.id, workload.sequence, all);
    const finished = await resident(server, journey.id, workload.sequence, all, [CHECK]);
    if (checking.step !== CHECK || finished.step !== END_STEP)
      throw new Error(`residents ended on ${checking.step} and ${finished.step}`);
    const cases: Array<{ page: string; path: string; cookie: string; marker: string }> = [
      { page: 'Start page', path: `/${journey.id}`, cookie: '', marker: 'Start now' },
      {
        page: 'Question page, 5 questions, first page',
        path: `/${journey.id}/${first.step}`,
        cookie: first.cookie,
        marker: 'govuk-input',
      },
      {
        page: `Question page, 5 questions, ${Math.floor(all / 2)} pages answered`,
        path: `/${journey.id}/${halfway.step}`,
        cookie: halfway.cookie,
        marker: 'govuk-input',
      },
      {
        page: `Check your answers, ${all} pages answered`,
        path: `/${journey.id}/${CHECK}`,
        cookie: checking.cookie,
        marker: 'govuk-summary-list',
      },
      {
        page: 'Confirmation (application sent)',
        path: `/${journey.id}/${END_STEP}`,
        cookie: finished.cookie,
        marker: 'Application sent',
      },
    ];
    const rows: RenderRow[] = [];
    for (const c of cases) {
      const get = async () => server.app.request(c.path, { headers: c.cookie ? { cookie: c.cookie } : {} });
      const sample = await get();
      const html = await sample.text();
      const check = (status: number, body: string) =>
        status === 200 && body.includes(c.marker)
          ? null
          : `${c.page} (${c.path}) answered ${status} without "${c.marker}"`;
      const problem = check(sample.status, html);
      if (problem) throw new Error(problem);
      const bare = new Hono();
      bare.get('*', (ctx) => ctx.html(html));
      const render = await timeRequests(get, iterations, check);
      const baseline = await timeRequests(
        () => Promise.resolve(bare.request(c.path)),
        iterations,
        (s) => (s === 200 ? null : `bare ${s}`),
      );
      rows.push({ page: c.page, bytes: Buffer.byteLength(html), render, baseline });
    }
    return rows;
  } finally {
    await server.close();
  }
}
