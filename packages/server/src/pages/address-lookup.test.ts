import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCsvAddressProvider } from '../connected/address/csv-provider';
import type { AddressProvider } from '../connected/address/types';
import { exampleJourney, FormClient, type PagesHarness, pagesHarness } from './pages.fixture';

const J = '/report-missed-bin';
const PAGE = `${J}/address`;
const FIND = `${PAGE}/find-address/address`;
const CSV = join(__dirname, '..', '..', '..', '..', 'examples', 'addresses', 'addresses.csv');
const clock = () => new Date('2026-03-04T10:00:00Z');

/** A resident at the address question of a missed-bin report, in a language. */
async function atTheAddress(h: PagesHarness, language = 'en'): Promise<FormClient> {
  const client = new FormClient(h.app);
  if (language !== 'en') await client.get(`${J}?lang=${language}`);
  await client.get(J);
  await client.post(J, {});
  const answers: Array<[string, Record<string, string>]> = [
    ['which-bin', { binType: 'rubbish' }],
    [
      'collection-date',
      { 'collectionDate-day': '3', 'collectionDate-month': '3', 'collectionDate-year': '2026' },
    ],
    ['bin-out-in-time', { binOutInTime: 'yes' }],
    ['tag-left', { tagLeft: 'no' }],
  ];
  let last = '';
  for (const [step, fields] of answers) last = (await client.post(`${J}/${step}`, fields)).location ?? '';
  expect(last).toBe(PAGE);
  return client;
}

/** The select's options as [value, text]. */
const options = (html: string) =>
  [...html.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map((m) => [m[1], m[2]!.trim()]);

const inputValue = (html: string, id: string) =>
  new RegExp(`id="${id}"[^>]*value="([^"]*)"`).exec(html)?.[1] ?? new RegExp(`id="${id}"`).exec(html)?.[0];

describe('finding an address by postcode', () => {
  let h: PagesHarness;
  const logged: string[] = [];
  let provider: AddressProvider = createCsvAddressProvider(CSV);
  beforeAll(async () => {
    h = await pagesHarness([exampleJourney('report-missed-bin')], {
      clock,
      log: (line) => logged.push(line),
      addresses: { lookup: (postcode) => provider.lookup(postcode) },
    });
  });
  afterAll(() => h.close());

  it('asks the postcode first, offers the addresses found, and fills the chosen one in', async () => {
    const client = await atTheAddress(h);
    const first = await client.get(PAGE);
    expect(first.location).toBe(FIND);
    const find = await client.get(FIND);
    expect(find.html).toContain('What is the address where the bin was missed?');
    expect(find.html).toMatch(/<input[^>]*id="postcode"[^>]*autocomplete="postal-code"/);
    expect(find.html).toContain('Building name or number (optional)');
    expect(find.html).toContain(`<a class="govuk-link" href="${FIND}/manual">Enter the address manually</a>`);

    expect((await client.post(FIND, { postcode: 'ex11aa', building: '' })).location).toBe(`${FIND}/select`);
    const select = await client.get(`${FIND}/select`);
    expect(select.html).toMatch(
      /<h1 class="govuk-label-wrapper">\s*<label[^>]*for="address"[^>]*>\s*Select an address/,
    );
    const found = options(select.html);
    expect(found[0]).toEqual(['', '12 addresses found']);
    expect(found.slice(1, 4).map(([, text]) => text)).toEqual([
      '1 Fingerpost Lane, Exbridge, EX1 1AA',
      '2 Fingerpost Lane, Exbridge, EX1 1AA',
      '3 Fingerpost Lane, Exbridge, EX1 1AA',
    ]);
    expect(select.html).toContain(`href="${FIND}/manual">Enter the address manually`);

    const flat = found.find(([, text]) => text?.startsWith('Flat 2, 4'))!;
    expect((await client.post(`${FIND}/select`, { address: flat[0]! })).location).toBe(PAGE);
    const filled = await client.get(PAGE);
    expect(filled.status).toBe(200);
    expect(inputValue(filled.html, 'address-line1')).toBe('Flat 2, 4 Fingerpost Lane');
    expect(inputValue(filled.html, 'address-town')).toBe('Exbridge');
    expect(inputValue(filled.html, 'address-postcode')).toBe('EX1 1AA');
    expect(filled.html).toContain(`href="${FIND}">Find an address by postcode</a>`);

    const sent = await client.post(PAGE, {
      'address-line1': 'Flat 2, 4 Fingerpost Lane',
      'address-line2': '',
      'address-town': 'Exbridge',
      'address-county': 'Devonshire',
      'address-postcode': 'EX1 1AA',
    });
    expect(sent.location).toBe(`${J}/email-address`);
    await client.post(`${J}/email-address`, { emailAddress: '' });
    const check = await client.get(`${J}/check-answers`);
    expect(check.html).toContain('Flat 2, 4 Fingerpost Lane');

    // Changing it later shows the address held, with the look-up a link away.
    const change = await client.follow(await client.get(`${PAGE}/change`));
    expect(inputValue(change.html, 'address-line1')).toBe('Flat 2, 4 Fingerpost Lane');
  });

  it('narrows the list to the building number or name given with the postcode', async () => {
    const client = await atTheAddress(h);
    await client.post(FIND, { postcode: 'EX1 1AA', building: '4' });
    const select = await client.get(`${FIND}/select`);
    expect(options(select.html).map(([, text]) => text)).toEqual([
      '3 addresses found',
      'Flat 1, 4 Fingerpost Lane, Exbridge, EX1 1AA',
      'Flat 2, 4 Fingerpost Lane, Exbridge, EX1 1AA',
      'Flat 3, 4 Fingerpost Lane, Exbridge, EX1 1AA',
    ]);
    // A building that is not there: every address at the postcode, rather than none.
    await client.post(FIND, { postcode: 'EX1 1AA', building: '99' });
    expect(options((await client.get(`${FIND}/select`)).html)[0]).toEqual(['', '12 addresses found']);
  });

  it('says so when no address is chosen from the list', async () => {
    const client = await atTheAddress(h);
    await client.post(FIND, { postcode: 'EX1 1AA' });
    const refused = await client.follow(await client.post(`${FIND}/select`, { address: '' }));
    expect(refused.html).toMatch(/<title>Error: Select an address/);
    expect(refused.html).toContain('<a href="#address">Select an address</a>');
  });

  it('lets the resident type the address instead, from every look-up page', async () => {
    const client = await atTheAddress(h);
    expect((await client.get(`${FIND}/manual`)).location).toBe(PAGE);
    const page = await client.get(PAGE);
    expect(page.status).toBe(200);
    expect(inputValue(page.html, 'address-line1')).toBe('');
    expect(page.html).not.toContain('We cannot look up addresses');
    const sent = await client.post(PAGE, {
      'address-line1': '9 New Build Row',
      'address-town': 'Exbridge',
      'address-postcode': 'EX1 9XY',
    });
    expect(sent.location).toBe(`${J}/email-address`);
  });

  it('says when no address matches the postcode, with search again and manual entry', async () => {
    const client = await atTheAddress(h);
    await client.post(FIND, { postcode: 'EX9 9ZZ' });
    const none = await client.get(`${FIND}/select`);
    expect(none.html).toContain('No address found');
    expect(none.html).toContain('We could not find an address that matches EX9 9ZZ.');
    expect(none.html).toContain(`href="${FIND}">Search again</a>`);
    expect(none.html).toContain(`href="${FIND}/manual">Enter the address manually</a>`);
    expect(none.html).not.toContain('<select');
  });

  it('refuses a blank or unreal postcode with GOV.UK’s error, keeping what was typed', async () => {
    const client = await atTheAddress(h);
    const blank = await client.follow(await client.post(FIND, { postcode: ' ' }));
    expect(blank.html).toContain('<a href="#postcode">Enter a postcode</a>');
    const unreal = await client.follow(
      await client.post(FIND, { postcode: 'EX1', building: 'Rose Cottage' }),
    );
    expect(unreal.html).toMatch(/<title>Error: What is the address where the bin was missed\?/);
    expect(unreal.html).toContain('<a href="#postcode">Enter a real postcode</a>');
    expect(unreal.html).toMatch(
      /<p id="postcode-error" class="govuk-error-message">[\s\S]*Enter a real postcode/,
    );
    expect(inputValue(unreal.html, 'postcode')).toBe('EX1');
    expect(inputValue(unreal.html, 'building')).toBe('Rose Cottage');
  });

  it('sends the resident to the address inputs with a message when the provider is down, and logs why', async () => {
    provider = createCsvAddressProvider('/nonexistent/addresses.csv');
    try {
      const client = await atTheAddress(h);
      expect((await client.post(FIND, { postcode: 'EX1 1AA' })).location).toBe(PAGE);
      const page = await client.get(PAGE);
      expect(page.html).toContain('We cannot look up addresses at the moment. Enter the address below.');
      expect(page.html).not.toMatch(/<title>Error/);
      expect(logged.join('\n')).toMatch(
        /address look-up unavailable .*Cannot read \/nonexistent\/addresses\.csv/,
      );
      const sent = await client.post(PAGE, {
        'address-line1': '1 Fingerpost Lane',
        'address-town': 'Exbridge',
        'address-postcode': 'EX1 1AA',
      });
      expect(sent.location).toBe(`${J}/email-address`);

      // A provider that throws is treated the same way, never as a crash.
      provider = { lookup: () => Promise.reject(new Error('connection reset')) };
      const other = await atTheAddress(h);
      expect((await other.post(FIND, { postcode: 'EX1 1AA' })).location).toBe(PAGE);
      expect((await other.get(PAGE)).html).toContain('We cannot look up addresses at the moment');
    } finally {
      provider = createCsvAddressProvider(CSV);
    }
  });

  it('speaks Welsh', async () => {
    const client = await atTheAddress(h, 'cy');
    const find = await client.get(FIND);
    expect(find.html).toContain('Cod post');
    expect(find.html).toContain('Rhowch y cyfeiriad â llaw');
    expect(find.html).toContain('Dod o hyd i’r cyfeiriad');
    await client.post(FIND, { postcode: 'CF10 1AA' });
    const select = await client.get(`${FIND}/select`);
    expect(select.html).toContain('Dewiswch gyfeiriad');
    expect(options(select.html)[0]).toEqual(['', 'Daethpwyd o hyd i 10 cyfeiriad']);
    const refused = await client.follow(await client.post(FIND, { postcode: 'CF10' }));
    expect(refused.html).toContain('Rhowch god post go iawn');
  });

  it('refuses a look-up form without the session’s CSRF token', async () => {
    const client = await atTheAddress(h);
    const forged = await client.post(FIND, { postcode: 'EX1 1AA' }, false);
    expect(forged.status).toBe(403);
  });

  it('has no look-up pages for a question without the widget, or off the resident’s page', async () => {
    const client = await atTheAddress(h);
    expect((await client.get(`${J}/address/find-address/emailAddress`)).status).toBe(404);
    expect((await client.get(`${J}/email-address/find-address/address`)).location).toBe(PAGE);
  });
});

describe('an address question on a server without a look-up', () => {
  it('asks for the address lines straight away', async () => {
    const h = await pagesHarness([exampleJourney('report-missed-bin')], { clock });
    try {
      const client = await atTheAddress(h);
      const page = await client.get(PAGE);
      expect(page.status).toBe(200);
      expect(page.html).toContain('id="address-line1"');
      expect(page.html).not.toContain('Find an address by postcode');
      expect((await client.get(FIND)).status).toBe(404);
    } finally {
      await h.close();
    }
  });
});
