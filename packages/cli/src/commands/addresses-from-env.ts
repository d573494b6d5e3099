import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type AddressProvider, createCsvAddressProvider, createOsPlacesProvider } from '@fingerpost/server';

export interface AddressSource {
  provider: AddressProvider;
  /** Said at start-up, so nobody mistakes made-up addresses for real ones. */
  description: string;
}

/**
 * The postcode look-up `fingerpost serve` gives the pages, from the environment:
 * `FINGERPOST_OS_PLACES_KEY` (and `FINGERPOST_OS_PLACES_BASE_URL`) for Ordnance Survey's OS Places,
 * else `FINGERPOST_ADDRESSES_CSV` for a file of addresses, else the made-up addresses in the journeys
 * folder's `addresses/addresses.csv` (the examples' own, for development). None: no look-up, and
 * address questions ask for the lines.
 */
export function addressesFromEnv(env: NodeJS.ProcessEnv, journeysDir: string): AddressSource | undefined {
  if (env.FINGERPOST_OS_PLACES_KEY) {
    const baseUrl = env.FINGERPOST_OS_PLACES_BASE_URL;
    return {
      provider: createOsPlacesProvider({
        key: env.FINGERPOST_OS_PLACES_KEY,
        ...(baseUrl ? { baseUrl } : {}),
      }),
      description: `OS Places (${baseUrl ?? 'https://api.os.uk/search/places/v1'})`,
    };
  }
  const file = env.FINGERPOST_ADDRESSES_CSV ?? join(journeysDir, 'addresses', 'addresses.csv');
  if (env.FINGERPOST_ADDRESSES_CSV || existsSync(file)) {
    return { provider: createCsvAddressProvider(file), description: `made-up addresses from ${file}` };
  }
  return undefined;
}
