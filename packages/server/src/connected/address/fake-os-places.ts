import { Hono } from 'hono';

/** A DPA record as OS Places returns it: Royal Mail's fields, in capitals. */
export type DpaRecord = Partial<
  Record<
    | 'UPRN'
    | 'ADDRESS'
    | 'ORGANISATION_NAME'
    | 'SUB_BUILDING_NAME'
    | 'BUILDING_NAME'
    | 'BUILDING_NUMBER'
    | 'DEPENDENT_THOROUGHFARE_NAME'
    | 'THOROUGHFARE_NAME'
    | 'DOUBLE_DEPENDENT_LOCALITY'
    | 'DEPENDENT_LOCALITY'
    | 'POST_TOWN'
    | 'POSTCODE',
    string
  >
>;

export interface FakeOsPlaces {
  app: Hono;
  /** The query strings received, so tests can check the key, dataset and paging sent. */
  requests: URLSearchParams[];
  /** Answer every request with this HTTP status (400, 401, 503…) until set back to null. */
  setFailure(status: number | null): void;
  setLatency(ms: number): void;
}

const compact = (postcode: string) => postcode.replace(/\s+/g, '').toUpperCase();

/**
 * A fake of the OS Places API's postcode endpoint (GET /search/places/v1/postcode) serving the
 * records given, with its paging (maxresults, offset), its key check and its error bodies.
 *
 * @example
 * const fake = createFakeOsPlaces({ key: 'test-key', records: [{ UPRN: '1', BUILDING_NUMBER: '1', … }] });
 * const server = await serveLocally(fake.app.fetch);
 * createOsPlacesProvider({ baseUrl: `${server.url}/search/places/v1`, key: 'test-key' });
 */
export function createFakeOsPlaces(options: { key?: string; records: DpaRecord[] }): FakeOsPlaces {
  const key = options.key ?? 'os-test-key';
  const requests: URLSearchParams[] = [];
  let failure: number | null = null;
  let latencyMs = 0;
  const app = new Hono();

  app.get('/search/places/v1/postcode', async (c) => {
    const query = new URL(c.req.url).searchParams;
    requests.push(query);
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const postcode = query.get('postcode') ?? '';
    const badPostcode = {
      error: {
        statuscode: 400,
        message: `Requested postcode must contain a minimum of the sector plus 1 digit of the district e.g. SO1. Requested postcode was ${postcode}`,
      },
    };
    if (failure === 400) return c.json(badPostcode, 400);
    if (failure === 401 || query.get('key') !== key) {
      return c.json(
        { fault: { faultstring: 'Invalid ApiKey', detail: { errorcode: 'oauth.v2.InvalidApiKey' } } },
        401,
      );
    }
    if (failure !== null)
      return c.json({ error: { statuscode: failure, message: 'Service unavailable' } }, failure as 503);
    if (!/^[A-Z]{1,2}\d/.test(compact(postcode))) return c.json(badPostcode, 400);
    const matching = options.records.filter((record) => compact(record.POSTCODE ?? '') === compact(postcode));
    const offset = Number(query.get('offset') ?? 0);
    const max = Math.min(Number(query.get('maxresults') ?? 100), 100);
    const page = matching.slice(offset, offset + max);
    return c.json({
      header: {
        uri: c.req.url,
        query: `postcode=${postcode}`,
        offset,
        totalresults: matching.length,
        format: 'JSON',
        dataset: 'DPA',
        lr: 'EN,CY',
        maxresults: max,
        epoch: '120',
        output_srs: 'EPSG:27700',
      },
      ...(page.length > 0 ? { results: page.map((record) => ({ DPA: record })) } : {}),
    });
  });

  return {
    app,
    requests,
    setFailure: (status) => {
      failure = status;
    },
    setLatency: (ms) => {
      latencyMs = ms;
    },
  };
}
