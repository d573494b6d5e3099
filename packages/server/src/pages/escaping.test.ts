import type { Journey } from '@fingerpost/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyComponentJourney } from './every-component.fixture';
import { FormClient, type PagesHarness, pagesHarness } from './pages.fixture';

const SCRIPT = '<script>alert("x")</script>';
const IMAGE = '"><img src=x onerror=alert(1)>';

/** The every-component journey with markup in every text a resident sees. */
function hostileJourney(): Journey {
  const journey = everyComponentJourney();
  const hostile = JSON.parse(
    JSON.stringify(journey, (key, value) =>
      typeof value === 'string' && ['en', 'label', 'hint', 'title', 'description'].includes(key)
        ? `${value} ${SCRIPT} ${IMAGE}`
        : value,
    ),
  ) as Journey;
  return { ...hostile, id: 'hostile', owner: { name: `Council ${SCRIPT}` } };
}

let h: PagesHarness;
let client: FormClient;
beforeAll(async () => {
  h = await pagesHarness([hostileJourney()]);
  client = new FormClient(h.app);
});
afterAll(() => h.close());

function expectInert(html: string): void {
  expect(html).not.toContain(SCRIPT);
  expect(html).not.toContain('<img src=x');
  expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
}

describe('journey texts and answers are data, never markup', () => {
  it('shows the journey’s texts literally on the start page and its questions', async () => {
    expectInert((await client.get('/hostile')).html);
    const first = await client.follow(await client.post('/hostile', {}));
    expectInert(first.html);
    await client.post('/hostile/name', { fullName: 'Rhys' });
    const contact = await client.get('/hostile/contact');
    expectInert(contact.html);
    // The questions revealed under an option are still GOV.UK markup, escaped once.
    expect(contact.html).toMatch(
      /<div class="govuk-radios__conditional[^"]*" id="conditional-contactBy">\s*<div class="govuk-form-group">/,
    );
    expect(contact.html).not.toContain('&lt;div class=&quot;govuk-form-group');
  });

  it('shows what a resident typed literally, on the page that refused it and on check your answers', async () => {
    const refused = await client.post('/hostile/contact', { contactBy: 'email', email: SCRIPT });
    const page = await client.follow(refused);
    expect(page.html).toContain('value="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"');
    expect(page.html).not.toContain(SCRIPT);
    await client.post('/hostile/contact', { contactBy: 'phone', phone: '07700 900982' });
    await client.post('/hostile/pets', { pets: ['other'], otherPet: `${SCRIPT}${IMAGE}` });
    await client.post('/hostile/car', { hasCar: 'no' });
    await client.post('/hostile/household', {
      children: '1',
      rent: '10',
      'moveDate-day': '1',
      'moveDate-month': '1',
      'moveDate-year': '2020',
    });
    await client.post('/hostile/where', {
      'home-line1': SCRIPT,
      'home-town': IMAGE,
      'home-postcode': 'EX1 1AA',
    });
    await client.post('/hostile/postcode', {});
    await client.post('/hostile/reason', { reason: SCRIPT });
    const form = new FormData();
    form.append('proof', new File(['%PDF-1.4'], `${SCRIPT}.pdf`, { type: 'application/pdf' }));
    await client.postMultipart('/hostile/proof', form);
    const check = await client.get('/hostile/check');
    expect(check.status).toBe(200);
    expect(check.html).toContain('Check your answers');
    expectInert(check.html);
  });
});
