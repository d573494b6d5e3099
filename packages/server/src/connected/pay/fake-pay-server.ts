import { Hono } from 'hono';
import { type LocalServer, serveLocally } from '../http/serve-local';
import { fakeFinishedPage, fakePaymentPage } from './fake-pay-page';
import { type FakePayAction, type FakePayment, FakePayStore } from './fake-pay-store';
import { readCreate, readRefundBody } from './fake-pay-validate';

export interface FakePayOptions {
  /** The API key the fake accepts as "Authorization: Bearer …". Default 'api_test_fingerpost'. */
  apiKey?: string;
  /** Milliseconds since the epoch; tests move it on to expire payments. Default Date.now. */
  now?: () => number;
  /** How long a resident has to pay. Default 90 minutes, as GOV.UK Pay. */
  expiryMinutes?: number;
}

/** One request the fake received, so tests can check what the client sent. */
export interface FakePayRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  body: unknown;
}

export interface FakePay {
  /** A Hono app: serve it, or call `app.fetch` directly. */
  app: Hono;
  store: FakePayStore;
  requests: FakePayRequest[];
  /** While on, every /v1 API call answers 503 (P0999), as in a GOV.UK Pay outage. */
  setOutage(on: boolean): void;
  /** Delays every /v1 reply, to test client timeouts. */
  setLatency(ms: number): void;
  act(paymentId: string, action: FakePayAction): boolean;
}

const ACTIONS: ReadonlySet<string> = new Set<FakePayAction>([
  'start',
  'succeed',
  'decline',
  'cancel',
  'expire',
  'error',
]);
const PAGE_ACTIONS: ReadonlySet<string> = new Set(['succeed', 'decline', 'cancel']);

/**
 * A fake of GOV.UK Pay's public API for tests and local development: create, get and refund
 * payments; a payment page with a button per outcome at each payment's next_url; and test
 * controls at POST /__control/{paymentId}/{succeed|decline|cancel|expire|error|start},
 * POST /__control/outage/{on|off} and POST /__control/latency/{ms}.
 *
 * @example
 * const fake = createFakePay();
 * const server = await serveLocally(fake.app.fetch);
 * const pay = createPayClient({ baseUrl: server.url, apiKey: 'api_test_fingerpost' });
 */
export function createFakePay(options: FakePayOptions = {}): FakePay {
  const apiKey = options.apiKey ?? 'api_test_fingerpost';
  const store = new FakePayStore(options.now ?? Date.now, (options.expiryMinutes ?? 90) * 60_000);
  const requests: FakePayRequest[] = [];
  let outage = false;
  let latencyMs = 0;
  const app = new Hono();
  const origin = (url: string) => new URL(url).origin;
  const apiError = (code: string, description: string, field?: string) => ({
    ...(field ? { field } : {}),
    code,
    description,
  });

  app.use('/v1/*', async (c, next) => {
    const raw = c.req.method === 'POST' ? await c.req.raw.clone().text() : '';
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      // Keep the raw text: the route answers P0197 for it.
    }
    requests.push({
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      authorization: c.req.header('authorization'),
      idempotencyKey: c.req.header('idempotency-key'),
      body,
    });
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    if (outage) return c.json(apiError('P0999', 'GOV.UK Pay is temporarily down'), 503);
    if (c.req.header('authorization') !== `Bearer ${apiKey}`)
      return c.json({ description: 'Unauthorised' }, 401);
    await next();
  });

  app.post('/v1/payments', async (c) => {
    const raw = await c.req.text();
    const read = readCreate(raw);
    if (!read.ok) return c.json(apiError(read.code, read.description, read.field), read.status);
    const key = c.req.header('idempotency-key');
    if (key) {
      const earlier = store.byIdempotencyKey(key);
      if (earlier && earlier.requestBody === JSON.stringify(read.value)) {
        return c.json(store.toJson(earlier, origin(c.req.url)), 200);
      }
      if (earlier)
        return c.json(
          apiError('P0191', 'The Idempotency-Key has already been used for another payment'),
          409,
        );
    }
    const payment = store.create({
      ...read.value,
      requestBody: JSON.stringify(read.value),
      ...(key ? { idempotencyKey: key } : {}),
    });
    return c.json(store.toJson(payment, origin(c.req.url)), 201);
  });

  app.get('/v1/payments/:id', (c) => {
    const payment = store.get(c.req.param('id'));
    if (!payment) return c.json(apiError('P0200', 'Not found'), 404);
    return c.json(store.toJson(payment, origin(c.req.url)));
  });

  app.post('/v1/payments/:id/refunds', async (c) => {
    const payment = store.get(c.req.param('id'));
    if (!payment) return c.json(apiError('P0600', 'Not found'), 404);
    const read = readRefundBody(await c.req.text());
    if (!read.ok) return c.json(apiError(read.code, read.description, read.field), read.status);
    const available = store.refundable(payment);
    if (payment.status !== 'success' || read.value.amount > available) {
      return c.json(apiError('P0603', 'The payment is not available for refund'), 400);
    }
    if (read.value.refundAmountAvailable !== available) {
      return c.json(apiError('P0604', 'Refund amount available mismatch'), 412);
    }
    const refund = store.refund(payment, read.value.amount);
    const self = `${origin(c.req.url)}/v1/payments/${payment.paymentId}`;
    return c.json(
      {
        refund_id: refund.refundId,
        created_date: refund.createdDate,
        amount: refund.amount,
        status: 'success',
        _links: {
          self: { href: `${self}/refunds/${refund.refundId}`, method: 'GET' },
          payment: { href: self, method: 'GET' },
        },
      },
      202,
    );
  });

  const page = (payment: FakePayment) =>
    payment.status === 'created' || payment.status === 'started'
      ? fakePaymentPage(payment)
      : fakeFinishedPage(payment);

  app.get('/pay/:id', (c) => {
    const payment = store.get(c.req.param('id'));
    if (!payment) return c.text('No such payment', 404);
    store.act(payment.paymentId, 'start');
    return c.html(page(payment));
  });

  app.post('/pay/:id/:action', (c) => {
    const payment = store.get(c.req.param('id'));
    const action = c.req.param('action');
    if (!payment || !PAGE_ACTIONS.has(action)) return c.text('Not found', 404);
    store.act(payment.paymentId, action as FakePayAction);
    return c.redirect(payment.returnUrl, 303);
  });

  app.post('/__control/outage/:mode', (c) => {
    outage = c.req.param('mode') === 'on';
    return c.json({ outage });
  });

  app.post('/__control/latency/:ms', (c) => {
    latencyMs = Math.max(0, Number.parseInt(c.req.param('ms'), 10) || 0);
    return c.json({ latencyMs });
  });

  app.post('/__control/:id/:action', (c) => {
    const action = c.req.param('action');
    if (!ACTIONS.has(action)) return c.json({ error: `Unknown action "${action}"` }, 400);
    const payment = store.get(c.req.param('id'));
    if (!payment) return c.json({ error: 'No such payment' }, 404);
    const changed = store.act(payment.paymentId, action as FakePayAction);
    return c.json({ changed, state: store.toJson(payment, origin(c.req.url)).state }, changed ? 200 : 409);
  });

  return {
    app,
    store,
    requests,
    setOutage: (on) => {
      outage = on;
    },
    setLatency: (ms) => {
      latencyMs = ms;
    },
    act: (paymentId, action) => store.act(paymentId, action),
  };
}

/**
 * Starts the fake GOV.UK Pay on 127.0.0.1 at a free port.
 *
 * @example
 * const { fake, server } = await startFakePayServer();
 * // … point createPayClient at server.url …
 * await server.close();
 */
export async function startFakePayServer(
  options: FakePayOptions = {},
): Promise<{ fake: FakePay; server: LocalServer }> {
  const fake = createFakePay(options);
  return { fake, server: await serveLocally(fake.app.fetch) };
}
