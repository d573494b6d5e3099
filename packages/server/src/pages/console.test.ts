import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskItem } from '../runtime/cases';
import { queueOrder } from './console/queue';
import {
  CASEWORKER_TOKEN,
  exampleJourney,
  FormClient,
  type PagesHarness,
  pagesHarness,
} from './pages.fixture';

let now = new Date('2026-03-04T10:00:00Z');
const J = '/blue-badge';
let h: PagesHarness;
beforeAll(async () => {
  h = await pagesHarness([exampleJourney('blue-badge')], { clock: () => now, roles: ['blue-badge-officer'] });
});
afterAll(() => h.close());

/** A resident who has sent a Blue Badge application with a letter and a photo. */
async function applied(name = 'Margaret Okafor'): Promise<FormClient> {
  const client = new FormClient(h.app);
  await client.get(J);
  await client.post(J, {});
  await client.post(`${J}/date-of-birth`, {
    'dateOfBirth-day': '12',
    'dateOfBirth-month': '4',
    'dateOfBirth-year': '1958',
  });
  await client.post(`${J}/benefits`, { benefits: 'dla-higher-mobility' });
  await client.post(`${J}/full-name`, { fullName: name });
  await client.post(`${J}/address`, {
    'address-line1': '14 Station Road',
    'address-town': 'Exampleton',
    'address-postcode': 'EX1 2AB',
  });
  for (const [field, file] of [
    ['evidence', new File(['%PDF-1.4 letter'], 'letter.pdf', { type: 'application/pdf' })],
    ['photo', new File([new Uint8Array([0xff, 0xd8, 0xff])], 'me.jpg', { type: 'image/jpeg' })],
  ] as const) {
    const form = new FormData();
    form.append(field, file);
    expect((await client.postMultipart(`${J}/${field}`, form)).location).not.toBe(`${J}/${field}`);
  }
  await client.post(`${J}/email`, { email: 'm@example.com' });
  const sent = await client.follow(await client.post(`${J}/check-answers`, {}));
  expect(sent.html).toContain('Application sent');
  return client;
}

async function signedIn(): Promise<FormClient> {
  const client = new FormClient(h.app);
  await client.get('/console/sign-in');
  expect((await client.post('/console/sign-in', { token: CASEWORKER_TOKEN })).location).toBe('/console');
  return client;
}

async function openCase(staff: FormClient, reference: string) {
  const queue = await staff.get('/console');
  const href = new RegExp(`href="(/console/cases/[^"]+)">${reference}<`).exec(queue.html)![1]!;
  const page = await staff.get(href);
  const action = /action="(\/console\/cases\/[^"]+\/tasks\/[^"]+)"/.exec(page.html)![1]!;
  const version = /name="version" value="(\d+)"/.exec(page.html)![1]!;
  return { href, page, action, version };
}

const referenceOf = (html: string) => /<strong>(BB-[0-9A-Z-]+)<\/strong>/.exec(html)![1]!;

describe('signing in', () => {
  it('sends anyone not signed in to the sign-in page, and refuses a wrong token', async () => {
    const client = new FormClient(h.app);
    expect((await client.get('/console')).location).toBe('/console/sign-in');
    await client.get('/console/sign-in');
    const wrong = await client.follow(await client.post('/console/sign-in', { token: 'not-a-token' }));
    expect(wrong.html).toContain('<a href="#token">Enter a caseworker’s access token</a>');
    expect(wrong.html).toMatch(/<title>Error: Sign in/);
  });

  it('signs out', async () => {
    const staff = await signedIn();
    await staff.get('/console');
    expect((await staff.post('/console/sign-out', {})).location).toBe('/console/sign-in');
    expect((await staff.get('/console')).location).toBe('/console/sign-in');
  });
});

describe('a case', () => {
  it('shows the answers (as text), the files to download, the eligibility outcome and the history', async () => {
    const resident = await applied('Ada <script>alert(1)</script>');
    const reference = referenceOf((await resident.get(`${J}/officer-decision`)).html);
    const staff = await signedIn();
    const { page, href } = await openCase(staff, reference);
    expect(page.html).toContain('Ada &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.html).not.toContain('<script>alert(1)');
    expect(page.html).toContain('You get the higher rate of the mobility component');
    expect(page.html).toContain('Application submitted');
    const file = /href="(\/console\/cases\/[^"]+\/files\/[^"]+)">letter.pdf</.exec(page.html)![1]!;
    const download = await staff.get(file);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''letter.pdf");
    expect(download.html).toBe('%PDF-1.4 letter');
    expect((await new FormClient(h.app).get(file)).location).toBe('/console/sign-in');
    expect(href).toMatch(/^\/console\/cases\//);
  });

  it('asks for a reason before rejecting, and for the answers to change before asking for more', async () => {
    const resident = await applied();
    const reference = referenceOf((await resident.get(`${J}/officer-decision`)).html);
    const staff = await signedIn();
    const { action, version, href } = await openCase(staff, reference);
    const reject = await staff.follow(await staff.post(action, { decision: 'reject', reason: ' ', version }));
    expect(reject.html).toContain('<a href="#reason">Enter the reason for rejecting the application</a>');
    const more = await staff.follow(
      await staff.post(action, { decision: 'requestMoreInformation', comment: 'A clearer photo', version }),
    );
    expect(more.html).toContain('<a href="#pages">Select the answers the resident should change</a>');
    expect(more.html).toContain('>A clearer photo</textarea>');
    expect(more.html).toContain(`action="${action}"`);
    expect((await staff.get(href)).html).toContain('Waiting for a decision');
  });

  it('round trip: more information, the resident resends, approval; the resident sees each step', async () => {
    const resident = await applied();
    const reference = referenceOf((await resident.get(`${J}/officer-decision`)).html);
    const staff = await signedIn();
    const first = await openCase(staff, reference);
    const asked = await staff.post(first.action, {
      decision: 'requestMoreInformation',
      comment: 'Your photo is blurred. Upload a clearer one.',
      pages: 'photo',
      version: first.version,
    });
    expect((await staff.follow(asked)).html).toContain('Your decision has been recorded');

    const revisit = await resident.get(`${J}/officer-decision`);
    expect(revisit.location).toBe(`${J}/photo`);
    const photo = await resident.follow(revisit);
    expect(photo.html).toContain('We need more information');
    expect(photo.html).toContain('Your photo is blurred. Upload a clearer one.');
    expect(photo.html).toContain('You have uploaded me.jpg');
    const form = new FormData();
    form.append(
      'photo',
      new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe1])], 'clearer.jpg', { type: 'image/jpeg' }),
    );
    const check = await resident.follow(await resident.postMultipart(`${J}/photo`, form));
    expect(check.html).toContain('clearer.jpg');
    expect(check.html).toContain('Send your application again');
    // Only the page the caseworker named can be changed now.
    expect(check.html).toContain(`href="${J}/photo/change"`);
    expect(check.html).not.toContain(`href="${J}/full-name/change"`);
    await resident.post(`${J}/check-answers`, {});

    const second = await openCase(staff, reference);
    expect(second.page.html).toContain('clearer.jpg');
    await staff.post(second.action, { decision: 'approve', version: second.version });
    const outcome = await resident.follow(await resident.get(`${J}/officer-decision`));
    expect(outcome.html).toMatch(/govuk-panel__title">\s*Your Blue Badge application has been approved/);
  });

  it('rejects with a reason that the resident is shown', async () => {
    const resident = await applied();
    const reference = referenceOf((await resident.get(`${J}/officer-decision`)).html);
    const staff = await signedIn();
    const { action, version } = await openCase(staff, reference);
    const reason = 'Your letter is about a different benefit. Send your DLA decision letter.';
    await staff.post(action, { decision: 'reject', reason, version });
    const outcome = await resident.follow(await resident.get(`${J}/officer-decision`));
    expect(outcome.html).toContain('Your Blue Badge application has not been approved');
    expect(outcome.html).toMatch(
      new RegExp(`<h2 class="govuk-heading-m">Why</h2>\\s*<p class="govuk-body">${reason}</p>`),
    );
  });

  it('shows the case again rather than deciding on an out-of-date version', async () => {
    const resident = await applied();
    const reference = referenceOf((await resident.get(`${J}/officer-decision`)).html);
    const staff = await signedIn();
    const { action } = await openCase(staff, reference);
    const stale = await staff.follow(await staff.post(action, { decision: 'approve', version: '1' }));
    expect(stale.html).toContain('This case changed while you were looking at it');
    expect(stale.html).toContain('Waiting for a decision');
  });
});

describe('the queue', () => {
  it('lists open tasks with their deadlines, and marks overdue ones', async () => {
    const resident = await applied('Overdue Owen');
    const reference = referenceOf((await resident.get(`${J}/officer-decision`)).html);
    now = new Date('2026-06-01T10:00:00Z');
    try {
      const staff = await signedIn();
      const queue = await staff.get('/console');
      const row = new RegExp(`${reference}</a></th>[\\s\\S]*?</tr>`).exec(queue.html)![0];
      expect(row).toContain('27 May 2026 at 11:00 am');
      expect(row).toContain('Overdue');
      const waiting = await staff.get('/console?status=waitingForResident');
      expect(waiting.html).not.toContain(reference);
    } finally {
      now = new Date('2026-03-04T10:00:00Z');
    }
  });

  it('puts overdue tasks first, then the soonest deadline, then those without one', () => {
    const task = (id: string, dueAt: string | null, overdue: boolean) =>
      ({ id, dueAt, overdue, createdAt: '2026-01-01T00:00:00Z' }) as TaskItem;
    const sorted = [
      task('none', null, false),
      task('later', '2026-09-01T00:00:00Z', false),
      task('soon', '2026-07-01T00:00:00Z', false),
      task('late', '2026-08-01T00:00:00Z', true),
    ].sort(queueOrder);
    expect(sorted.map((t) => t.id)).toEqual(['late', 'soon', 'later', 'none']);
  });
});
