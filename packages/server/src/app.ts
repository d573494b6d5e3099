import type { Clock } from '@fingerpost/core';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { mountRoutes } from './api/mount';
import { API_ROUTES } from './api/route-table';
import { MAX_UPLOAD_BYTES } from './api/routes/instance-extras';
import type { Authenticate, Principal } from './auth/principal';
import { type StaffTokens, staffTokenIndex, tokenDigest } from './auth/staff-tokens';
import { designerRoutes } from './designer-assets/serve-designer';
import { errorHandler, notFoundHandler, type RenderError } from './http/error-handler';
import { HttpError, problemResponse } from './http/http-error';
import { type RateLimitOptions, tokenBucket } from './http/rate-limit';
import { requireReadableTarget } from './http/request-target';
import { securityHeaders } from './http/security-headers';
import type { RandomBytes } from './runtime/ids';
import type { PayClientFor } from './runtime/payments';
import { createRuntime, type Runtime } from './runtime/runtime';
import type { Storage } from './storage/types';

export interface AppOptions {
  /** The runtime to serve; or give `storage` (migrated) and one is made. */
  runtime?: Runtime;
  storage?: Storage;
  clock?: Clock;
  random?: RandomBytes;
  /** The GOV.UK Pay account of each journey's payment steps (see payClientsFromEnv). */
  pay?: PayClientFor;
  /** Role-bearing staff tokens. */
  tokens?: StaffTokens;
  /** The OIDC hook: maps a request to a staff principal (after the static tokens). */
  authenticate?: Authenticate;
  /** The address the server is reached at, for the OpenAPI document. */
  publicUrl?: string;
  /** Largest request body in bytes (default 1 MiB; file uploads have their own 10 MiB). */
  bodyLimit?: number;
  /** Per-address limit on resident endpoints (default 600 a minute); false turns it off. */
  rateLimit?: RateLimitOptions | false;
  /**
   * The resident HTML pages (and anything else served off /api), mounted at /. They get the
   * runtime and a way to sign staff in with the same tokens and hook as the API.
   */
  pages?: (runtime: Runtime, services: PageServices) => Hono;
  /** The built designer app (apps/designer/dist), served at /designer; not served when absent. */
  designerDir?: string | null;
  /** Error pages for paths off the API. */
  renderError?: RenderError;
  /** Where server faults are logged (default: stderr). */
  log?: (line: string) => void;
}

/** What the app lends the pages it mounts. */
export interface PageServices {
  /** The staff member a bearer token belongs to: a configured token first, then the OIDC hook. */
  authenticateStaff(token: string): Promise<Principal | null>;
}

const UPLOAD_PATH = /^\/api\/v1\/instances\/[^/]+\/files$/;

/** File uploads: the API's upload endpoint, and the pages' multipart form posts. */
function isUpload(path: string, contentType: string | undefined): boolean {
  return (
    UPLOAD_PATH.test(path) ||
    (!path.startsWith('/api/') && (contentType ?? '').startsWith('multipart/form-data'))
  );
}

function limitBodies(defaultBytes: number): MiddlewareHandler {
  const onError = () => {
    throw new HttpError(413, 'body.too-large', 'The request body is too large');
  };
  const json = bodyLimit({ maxSize: defaultBytes, onError });
  const upload = bodyLimit({ maxSize: MAX_UPLOAD_BYTES, onError });
  return (c, next) => {
    const uploading = isUpload(c.req.path, c.req.header('content-type'));
    // A declared length is checked as it stands (Node never reads past it). Hono's limit would
    // turn the request into a web stream first, which costs more than a small JSON post itself.
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number(length) > (uploading ? MAX_UPLOAD_BYTES : defaultBytes)) onError();
      return next();
    }
    return uploading ? upload(c, next) : json(c, next);
  };
}

/**
 * The Hono app: the JSON API under /api/v1 (plus /healthz, /api/docs), security headers, body
 * limits, the resident rate limit, 404/405 and one error handler, with the pages mounted at /.
 * @example
 * const storage = openStorage('sqlite::memory:'); await storage.migrate();
 * const app = createApp({ storage, tokens: { designers: { secret: { id: 'dee' } } } });
 * const res = await app.request('/api/v1/journeys');
 */
export function createApp(options: AppOptions): Hono {
  const runtime =
    options.runtime ??
    (options.storage
      ? createRuntime({
          storage: options.storage,
          ...(options.clock ? { clock: options.clock } : {}),
          ...(options.random ? { random: options.random } : {}),
          ...(options.pay ? { pay: options.pay } : {}),
          ...(options.log ? { log: options.log } : {}),
        })
      : null);
  if (!runtime) throw new TypeError('createApp needs a runtime or a storage');
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const app = new Hono();
  const limiter = options.rateLimit === false ? null : tokenBucket(options.rateLimit ?? {});
  app.onError(errorHandler(log, options.renderError));
  app.notFound(notFoundHandler(options.renderError));
  app.use(securityHeaders());
  app.use(requireReadableTarget());
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        problemResponse(
          new HttpError(
            405,
            'method-not-allowed',
            `${c.req.method} is not allowed here: use ${methods.join(', ')}`,
            {
              headers: { allow: methods.join(', ') },
            },
          ),
        ),
    }),
  );
  app.use(limitBodies(options.bodyLimit ?? 1024 * 1024));
  // The pages' form posts are resident endpoints too; their GETs are cheap and left alone.
  if (limiter)
    app.use(async (c, next) =>
      c.req.method === 'POST' && !c.req.path.startsWith('/api/') ? limiter(c, next) : next(),
    );
  const staffTokens = staffTokenIndex(options.tokens ?? {});
  mountRoutes(app, API_ROUTES, {
    runtime,
    access: { staffTokens, authenticate: options.authenticate },
    limiter,
    publicUrl: options.publicUrl,
  });
  const authenticateStaff = async (token: string): Promise<Principal | null> =>
    staffTokens.get(tokenDigest(token)) ??
    (options.authenticate
      ? options.authenticate(
          new Request('http://fingerpost.invalid/', { headers: { authorization: `Bearer ${token}` } }),
        )
      : null);
  // Before the pages: their /{journeyId} route would otherwise take /designer for a journey.
  if (options.designerDir) app.route('/', designerRoutes(options.designerDir));
  if (options.pages) app.route('/', options.pages(runtime, { authenticateStaff }));
  return app;
}
