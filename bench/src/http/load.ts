import autocannon from 'autocannon';
import type { PageRequest } from './workload';

/** A started application the load generator drives: its id and the resident's resume token. */
export interface Resident {
  instanceId: string;
  resumeToken: string;
}

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  seconds: number;
  /** Requests that did not get a 2xx, plus connection errors and timeouts. */
  failed: number;
  /** How many answers of each status code, e.g. "200×9000, 409×3": says what the failures were. */
  statuses: string;
}

export interface LoadOptions {
  url: string;
  connections: number;
  /** A number of requests, or a duration in seconds. */
  amount?: number;
  seconds?: number;
  /** Requests per second across all connections; as fast as the server answers when absent. */
  overallRate?: number;
  sequence: PageRequest[];
  /** Path of a page submission; the bare endpoint and the API differ. */
  pathOf(resident: Resident, stepId: string): string;
  /** Takes the next fresh application; called when a connection starts a resident's way. */
  take(): Resident;
  /** Told of every application a connection has finished (all its pages sent). */
  finished?(resident: Resident): void;
}

/**
 * Sends page submissions (`amount` of them, or for `seconds`) over `connections` keep-alive connections. Each connection plays
 * residents one after another: the whole page sequence of one application, then a fresh one, so
 * every request is a valid submission of the page the application is on.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const last = options.sequence.length - 1;
  const requests = options.sequence.map((page, index) => ({
    method: 'POST',
    setupRequest(request: object, context: Record<string, unknown>) {
      // autocannon resets the context when it wraps to the first request: a new resident.
      if (index === 0) context.resident = options.take();
      const resident = context.resident as Resident;
      if (index === last) options.finished?.(resident);
      return {
        ...request,
        method: 'POST',
        path: options.pathOf(resident, page.stepId),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${resident.resumeToken}` },
        body: page.body,
      };
    },
  }));
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    ...(options.amount !== undefined ? { amount: options.amount } : { duration: options.seconds ?? 10 }),
    timeout: 30,
    ...(options.overallRate !== undefined ? { overallRate: options.overallRate } : {}),
    requests,
  });
  return {
    requests: result.requests.total,
    perSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    seconds: result.duration,
    failed: result.non2xx + result.errors + result.timeouts,
    statuses: [
      // autocannon counts answers per status code; its types leave the field out.
      ...Object.entries(
        (result as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {},
      ).map(([code, stat]) => `${code}×${stat.count}`),
      ...(result.errors > 0 ? [`errors×${result.errors}`] : []),
      ...(result.timeouts > 0 ? [`timeouts×${result.timeouts}`] : []),
    ].join(', '),
  };
}
