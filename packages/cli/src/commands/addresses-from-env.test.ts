import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createFakeOsPlaces, serveLocally } from '@fingerpost/server';
import { describe, expect, it } from 'vitest';
import { addressesFromEnv } from './addresses-from-env';

const EXAMPLES = resolve(__dirname, '..', '..', '..', '..', 'examples');

describe('the address look-up from the environment', () => {
  it('uses the examples’ made-up addresses when nothing is configured', async () => {
    const source = addressesFromEnv({}, EXAMPLES);
    expect(source?.description).toContain('addresses.csv');
    const result = await source!.provider.lookup('cf10 1aa');
    expect(result.ok && result.addresses.length).toBe(10);
  });

  it('has no look-up for a journeys folder without addresses, so questions ask for the lines', () => {
    expect(addressesFromEnv({}, mkdtempSync(join(tmpdir(), 'fingerpost-no-addresses-')))).toBeUndefined();
  });

  it('reads FINGERPOST_ADDRESSES_CSV, and a missing file makes look-ups unavailable rather than failing', async () => {
    const source = addressesFromEnv({ FINGERPOST_ADDRESSES_CSV: '/nonexistent/addresses.csv' }, EXAMPLES);
    expect(await source!.provider.lookup('EX1 1AA')).toMatchObject({
      ok: false,
      error: { code: 'address.unavailable' },
    });
  });

  it('asks OS Places with the key when FINGERPOST_OS_PLACES_KEY is set', async () => {
    const fake = createFakeOsPlaces({ key: 'os-key', records: [] });
    const local = await serveLocally(fake.app.fetch);
    try {
      const source = addressesFromEnv(
        {
          FINGERPOST_OS_PLACES_KEY: 'os-key',
          FINGERPOST_OS_PLACES_BASE_URL: `${local.url}/search/places/v1`,
        },
        EXAMPLES,
      );
      expect(source?.description).toContain(`${local.url}/search/places/v1`);
      expect(await source!.provider.lookup('EX1 1AA')).toEqual({ ok: true, addresses: [] });
      const wrong = addressesFromEnv(
        { FINGERPOST_OS_PLACES_KEY: 'wrong', FINGERPOST_OS_PLACES_BASE_URL: `${local.url}/search/places/v1` },
        EXAMPLES,
      );
      expect(await wrong!.provider.lookup('EX1 1AA')).toMatchObject({
        error: { code: 'address.unavailable' },
      });
    } finally {
      await local.close();
    }
  });
});
