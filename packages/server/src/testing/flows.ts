import { expect } from 'vitest';
import type { TestServer } from './test-server';

export interface Started {
  instanceId: string;
  token: string;
  version: number;
}

/** Starts an application through the API. */
export async function start(s: TestServer, journeyId: string, body: unknown = {}): Promise<Started> {
  const r = await s.call('POST', `/api/v1/journeys/${journeyId}/instances`, { body });
  expect(r.status).toBe(201);
  return { instanceId: r.body.instanceId, token: r.body.resumeToken, version: r.body.view.version };
}

/** Submits the current page and expects it to be accepted; returns the new view. */
export async function submit(
  s: TestServer,
  app: Started,
  stepId: string,
  answers: Record<string, unknown> = {},
) {
  const r = await s.call('POST', `/api/v1/instances/${app.instanceId}/steps/${stepId}`, {
    token: app.token,
    body: { answers },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  app.version = r.body.version;
  return r.body;
}

export const ADDRESS = { line1: '1 High Street', town: 'Aberaeron', postcode: 'SA46 0AA' };

/** Report a missed bin up to check your answers (collection yesterday, bin out, no tag). */
export async function missedBinToCheckAnswers(s: TestServer): Promise<Started> {
  const app = await start(s, 'report-missed-bin');
  await submit(s, app, 'which-bin', { binType: 'rubbish' });
  await submit(s, app, 'collection-date', { collectionDate: '2026-03-03' });
  await submit(s, app, 'bin-out-in-time', { binOutInTime: true });
  await submit(s, app, 'tag-left', { tagLeft: false });
  await submit(s, app, 'address', { address: ADDRESS });
  const view = await submit(s, app, 'email-address', { emailAddress: 'resident@example.com' });
  expect(view.step.id).toBe('check-answers');
  return app;
}

/** An FOI request sent and waiting for the FOI officer's decision. */
export async function foiAwaitingDecision(s: TestServer): Promise<Started> {
  const app = await start(s, 'foi-request');
  await submit(s, app, 'request-type', { requestType: 'recorded-information' });
  await submit(s, app, 'full-name', { fullName: 'Gareth Lewis' });
  await submit(s, app, 'reply-by', { replyBy: 'email' });
  await submit(s, app, 'email-address', { emailAddress: 'gareth.lewis@example.com' });
  await submit(s, app, 'information-wanted', {
    informationWanted: 'Spending on agency social workers, 2022 to 2025',
  });
  await submit(s, app, 'preferred-format', { preferredFormat: 'electronic' });
  const view = await submit(s, app, 'check-answers');
  expect(view.status).toBe('awaitingDecision');
  return app;
}

/** A bus pass application on its companions (add another) page. */
export async function busPassToCompanions(s: TestServer): Promise<Started> {
  const app = await start(s, 'older-persons-bus-pass');
  await submit(s, app, 'date-of-birth', { dateOfBirth: '1950-03-27' });
  await submit(s, app, 'lives-in-area', { livesInArea: true });
  const view = await submit(s, app, 'contact', { contactBy: 'email', emailAddress: 'pat@example.com' });
  expect(view.step.id).toBe('companions');
  return app;
}

/** The answers stored in an application's snapshot (fails the test when there is no such application). */
export async function storedAnswers(s: TestServer, instanceId: string): Promise<Record<string, unknown>> {
  const record = await s.runtime.storage.getInstance(instanceId);
  if (!record) throw new Error(`no stored application ${instanceId}`);
  return (record.snapshot as { answers: Record<string, unknown> }).answers;
}

/** A garden waste subscription on its payment step (£52.50 a bin, £10 off with Council Tax Reduction). */
export async function gardenWasteToPayment(s: TestServer, bins = 1, reduction = false): Promise<Started> {
  const app = await start(s, 'garden-waste');
  await submit(s, app, 'collection-address', { address: ADDRESS });
  await submit(s, app, 'number-of-bins', { numberOfBins: bins });
  const priced = await submit(s, app, 'council-tax-reduction', { councilTaxReduction: reduction });
  await submit(s, app, priced.step.id);
  await submit(s, app, 'email-address', { emailAddress: 'gardener@example.com' });
  const view = await submit(s, app, 'check-answers');
  expect(view.step.id).toBe('pay');
  return app;
}
