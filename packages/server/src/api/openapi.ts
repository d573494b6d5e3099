import type { JsonSchema } from './json-schema';
import { paramsOf } from './params';
import type { RouteSpec } from './route';
import { COMPONENTS } from './schemas';

/** The refusals an operation can answer, from its auth, parameters and body, plus its own. */
export function refusalsOf(route: RouteSpec): number[] {
  const statuses = new Set(route.refusals ?? []);
  if (route.body || route.query) statuses.add(400);
  if (route.auth !== 'public') statuses.add(401);
  if (route.auth !== 'public' && route.auth !== 'resident') statuses.add(403);
  if (route.path.includes('{') || route.auth === 'resident' || route.auth === 'reviewer') statuses.add(404);
  if (route.body) statuses.add(413).add(415);
  if (route.body && 'json' in route.body) statuses.add(422);
  if (route.rateLimited) statuses.add(429);
  return [...statuses].sort((a, b) => a - b);
}

const PROBLEM = { $ref: '#/components/schemas/Problem' };

function operation(route: RouteSpec) {
  const security =
    route.auth === 'public'
      ? []
      : route.auth === 'resident'
        ? [{ resumeToken: [] }]
        : route.auth === 'reviewer'
          ? [{ staffToken: [] }, { reviewLink: [] }]
          : [{ staffToken: [] }];
  const parameters = [
    ...Object.entries(paramsOf(route.path)).map(([name, schema]) => ({
      name,
      in: 'path',
      required: true,
      schema,
    })),
    ...Object.entries(route.query ?? {}).map(([name, schema]) => ({
      name,
      in: 'query',
      required: false,
      schema,
    })),
  ];
  const responses: Record<string, unknown> = {};
  for (const [status, spec] of Object.entries(route.responses)) {
    responses[status] = {
      description: spec.description,
      ...(spec.contentType === undefined || spec.contentType === 'application/json'
        ? spec.schema
          ? { content: { 'application/json': { schema: spec.schema } } }
          : {}
        : { content: { [spec.contentType]: {} } }),
    };
  }
  for (const status of refusalsOf(route))
    responses[String(status)] = {
      description: 'Problem',
      content: { 'application/problem+json': { schema: PROBLEM } },
    };
  const body = route.body;
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    security,
    'x-fingerpost-auth': route.auth,
    ...(route.roleScope ? { 'x-fingerpost-role-scope': route.roleScope } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(body
      ? {
          requestBody:
            'json' in body
              ? { required: body.required ?? false, content: { 'application/json': { schema: body.json } } }
              : {
                  required: true,
                  content: {
                    '*/*': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } },
                  },
                },
        }
      : {}),
    responses,
  };
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: Array<{ url: string }>;
  paths: Record<string, Record<string, ReturnType<typeof operation>>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, unknown> };
}

/**
 * The OpenAPI 3.1 document of a route table.
 * @example openApiDocument(API_ROUTES).paths['/api/v1/journeys'].get.operationId // 'listJourneys'
 */
export function openApiDocument(routes: readonly RouteSpec[], publicUrl?: string): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const route of routes) {
    paths[route.path] ??= {};
    paths[route.path]![route.method] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Fingerpost API',
      version: '1',
      description:
        'Runs published council service journeys for residents, caseworkers and designers. Errors are application/problem+json with a stable `code`.',
    },
    servers: [{ url: publicUrl ?? '/' }],
    paths,
    components: {
      schemas: COMPONENTS,
      securitySchemes: {
        resumeToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            "The application's resume token, given once when it starts. Another application's token answers 404.",
        },
        staffToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A caseworker or designer token: configured tokens, or whatever the OIDC hook accepts.',
        },
        reviewLink: {
          type: 'http',
          scheme: 'bearer',
          description:
            "A review link's token, given once when a designer makes the link. It opens only the reviewer operations of its own journey version; a revoked or expired link, or one for another version, answers 404.",
        },
      },
    },
  };
}
