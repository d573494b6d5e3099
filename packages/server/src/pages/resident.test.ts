import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleJourney, FormClient, type PagesHarness, pagesHarness } from './pages.fixture';

// Wednesday 4 March 2026: a bin missed on Tuesday can be reported.
const clock = () => new Date('2026-03-04T10:00:00Z');
const J = '/report-missed-bin';

let h: PagesHarness;
beforeAll(async () => {
  h = await pagesHarness(
    [exampleJourney('report-missed-bin'), exampleJourney('planning-permission-householder')],
    {
      clock,
    },
  );
});
afterAll(() => h.close());

async function started(language?: 'cy'): Promise<FormClient> {
  const client = new FormClient(h.app);
  await client.get(language ? `${J}?lang=${language}` : J);
  await client.get(J);
  await client.post(J, {});
  return client;
}

async function answerUpTo(client: FormClient, last: string): Promise<void> {
  const answers: Array<[string, Record<string, string>]> = [
    ['which-bin', { binType: 'rubbish' }],
    [
      'collection-date',
      { 'collectionDate-day': '3', 'collectionDate-month': '3', 'collectionDate-year': '2026' },
    ],
    ['bin-out-in-time', { binOutInTime: 'yes' }],
    ['tag-left', { tagLeft: 'no' }],
    [
      'address',
      { 'address-line1': '1 High Street', 'address-town': 'Exampleton', 'address-postcode': 'EX1 1AA' },
    ],
    ['email-address', {}],
  ];
  for (const [step, fields] of answers) {
    if (step === last) return;
    expect((await client.post(`${J}/${step}`, fields)).location).not.toBe(`${J}/${step}`);
  }
}

describe('a resident without JavaScript: POST, 303, GET', () => {
  it('starts from the start page and goes page by page', async () => {
    const client = new FormClient(h.app);
    const start = await client.get(J);
    expect(start.html).toContain('Start now');
    expect(start.html).toContain('govuk-button--start');
    const post = await client.post(J, {});
    expect(post.status).toBe(303);
    expect(post.location).toBe(`${J}/which-bin`);
    const next = await client.post(`${J}/which-bin`, { binType: 'recycling' });
    expect(next).toMatchObject({ status: 303, location: `${J}/collection-date` });
  });

  it('shows a refused page again: "Error:" title, a summary linked to the input, what was typed kept', async () => {
    const client = await started();
    await answerUpTo(client, 'collection-date');
    const refused = await client.post(`${J}/collection-date`, {
      'collectionDate-day': '3',
      'collectionDate-month': '13',
      'collectionDate-year': '2026',
    });
    expect(refused).toMatchObject({ status: 303, location: `${J}/collection-date` });
    const page = await client.follow(refused);
    expect(page.html).toMatch(/<title>Error: When was your bin due to be collected\?/);
    expect(page.html).toContain('There is a problem');
    expect(page.html).toMatch(/<a href="#collectionDate-month">[^<]+<\/a>/);
    expect(page.html).toMatch(/id="collectionDate-month" name="collectionDate-month" type="text" value="13"/);
    expect(page.html).toMatch(/govuk-input--error" id="collectionDate-month"/);
    expect(page.html).not.toMatch(/govuk-input--error" id="collectionDate-day"/);
  });

  it('sends the resident to the page they are on when the address names another', async () => {
    const client = await started();
    const elsewhere = await client.get(`${J}/address`);
    expect(elsewhere).toMatchObject({ status: 303, location: `${J}/which-bin` });
    const none = await new FormClient(h.app).get(`${J}/which-bin`);
    expect(none).toMatchObject({ status: 303, location: J });
  });

  it('goes back when the back link (or the browser’s Back) asks for the page before', async () => {
    const client = await started();
    await answerUpTo(client, 'bin-out-in-time');
    const page = await client.get(`${J}/bin-out-in-time`);
    expect(page.html).toContain(`<a href="${J}/collection-date" class="govuk-back-link">`);
    const back = await client.get(`${J}/collection-date`);
    expect(back).toMatchObject({ status: 303, location: `${J}/collection-date` });
    const shown = await client.follow(back);
    expect(shown.html).toContain('value="3"');
  });

  it('returns to check your answers after a change', async () => {
    const client = await started();
    await answerUpTo(client, 'check-answers');
    const check = await client.get(`${J}/check-answers`);
    expect(check.html).toContain('Not provided');
    const change = await client.get(`${J}/email-address/change`);
    expect(change.location).toBe(`${J}/email-address`);
    const back = await client.post(`${J}/email-address`, { emailAddress: 'sam@example.com' });
    expect(back.location).toBe(`${J}/check-answers`);
    expect((await client.follow(back)).html).toContain('sam@example.com');
  });

  it('explains an ineligible outcome: the reason and what to do instead', async () => {
    const client = await started();
    await answerUpTo(client, 'tag-left');
    const outcome = await client.follow(await client.post(`${J}/tag-left`, { tagLeft: 'yes' }));
    expect(outcome.html).toContain('Follow the instructions on the tag');
    expect(outcome.html).toMatch(
      /<h2 class="govuk-heading-m">Why<\/h2>\s*<p class="govuk-body">The crew could not empty your bin/,
    );
    expect(outcome.html).toContain('What you can do instead');
    expect(outcome.html).not.toContain('govuk-back-link');
  });

  it('confirms a report with its reference number in a panel', async () => {
    const client = await started();
    await answerUpTo(client, 'email-address');
    await client.post(`${J}/email-address`, {});
    const done = await client.follow(await client.post(`${J}/check-answers`, {}));
    expect(done.html).toMatch(
      /govuk-panel--confirmation[\s\S]*Your reference number<br><strong>MB-[0-9A-Z]{4}-[0-9A-Z]{4}<\/strong>/,
    );
    expect(done.html).toContain('What happens next');
  });
});

describe('save and come back later', () => {
  it('gives a link that reopens the application where it was, in another browser', async () => {
    const client = await started();
    await answerUpTo(client, 'address');
    const saved = await client.get(`${J}/address/save`);
    const link = /id="resume-link" href="([^"]+)"/.exec(saved.html)![1]!.replace(/&amp;/g, '&');
    expect(link).toMatch(/^http:\/\/localhost\/resume\/[0-9a-f-]{36}\?token=/);
    const elsewhere = new FormClient(h.app);
    const resumed = await elsewhere.get(link.replace('http://localhost', ''));
    expect(resumed).toMatchObject({ status: 303, location: `${J}/address` });
    expect((await elsewhere.follow(resumed)).status).toBe(200);
  });

  it('refuses a link with the wrong token', async () => {
    const client = await started();
    const saved = await client.get(`${J}/which-bin/save`);
    const id = /\/resume\/([0-9a-f-]{36})/.exec(saved.html)![1]!;
    const wrong = await new FormClient(h.app).get(`/resume/${id}?token=not-the-token`);
    expect(wrong.status).toBe(404);
    expect(wrong.html).toContain('Page not found');
  });
});

describe('Welsh', () => {
  it('offers the language toggle where the journey has Welsh, and keeps the choice', async () => {
    const client = new FormClient(h.app);
    const english = await client.get(J);
    expect(english.html).toContain('hreflang="cy"');
    const chosen = await client.get(`${J}?lang=cy`);
    expect(chosen).toMatchObject({ status: 303, location: J });
    const welsh = await client.get(J);
    expect(welsh.html).toContain('<html lang="cy"');
    expect(welsh.html).toContain('Dechrau nawr');
    expect(welsh.html).toContain('Ydy’r dudalen hon yn ddefnyddiol?');
    const planning = await client.get('/planning-permission-householder');
    expect(planning.html).not.toContain('govuk-language-navigation');
    expect(planning.html).toContain('Start now');
  });

  it('words errors and buttons in Welsh, and stores Welsh for correspondence', async () => {
    const client = await started('cy');
    const page = await client.follow(await client.post(`${J}/which-bin`, {}));
    expect(page.html).toContain('<title>Gwall: Pa fin na chafodd ei gasglu?');
    expect(page.html).toContain('Mae problem wedi codi');
    expect(page.html).toContain('Parhau');
    const saved = await client.get(`${J}/which-bin/save`);
    const id = /\/resume\/([0-9a-f-]{36})/.exec(saved.html)![1]!;
    expect((await h.runtime.instances.record(id)).language).toBe('cy');
  });
});

describe('switching language in the middle of an application', () => {
  it('keeps the page the resident is on, their answers and what they typed, now in Welsh', async () => {
    const client = await started();
    await answerUpTo(client, 'collection-date');
    const D = `${J}/collection-date`;
    // A refused page: what was typed and the problem with it.
    await client.post(D, {
      'collectionDate-day': '31',
      'collectionDate-month': '2',
      'collectionDate-year': '2026',
    });
    const english = await client.get(D);
    expect(english.html).toContain('<title>Error: ');

    const switched = await client.get(`${D}?lang=cy`);
    expect(switched).toMatchObject({ status: 303, location: D });
    // The application switches too: its letters and emails will be in Welsh.
    const switches = (await h.storage.listJourneyEvents('report-missed-bin')).filter(
      (e) => e.type === 'languageChanged',
    );
    expect(switches).toHaveLength(1);
    expect((await h.storage.getInstance(switches[0]!.instanceId))?.language).toBe('cy');
    const welsh = await client.get(D);
    expect(welsh.status).toBe(200);
    expect(welsh.html).toContain('<html lang="cy"');
    expect(welsh.html).toMatch(/<title>Gwall: /);
    expect(welsh.html).toContain('Mae problem wedi codi');
    expect(welsh.html).not.toContain('There is a problem');
    expect(welsh.html).toMatch(/id="collectionDate-day" name="collectionDate-day" type="text" value="31"/);

    // The answer before it is still held: going back shows it chosen.
    const back = await client.follow(await client.get(`${J}/which-bin`));
    expect(back.html).toContain('<html lang="cy"');
    expect(back.html).toMatch(/value="rubbish" checked/);
    await answerUpTo(client, 'check-answers');
    const check = await client.get(`${J}/check-answers`);
    expect(check.html).toContain('Gwiriwch eich atebion');
    expect(check.html).toContain('3 Mawrth 2026');
    expect(check.html).toContain('1 High Street');

    // And back to English on check your answers: the same page, the same answers.
    expect((await client.get(`${J}/check-answers?lang=en`)).location).toBe(`${J}/check-answers`);
    const again = await client.get(`${J}/check-answers`);
    expect(again.html).toContain('3 March 2026');
    expect(again.html).toContain('1 High Street');
  });
});

describe('feedback on every page, recorded for the journey’s analytics', () => {
  it('records "Is this page useful?" against the page, and thanks the resident', async () => {
    const client = await started();
    const answered = await client.post(`${J}/which-bin`, { _action: 'pageNotUseful' });
    expect(answered.location).toBe(`${J}/which-bin`);
    expect((await client.follow(answered)).html).toContain('Thank you for your feedback');
    const feedback = await h.storage.listFeedback('report-missed-bin');
    expect(feedback).toContainEqual(expect.objectContaining({ kind: 'pageNotUseful', stepId: 'which-bin' }));
  });

  it('records feedback on the start page, before there is an application', async () => {
    const client = new FormClient(h.app);
    await client.get(J);
    await client.post(J, { _action: 'pageUseful' });
    const feedback = await h.storage.listFeedback('report-missed-bin');
    expect(feedback).toContainEqual(
      expect.objectContaining({ kind: 'pageUseful', stepId: null, instanceId: null }),
    );
  });

  it('asks what went wrong when a problem report is empty, then records it', async () => {
    const client = await started();
    const empty = await client.follow(
      await client.post(`${J}/which-bin`, { _action: 'problem', _problem: ' ' }),
    );
    expect(empty.html).toMatch(/<title>Error: /);
    expect(empty.html).toContain('<a href="#report-problem">Enter what went wrong</a>');
    expect(empty.html).toMatch(/<details id="report-a-problem" class="govuk-details" open>/);
    await client.post(`${J}/which-bin`, { _action: 'problem', _problem: 'The hint is confusing' });
    const feedback = await h.storage.listFeedback('report-missed-bin');
    expect(feedback).toContainEqual(
      expect.objectContaining({ kind: 'problem', stepId: 'which-bin', comment: 'The hint is confusing' }),
    );
  });

  it('takes the satisfaction survey on the confirmation page', async () => {
    const client = await started();
    await answerUpTo(client, 'email-address');
    await client.post(`${J}/email-address`, {});
    await client.post(`${J}/check-answers`, {});
    const missing = await client.follow(
      await client.post(`${J}/reported`, { _action: 'satisfaction', comment: 'Fine' }),
    );
    expect(missing.html).toContain('<a href="#rating">Select how satisfied you were with the service</a>');
    expect(missing.html).toContain('>Fine</textarea>');
    const sent = await client.follow(
      await client.post(`${J}/reported`, { _action: 'satisfaction', rating: '4', comment: 'Quick' }),
    );
    expect(sent.html).toContain('Thank you for telling us what you think');
    const feedback = await h.storage.listFeedback('report-missed-bin');
    expect(feedback).toContainEqual(
      expect.objectContaining({ kind: 'satisfaction', rating: 4, comment: 'Quick' }),
    );
  });
});

describe('addresses that are not pages', () => {
  it('shows the GOV.UK "Page not found" for an unknown journey and leaves the API its problem documents', async () => {
    const unknown = await h.app.request('/no-such-service');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Page not found');
    const api = await h.app.request('/api/v1/nothing/here');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
  });

  it('lists the services on the home page', async () => {
    const home = await new FormClient(h.app).get('/');
    expect(home.html).toContain('href="/report-missed-bin"');
    expect(home.html).toContain('Report a missed bin collection');
  });
});
