/** The fetch a connected-service client uses; tests pass their own to reach a fake or to fail on purpose. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** What came back from a provider: a response (any status), or why nothing did. */
export type HttpOutcome =
  | { kind: 'response'; status: number; body: unknown }
  | { kind: 'timeout'; message: string }
  | { kind: 'network'; message: string };

export interface JsonRequest {
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
  timeoutMs: number;
}

/**
 * Sends one request and reads the reply as JSON (undefined when it is not JSON). Never throws:
 * a timeout or a connection that fails comes back as a value, so a provider outage can never
 * crash the journey that called it.
 *
 * @example
 * const outcome = await requestJson(fetch, 'https://example.test/v1/payments/abc', { method: 'GET', timeoutMs: 5000 });
 * if (outcome.kind === 'response' && outcome.status === 200) console.log(outcome.body);
 */
export async function requestJson(
  fetchFn: FetchLike,
  url: string,
  request: JsonRequest,
): Promise<HttpOutcome> {
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  try {
    const response = await fetchFn(url, {
      method: request.method,
      headers,
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    const text = await response.text();
    return { kind: 'response', status: response.status, body: parseJson(text) };
  } catch (caught) {
    const name = caught instanceof Error ? caught.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') {
      return { kind: 'timeout', message: `No reply within ${request.timeoutMs} ms` };
    }
    const cause = caught instanceof Error && caught.cause instanceof Error ? `: ${caught.cause.message}` : '';
    return {
      kind: 'network',
      message: `${caught instanceof Error ? caught.message : 'Request failed'}${cause}`,
    };
  }
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads a property of an untyped JSON value without trusting its shape. */
export function prop(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
export const int = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) ? value : undefined;
