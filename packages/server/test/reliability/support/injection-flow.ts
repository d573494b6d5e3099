import { expect } from 'vitest';
import { type Started, start, submit } from '../../../src/testing/flows';
import type { TestServer } from '../../../src/testing/test-server';
import { HOSTILE_FILE_NAME, INJECTION_ANSWERS, INJECTION_JOURNEY, PAYLOAD } from './injection-journey';

export const INJECTION_TOKENS = {
  caseworker: 'injection-caseworker-token-0123456789',
  designer: 'injection-designer-token-0123456789',
};

export const INJECTION_STAFF = {
  caseworkers: { [INJECTION_TOKENS.caseworker]: { id: 'cw-injection', roles: ['officer'] } },
  designers: { [INJECTION_TOKENS.designer]: { id: 'designer-injection' } },
};

/** Publishes the injection journey the way a designer does: through the API. */
export async function publishInjectionJourney(s: TestServer): Promise<void> {
  const created = await s.call('POST', '/api/v1/journeys', {
    token: INJECTION_TOKENS.designer,
    body: INJECTION_JOURNEY,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const published = await s.call('POST', `/api/v1/journeys/${INJECTION_JOURNEY.id}/versions/1.0.0/publish`, {
    token: INJECTION_TOKENS.designer,
  });
  expect(published.status, JSON.stringify(published.body)).toBe(200);
}

export async function startInjection(s: TestServer): Promise<Started> {
  return start(s, INJECTION_JOURNEY.id);
}

/** Uploads evidence under a file name that is markup. */
export async function uploadHostileFile(s: TestServer, app: Started): Promise<string> {
  const r = await fetch(
    `${s.url}/api/v1/instances/${app.instanceId}/files?name=${encodeURIComponent(HOSTILE_FILE_NAME)}`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${app.token}`, 'content-type': 'text/plain' },
      body: PAYLOAD,
    },
  );
  const body = (await r.json()) as { id: string };
  expect(r.status, JSON.stringify(body)).toBe(201);
  return body.id;
}

export async function addMember(s: TestServer, app: Started): Promise<void> {
  const r = await s.call('POST', `/api/v1/instances/${app.instanceId}/steps/members/items`, {
    token: app.token,
    body: { answers: INJECTION_ANSWERS.member },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
}

/**
 * The steps of the journey in order, each with what the API submits on it (hostile answers);
 * `story: false` leaves the story unanswered, which makes the application ineligible.
 */
export function injectionSteps(options: { story?: boolean } = {}) {
  return [
    { stepId: 'name', answers: INJECTION_ANSWERS.name },
    { stepId: 'notice', answers: {} },
    {
      stepId: 'about',
      answers: options.story === false ? { ...INJECTION_ANSWERS.about, story: '' } : INJECTION_ANSWERS.about,
    },
    { stepId: 'members', answers: {} },
    { stepId: 'home', answers: INJECTION_ANSWERS.home },
    { stepId: 'money', answers: INJECTION_ANSWERS.money },
    { stepId: 'evidence', answers: null },
  ] as const;
}

/** Takes an application through every page by the API, up to check your answers (or the ineligible end). */
export async function completeInjection(
  s: TestServer,
  app: Started,
  options: { story?: boolean } = {},
): Promise<void> {
  for (const step of injectionSteps(options)) {
    if (step.stepId === 'members') await addMember(s, app);
    const answers = step.answers ?? { proof: { id: await uploadHostileFile(s, app) } };
    await submit(s, app, step.stepId, answers);
  }
}
