import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type LocalServer, serveLocally } from '../http/serve-local';
import { createFakeOsPlaces, type DpaRecord, type FakeOsPlaces } from './fake-os-places';
import { createOsPlacesProvider } from './os-places-provider';

const KEY = 'os-test-key';
const street = (n: number): DpaRecord => ({
  UPRN: String(990000100000 + n),
  ADDRESS: `${n}, FORE STREET, EXBRIDGE, EX1 1AA`,
  BUILDING_NUMBER: String(n),
  THOROUGHFARE_NAME: 'FORE STREET',
  POST_TOWN: 'EXBRIDGE',
  POSTCODE: 'EX1 1AA',
});
const tower: DpaRecord[] = Array.from({ length: 250 }, (_, i) => ({
  UPRN: String(990000200000 + i),
  SUB_BUILDING_NAME: `FLAT ${i + 1}`,
  BUILDING_NAME: 'RIVERSIDE TOWER',
  THOROUGHFARE_NAME: 'QUAY ROAD',
  POST_TOWN: 'EXBRIDGE',
  POSTCODE: 'EX2 4ZZ',
}));

let fake: FakeOsPlaces;
let server: LocalServer;
beforeAll(async () => {
  fake = createFakeOsPlaces({ key: KEY, records: [street(10), street(2), street(1), ...tower] });
  server = await serveLocally(fake.app.fetch);
});
afterAll(() => server.close());
afterEach(() => {
  fake.setFailure(null);
  fake.setLatency(0);
  fake.requests.length = 0;
});

const provider = (options: { key?: string; timeoutMs?: number } = {}) =>
  createOsPlacesProvider({
    baseUrl: `${server.url}/search/places/v1`,
    key: options.key ?? KEY,
    timeoutMs: options.timeoutMs ?? 2000,
  });

describe('OS Places look-up', () => {
  it('asks for the normalised postcode in the DPA dataset with the key', async () => {
    await provider().lookup('ex11aa');
    expect(fake.requests.map((q) => Object.fromEntries(q))).toEqual([
      { postcode: 'EX1 1AA', key: KEY, dataset: 'DPA', maxresults: '100', offset: '0' },
    ]);
  });

  it('gives readable addresses in house-number order', async () => {
    const found = await provider().lookup('EX1 1AA');
    expect(found).toEqual({
      ok: true,
      addresses: [1, 2, 10].map((n) => ({
        uprn: String(990000100000 + n),
        line1: `${n} Fore Street`,
        town: 'Exbridge',
        postcode: 'EX1 1AA',
        label: `${n} Fore Street, Exbridge, EX1 1AA`,
      })),
    });
  });

  it('reads every page of a postcode with more than 100 addresses', async () => {
    const found = await provider().lookup('EX2 4ZZ');
    expect(found.ok && found.addresses.length).toBe(250);
    expect(found.ok && found.addresses[0]?.line1).toBe('Flat 1, Riverside Tower, Quay Road');
    expect(found.ok && found.addresses[249]?.line1).toBe('Flat 250, Riverside Tower, Quay Road');
    expect(fake.requests.map((q) => q.get('offset'))).toEqual(['0', '100', '200']);
  });

  it('gives an empty list for a postcode with no addresses', async () => {
    expect(await provider().lookup('EX9 9ZZ')).toEqual({ ok: true, addresses: [] });
  });

  it('says "Enter a real postcode" without asking OS Places when the postcode is malformed', async () => {
    expect(await provider().lookup('EX1')).toEqual({
      ok: false,
      error: { code: 'address.invalid-postcode', message: 'Enter a real postcode' },
    });
    expect(fake.requests).toEqual([]);
  });

  it('treats OS Places rejecting the postcode (400) as an invalid postcode', async () => {
    fake.setFailure(400);
    expect(await provider().lookup('EX1 1AA')).toMatchObject({
      ok: false,
      error: { code: 'address.invalid-postcode' },
    });
  });
});

describe('when OS Places fails, the look-up is unavailable and the page offers manual entry', () => {
  it('a refused key', async () => {
    const result = await provider({ key: 'expired-key' }).lookup('EX1 1AA');
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'address.unavailable',
        message: 'OS Places refused the API key (HTTP 401). Check the key has the OS Places API added',
      },
    });
  });

  it.each([500, 503, 429])('HTTP %i', async (status) => {
    fake.setFailure(status);
    expect(await provider().lookup('EX1 1AA')).toEqual({
      ok: false,
      error: { code: 'address.unavailable', message: `OS Places answered HTTP ${status}` },
    });
  });

  it('no answer within the timeout', async () => {
    fake.setLatency(1000);
    expect(await provider({ timeoutMs: 100 }).lookup('EX1 1AA')).toMatchObject({
      ok: false,
      error: {
        code: 'address.unavailable',
        message: 'OS Places could not be reached: No reply within 100 ms',
      },
    });
  });

  it('nothing listening', async () => {
    const gone = await serveLocally(() => new Response(''));
    await gone.close();
    const result = await createOsPlacesProvider({ baseUrl: gone.url, key: KEY }).lookup('EX1 1AA');
    expect(result).toMatchObject({ ok: false, error: { code: 'address.unavailable' } });
  });
});
