import { type FetchLike, type HttpOutcome, int, prop, requestJson } from '../http/request-json';
import { sortAddresses } from './address-label';
import { addressFromDpa } from './os-places-lines';
import { INVALID_POSTCODE, normalisePostcode } from './postcode';
import type { Address, AddressLookupResult, AddressProvider } from './types';

export interface OsPlacesOptions {
  /** Default https://api.os.uk/search/places/v1. */
  baseUrl?: string;
  /** An OS Data Hub project API key with the OS Places API added. */
  key: string;
  fetch?: FetchLike;
  /** Per request. Default 5,000 ms: a resident is waiting, and manual entry is always there. */
  timeoutMs?: number;
  /** The most addresses read for one postcode (OS Places pages 100 at a time). Default 500. */
  maxAddresses?: number;
}

const PAGE = 100;

function unavailable(outcome: HttpOutcome): AddressLookupResult {
  let message: string;
  if (outcome.kind !== 'response') message = `OS Places could not be reached: ${outcome.message}`;
  else if (outcome.status === 401 || outcome.status === 403)
    message = `OS Places refused the API key (HTTP ${outcome.status}). Check the key has the OS Places API added`;
  else message = `OS Places answered HTTP ${outcome.status}`;
  return { ok: false, error: { code: 'address.unavailable', message } };
}

/**
 * Looks addresses up in Ordnance Survey's OS Places API (the `postcode` endpoint, DPA dataset:
 * Royal Mail delivery addresses). Never throws: a refused key, an outage or a timeout gives
 * address.unavailable, and OS Places rejecting the postcode gives address.invalid-postcode.
 *
 * @example
 * const addresses = createOsPlacesProvider({ key: process.env.FINGERPOST_OS_PLACES_KEY! });
 * const found = await addresses.lookup('SW1A 2AA');
 * if (!found.ok) showManualEntry();
 */
export function createOsPlacesProvider(options: OsPlacesOptions): AddressProvider {
  const base = (options.baseUrl ?? 'https://api.os.uk/search/places/v1').replace(/\/+$/, '');
  const fetchFn = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 5000;
  const maxAddresses = options.maxAddresses ?? 500;

  return {
    async lookup(postcode: string): Promise<AddressLookupResult> {
      const normalised = normalisePostcode(String(postcode ?? ''));
      if (!normalised) return INVALID_POSTCODE;
      const addresses: Address[] = [];
      for (let offset = 0; offset < maxAddresses; offset += PAGE) {
        const query = new URLSearchParams({
          postcode: normalised,
          key: options.key,
          dataset: 'DPA',
          maxresults: String(PAGE),
          offset: String(offset),
        });
        const outcome = await requestJson(fetchFn, `${base}/postcode?${query}`, { method: 'GET', timeoutMs });
        if (outcome.kind === 'response' && outcome.status === 400) return INVALID_POSTCODE;
        if (outcome.kind !== 'response' || outcome.status !== 200) return unavailable(outcome);
        const results = prop(outcome.body, 'results');
        const total = int(prop(prop(outcome.body, 'header'), 'totalresults'));
        if (results !== undefined && !Array.isArray(results)) {
          return {
            ok: false,
            error: { code: 'address.unavailable', message: 'OS Places sent results that could not be read' },
          };
        }
        for (const result of results ?? []) {
          const address = addressFromDpa(prop(result, 'DPA'));
          if (address) addresses.push(address);
        }
        const seen = offset + (results?.length ?? 0);
        if (!results || results.length < PAGE || total === undefined || seen >= total) break;
      }
      // OS Places can list a delivery point twice across datasets; one entry per UPRN is enough.
      const unique = new Map(addresses.map((a) => [a.uprn ?? a.label, a]));
      return { ok: true, addresses: sortAddresses([...unique.values()]) };
    },
  };
}
