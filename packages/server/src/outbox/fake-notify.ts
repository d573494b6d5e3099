import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';

/** An email the fake accepted. */
export interface FakeNotifyEmail {
  id: string;
  templateId: string;
  emailAddress: string;
  personalisation: Record<string, unknown>;
  reference: string | null;
}

export interface FakeNotifyOptions {
  /** The key the fake accepts: `<name>-<service id>-<secret key>`, as Notify issues them. */
  apiKey: string;
  /** Templates by id, with the placeholders each needs; any UUID is accepted when absent. */
  templates?: Record<string, { placeholders: string[] }>;
  /** Seconds since the epoch, for the token's `iat` check (default: the system clock). */
  nowSeconds?: () => number;
}

export interface FakeNotify {
  /** A Hono app: serve it with serveLocally. */
  app: Hono;
  /** Emails accepted, in order. */
  sent: FakeNotifyEmail[];
  /** Every request received, answered or not. */
  received: number;
  /** The next `count` well-formed requests answer `status` (500 unless given). */
  failNext(count: number, status?: number): void;
  /** Delays every answer, to test timeouts. */
  setLatency(ms: number): void;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ERROR_NAMES: Record<number, string> = {
  400: 'BadRequestError',
  403: 'AuthError',
  429: 'RateLimitError',
  500: 'Exception',
};

const base64url = (text: string) => Buffer.from(text, 'base64url').toString('utf8');

/** Notify's check of the bearer token: HS256, issued by the service, signed with its secret, fresh. */
function tokenProblem(header: string | undefined, apiKey: string, now: number): string | null {
  const serviceId = apiKey.slice(-73, -37);
  const secret = apiKey.slice(-36);
  const match = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(header ?? '');
  if (!match) return 'Unauthorized: authentication token must be provided';
  const [, head, body, signature] = match as unknown as [string, string, string, string];
  let claims: { alg?: string; iss?: string; iat?: number };
  try {
    claims = { ...JSON.parse(base64url(head)), ...JSON.parse(base64url(body)) };
  } catch {
    return 'Invalid token: it is not a JWT';
  }
  if (claims.alg !== 'HS256') return 'Invalid token: algorithm must be HS256';
  const expected = createHmac('sha256', secret).update(`${head}.${body}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return 'Invalid token: signature, api token not found';
  if (claims.iss !== serviceId) return 'Invalid token: service not found';
  if (typeof claims.iat !== 'number' || Math.abs(now - claims.iat) > 30)
    return 'Error: Your system clock must be accurate to within 30 seconds';
  return null;
}

function bodyProblem(body: Record<string, unknown>, options: FakeNotifyOptions): string | null {
  const templateId = body.template_id;
  if (typeof templateId !== 'string' || !UUID.test(templateId)) return 'template_id is not a valid UUID';
  if (typeof body.email_address !== 'string' || !EMAIL.test(body.email_address))
    return 'email_address Not a valid email address';
  if (body.reference !== undefined && typeof body.reference !== 'string') return 'reference is not a string';
  const personalisation = body.personalisation ?? {};
  if (typeof personalisation !== 'object' || personalisation === null || Array.isArray(personalisation))
    return 'personalisation is not an object';
  if (options.templates) {
    const template = options.templates[templateId];
    if (!template) return 'Template not found';
    const missing = template.placeholders.filter((p) => !(p in personalisation));
    if (missing.length > 0) return `Missing personalisation: ${missing.join(', ')}`;
  }
  return null;
}

/**
 * A fake of GOV.UK Notify's email endpoint (POST /v2/notifications/email) for tests and local
 * development. It checks what the real one checks: the bearer JWT (HS256, `iss` the service id,
 * signed with the key's secret, `iat` within 30 seconds), a UUID template with its placeholders,
 * a valid address; it answers errors in Notify's shape, and fails or stalls on demand.
 * @example
 * const fake = createFakeNotify({ apiKey });
 * const server = await serveLocally(fake.app.fetch);
 * // notify: { apiKey, baseUrl: server.url }
 */
export function createFakeNotify(options: FakeNotifyOptions): FakeNotify {
  const now = options.nowSeconds ?? (() => Date.now() / 1000);
  let failures: { count: number; status: number } = { count: 0, status: 500 };
  let latency = 0;
  const app = new Hono();
  const fake: FakeNotify = {
    app,
    sent: [],
    received: 0,
    failNext(count, status = 500) {
      failures = { count, status };
    },
    setLatency(ms) {
      latency = ms;
    },
  };
  const error = (status: number, message: string) =>
    Response.json(
      { status_code: status, errors: [{ error: ERROR_NAMES[status] ?? 'Exception', message }] },
      { status },
    );

  app.post('/v2/notifications/email', async (c) => {
    fake.received++;
    if (latency > 0) await new Promise((done) => setTimeout(done, latency));
    const auth = tokenProblem(c.req.header('authorization'), options.apiKey, now());
    if (auth) return error(403, auth);
    let body: Record<string, unknown>;
    try {
      body = (await c.req.json()) as Record<string, unknown>;
    } catch {
      return error(400, 'Invalid JSON supplied in POST data');
    }
    const problem = bodyProblem(body, options);
    if (problem) return error(400, problem);
    if (failures.count > 0) {
      failures.count--;
      return error(failures.status, 'Internal server error');
    }
    const email: FakeNotifyEmail = {
      id: randomUUID(),
      templateId: body.template_id as string,
      emailAddress: body.email_address as string,
      personalisation: (body.personalisation ?? {}) as Record<string, unknown>,
      reference: typeof body.reference === 'string' ? body.reference : null,
    };
    fake.sent.push(email);
    const url = new URL(c.req.url);
    return c.json(
      {
        id: email.id,
        reference: email.reference,
        content: {
          body: 'Fake body',
          subject: 'Fake subject',
          from_email: 'council@notifications.service.gov.uk',
        },
        uri: `${url.origin}/v2/notifications/${email.id}`,
        template: { id: email.templateId, version: 1, uri: `${url.origin}/v2/template/${email.templateId}` },
      },
      201,
    );
  });
  return fake;
}
