import type { Context } from 'hono';
import type { AuthKind, Caller, RoleScope } from '../auth/access';
import type { Runtime } from '../runtime/runtime';
import type { JsonSchema } from './json-schema';

export type Method = 'get' | 'post' | 'put' | 'delete';

export interface ResponseSpec {
  description: string;
  schema?: JsonSchema;
  /** application/json unless given. */
  contentType?: string;
}

/** What a handler receives: the request, already authorised and validated. */
export interface HandlerInput<B> {
  c: Context;
  runtime: Runtime;
  caller: Caller;
  params: Record<string, string>;
  query: Record<string, string | number | boolean | undefined>;
  body: B;
  /** The whole route table (for the OpenAPI document and the docs page). */
  routes: readonly RouteSpec[];
  /** The server's public URL, when configured (for the OpenAPI document's servers). */
  publicUrl: string | undefined;
}

/**
 * One operation of the API. The table of these is the single source for routing, authorisation,
 * request validation, the OpenAPI document and the authorisation matrix test.
 */
export interface RouteSpec<B = unknown> {
  method: Method;
  /** OpenAPI-style path: `/api/v1/instances/{instanceId}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag:
    | 'service'
    | 'journeys'
    | 'applications'
    | 'caseworkers'
    | 'designers'
    | 'co-design'
    | 'data protection';
  auth: AuthKind;
  roleScope?: RoleScope;
  /** Query parameters (strings, or integer/boolean to convert); a bad one answers 400. */
  query?: Record<string, JsonSchema>;
  /** A JSON body and its schema (an absent body reads as {}), or raw bytes of any media type. */
  body?: { json: JsonSchema; required?: boolean } | { binary: true; maxBytes: number };
  /** Counted against the per-address rate limit of resident endpoints. */
  rateLimited?: boolean;
  /** Success responses by status. */
  responses: Record<number, ResponseSpec>;
  /** Refusals particular to this operation (beyond those its auth, params and body imply). */
  refusals?: number[];
  handle(input: HandlerInput<B>): Promise<Response> | Response;
}

/** Declares a route with a typed body (the schema and the type are kept in step by hand, beside each other). */
export function route<B = unknown>(spec: RouteSpec<B>): RouteSpec<unknown> {
  return spec as RouteSpec<unknown>;
}

/** `/a/{b}/c` → `/a/:b/c`, for Hono. */
export function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}
