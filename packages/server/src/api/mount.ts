import type { Hono, MiddlewareHandler } from 'hono';
import { type AccessDeps, authorise } from '../auth/access';
import { readJsonBody } from '../http/json-body';
import type { Runtime } from '../runtime/runtime';
import { readParams, readQuery } from './request-input';
import { honoPath, type RouteSpec } from './route';

export interface MountDeps {
  runtime: Runtime;
  access: AccessDeps;
  /** The resident rate limit, for routes that are counted against it. */
  limiter: MiddlewareHandler | null;
  publicUrl: string | undefined;
}

/**
 * Registers every route of the table: rate limit, then authorisation (401/403), path parameters
 * (404), query (400) and body (415/400/422), then the handler. Each step throws HttpError; the app's
 * one onError answers.
 */
export function mountRoutes(app: Hono, routes: readonly RouteSpec[], deps: MountDeps): void {
  for (const route of routes) {
    const handle: MiddlewareHandler = async (c) => {
      const caller = await authorise(route.auth, c.req.raw, deps.access);
      const params = readParams(route, c);
      const query = readQuery(route, c);
      const body = route.body && 'json' in route.body ? await readJsonBody(c, route.body.json) : undefined;
      return route.handle({
        c,
        runtime: deps.runtime,
        caller,
        params,
        query,
        body,
        routes,
        publicUrl: deps.publicUrl,
      });
    };
    const handlers = route.rateLimited && deps.limiter ? [deps.limiter, handle] : [handle];
    app.on([route.method.toUpperCase()], [honoPath(route.path)], ...handlers);
  }
}
