import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedAccess, MATRIX_CALLERS, type MatrixCaller } from '../auth/access';
import {
  busPassToCompanions,
  foiAwaitingDecision,
  gardenWasteToPayment,
  missedBinToCheckAnswers,
  type Started,
  start,
  submit,
} from '../testing/flows';
import { EVIDENCE_JOURNEY } from '../testing/journeys';
import { type PayingTestServer, startPayingTestServer } from '../testing/pay-test-server';
import { type TestServer, TOKENS } from '../testing/test-server';
import { API_ROUTES } from './route-table';

let paying: PayingTestServer;
let s: TestServer;
/** The draft every reviewer-route sample is about, and a live review link for it and for another draft. */
const REVIEWED = '/api/v1/journeys/matrix-reviewed/versions/1.0.0';
const links = { reviewer: '', otherReviewer: '' };
beforeAll(async () => {
  paying = await startPayingTestServer({
    journeys: ['report-missed-bin', 'foi-request', 'garden-waste'],
    // Every caller on every route from one address: the resident rate limit has its own tests.
    overrides: { rateLimit: false },
  });
  s = paying.s;
  for (const [id, holder] of [
    ['matrix-reviewed', 'reviewer'],
    ['matrix-other-reviewed', 'otherReviewer'],
  ] as const) {
    await s.call('POST', '/api/v1/journeys', { token: TOKENS.designer, body: { ...EVIDENCE_JOURNEY, id } });
    const link = await s.call('POST', `/api/v1/journeys/${id}/versions/1.0.0/review-links`, {
      token: TOKENS.designer,
    });
    expect(link.status).toBe(201);
    links[holder] = link.body.token;
  }
});
afterAll(() => paying.stop());

const RETURN_URL = 'https://council.example/garden-waste/pay';

/** A garden waste subscription whose payment has been created with (fake) GOV.UK Pay. */
async function paymentStarted(): Promise<{ app: Started; paymentId: string }> {
  const app = await gardenWasteToPayment(s);
  const r = await s.call('POST', `/api/v1/instances/${app.instanceId}/payment`, {
    token: app.token,
    body: { returnUrl: RETURN_URL },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return { app, paymentId: r.body.view.step.payment.latest.paymentId };
}

/** One request for an operation, set up so that an allowed caller succeeds. */
interface Sample {
  path: string;
  body?: unknown;
  raw?: { body: string; type: string };
  /** The application the request is about (resident routes): its owner and another resident. */
  app?: Started;
}

let drafts = 0;
async function newDraft(): Promise<string> {
  const id = `matrix-draft-${++drafts}`;
  const r = await s.call('POST', '/api/v1/journeys', {
    token: TOKENS.designer,
    body: { ...EVIDENCE_JOURNEY, id },
  });
  expect(r.status).toBe(201);
  return id;
}

async function reviewThread(): Promise<string> {
  const r = await s.call('POST', `${REVIEWED}/comments`, {
    token: TOKENS.designer,
    body: { stepId: 'upload', author: 'Dee', text: 'Is this clear?' },
  });
  expect(r.status).toBe(201);
  return r.body.id;
}

async function withFile(app: Started): Promise<string> {
  const r = await fetch(`${s.url}/api/v1/instances/${app.instanceId}/files?name=a.txt`, {
    method: 'POST',
    headers: { authorization: `Bearer ${app.token}`, 'content-type': 'text/plain' },
    body: 'evidence',
  });
  return ((await r.json()) as { id: string }).id;
}

/** Every operation needs a sample: a new route without one fails this test, so none is forgotten. */
const SAMPLES: Record<string, () => Promise<Sample>> = {
  getHealth: async () => ({ path: '/healthz' }),
  getOpenApi: async () => ({ path: '/api/v1/openapi.json' }),
  getApiDocs: async () => ({ path: '/api/docs' }),
  listJourneys: async () => ({ path: '/api/v1/journeys' }),
  getJourney: async () => ({ path: '/api/v1/journeys/report-missed-bin' }),
  startInstance: async () => ({ path: '/api/v1/journeys/report-missed-bin/instances', body: {} }),
  giveJourneyFeedback: async () => ({
    path: '/api/v1/journeys/report-missed-bin/feedback',
    body: { kind: 'problem' },
  }),
  getInstance: async () => {
    const app = await start(s, 'report-missed-bin');
    return { app, path: `/api/v1/instances/${app.instanceId}` };
  },
  submitStep: async () => {
    const app = await start(s, 'report-missed-bin');
    return {
      app,
      path: `/api/v1/instances/${app.instanceId}/steps/which-bin`,
      body: { answers: { binType: 'rubbish' } },
    };
  },
  goBack: async () => {
    const app = await start(s, 'report-missed-bin');
    await submit(s, app, 'which-bin', { binType: 'rubbish' });
    return { app, path: `/api/v1/instances/${app.instanceId}/back`, body: {} };
  },
  changeAnswer: async () => {
    const app = await missedBinToCheckAnswers(s);
    return { app, path: `/api/v1/instances/${app.instanceId}/steps/which-bin/change`, body: {} };
  },
  withdraw: async () => {
    const app = await start(s, 'report-missed-bin');
    return { app, path: `/api/v1/instances/${app.instanceId}/withdraw`, body: {} };
  },
  setLanguage: async () => {
    const app = await start(s, 'report-missed-bin');
    return { app, path: `/api/v1/instances/${app.instanceId}/language`, body: { language: 'cy' } };
  },
  addItem: async () => {
    const app = await busPassToCompanions(s);
    return {
      app,
      path: `/api/v1/instances/${app.instanceId}/steps/companions/items`,
      body: { answers: { name: 'Sam' } },
    };
  },
  changeItem: async () => {
    const app = await busPassToCompanions(s);
    await s.call('POST', `/api/v1/instances/${app.instanceId}/steps/companions/items`, {
      token: app.token,
      body: { answers: { name: 'Sam' } },
    });
    return {
      app,
      path: `/api/v1/instances/${app.instanceId}/steps/companions/items/0`,
      body: { answers: { name: 'Al' } },
    };
  },
  removeItem: async () => {
    const app = await busPassToCompanions(s);
    await s.call('POST', `/api/v1/instances/${app.instanceId}/steps/companions/items`, {
      token: app.token,
      body: { answers: { name: 'Sam' } },
    });
    return { app, path: `/api/v1/instances/${app.instanceId}/steps/companions/items/0` };
  },
  giveFeedback: async () => {
    const app = await start(s, 'report-missed-bin');
    return { app, path: `/api/v1/instances/${app.instanceId}/feedback`, body: { kind: 'pageUseful' } };
  },
  uploadFile: async () => {
    const app = await start(s, 'report-missed-bin');
    return {
      app,
      path: `/api/v1/instances/${app.instanceId}/files?name=a.txt`,
      raw: { body: 'evidence', type: 'text/plain' },
    };
  },
  startPayment: async () => {
    const app = await gardenWasteToPayment(s);
    return { app, path: `/api/v1/instances/${app.instanceId}/payment`, body: { returnUrl: RETURN_URL } };
  },
  checkPayment: async () => {
    const { app } = await paymentStarted();
    return { app, path: `/api/v1/instances/${app.instanceId}/payment/check` };
  },
  refundPayment: async () => {
    const { app, paymentId } = await paymentStarted();
    paying.fake.act(paymentId, 'succeed');
    const r = await s.call('POST', `/api/v1/instances/${app.instanceId}/payment/check`, { token: app.token });
    expect(r.body.view.status).toBe('completed');
    return {
      app,
      path: `/api/v1/cases/${app.instanceId}/payments/${paymentId}/refunds`,
      body: { amount: 100 },
    };
  },
  eraseInstance: async () => {
    const app = await start(s, 'report-missed-bin');
    return { app, path: `/api/v1/instances/${app.instanceId}/erasure`, body: {} };
  },
  listTasks: async () => ({ path: '/api/v1/tasks' }),
  decideTask: async () => {
    const app = await foiAwaitingDecision(s);
    return {
      app,
      path: `/api/v1/tasks/${app.instanceId}:answer-request/decision`,
      body: { decision: 'approve' },
    };
  },
  getCase: async () => {
    const app = await busPassToCompanions(s);
    return { app, path: `/api/v1/cases/${app.instanceId}` };
  },
  getCaseFile: async () => {
    const app = await busPassToCompanions(s);
    return { app, path: `/api/v1/cases/${app.instanceId}/files/${await withFile(app)}` };
  },
  createDraft: async () => ({
    path: '/api/v1/journeys',
    body: { ...EVIDENCE_JOURNEY, id: `matrix-new-${++drafts}` },
  }),
  saveDraft: async () => {
    const id = `matrix-put-${++drafts}`;
    return { path: `/api/v1/journeys/${id}/versions/1.0.0`, body: { ...EVIDENCE_JOURNEY, id } };
  },
  listVersions: async () => ({ path: '/api/v1/journeys/report-missed-bin/versions' }),
  listAllVersions: async () => ({ path: '/api/v1/journey-versions' }),
  // The reviewed draft itself: its own review link still may not read it through designer routes.
  getVersion: async () => ({ path: REVIEWED }),
  deleteDraft: async () => ({ path: `/api/v1/journeys/${await newDraft()}/versions/1.0.0` }),
  validateVersion: async () => ({ path: `${REVIEWED}/validate` }),
  publishVersion: async () => ({ path: `/api/v1/journeys/${await newDraft()}/versions/1.0.0/publish` }),
  getAnalytics: async () => ({ path: '/api/v1/journeys/report-missed-bin/analytics' }),
  exportSubmissionsCsv: async () => ({ path: '/api/v1/journeys/foi-request/versions/1.0.0/submissions.csv' }),
  exportSubmissionsJson: async () => ({
    path: '/api/v1/journeys/foi-request/versions/1.0.0/submissions.json',
  }),
  createReviewLink: async () => ({ path: `${REVIEWED}/review-links`, body: {} }),
  listReviewLinks: async () => ({ path: `${REVIEWED}/review-links` }),
  revokeReviewLink: async () => {
    const made = await s.call('POST', `${REVIEWED}/review-links`, { token: TOKENS.designer });
    return { path: `${REVIEWED}/review-links/${made.body.id}` };
  },
  getReviewDraft: async () => ({ path: `${REVIEWED}/review` }),
  listComments: async () => ({ path: `${REVIEWED}/comments` }),
  addComment: async () => ({
    path: `${REVIEWED}/comments`,
    body: { stepId: 'upload', field: 'evidence', author: 'Priya', text: 'Which files may I send?' },
  }),
  replyToComment: async () => ({
    path: `${REVIEWED}/comments/${await reviewThread()}/replies`,
    body: { text: 'PDF or photos' },
  }),
  setCommentStatus: async () => ({
    path: `${REVIEWED}/comments/${await reviewThread()}/status`,
    body: { status: 'resolved' },
  }),
};

async function tokenOf(caller: MatrixCaller, app: Started | undefined): Promise<string | null> {
  switch (caller) {
    case 'anonymous':
      return null;
    case 'reviewer':
    case 'otherReviewer':
      return links[caller];
    case 'resident':
      return app?.token ?? (await start(s, 'report-missed-bin')).token;
    case 'otherResident':
      return (await start(s, 'report-missed-bin')).token;
    case 'caseworkerOtherRole':
      return TOKENS.otherCaseworker;
    case 'caseworker':
      return TOKENS.caseworker;
    case 'dataProtectionOfficer':
      return TOKENS.dpo;
    case 'designer':
      return TOKENS.designer;
  }
}

describe('authorisation matrix (every endpoint × every caller, from the route table)', () => {
  it('has a sample request for every operation', () => {
    expect(API_ROUTES.map((r) => r.operationId).filter((id) => !SAMPLES[id])).toEqual([]);
  });

  for (const route of API_ROUTES) {
    it(`${route.method.toUpperCase()} ${route.path}`, async () => {
      const outcomes: Record<string, number> = {};
      for (const caller of MATRIX_CALLERS) {
        const sample = await SAMPLES[route.operationId]!();
        const token = await tokenOf(caller, sample.app);
        const before = sample.app
          ? (await s.runtime.storage.getInstance(sample.app.instanceId))?.version
          : undefined;
        const response = await fetch(`${s.url}${sample.path}`, {
          method: route.method.toUpperCase(),
          headers: {
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(sample.body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...(sample.raw ? { 'content-type': sample.raw.type } : {}),
          },
          ...(sample.body !== undefined ? { body: JSON.stringify(sample.body) } : {}),
          ...(sample.raw ? { body: sample.raw.body } : {}),
        });
        await response.arrayBuffer();
        outcomes[caller] = response.status;
        const expected = expectedAccess(route, caller);
        if (expected === 'allowed') {
          expect(response.status, `${caller} should be let in`).toBeGreaterThanOrEqual(200);
          expect(response.status, `${caller} should succeed`).toBeLessThan(300);
        } else {
          expect(response.status, `${caller} should be refused`).toBe(expected);
          if (sample.app)
            expect(
              (await s.runtime.storage.getInstance(sample.app.instanceId))?.version,
              'a refused call changes nothing',
            ).toBe(before);
        }
      }
      expect(Object.keys(outcomes)).toEqual([...MATRIX_CALLERS]);
    });
  }
});
