import { HttpError } from '../../http/http-error';
import { docsPage } from '../docs-page';
import { openApiDocument } from '../openapi';
import { route } from '../route';

export const serviceRoutes = [
  route({
    method: 'get',
    path: '/healthz',
    operationId: 'getHealth',
    summary: 'Check the server and its storage are up',
    tag: 'service',
    auth: 'public',
    responses: {
      200: { description: 'Up', schema: { type: 'object', properties: { status: { enum: ['ok'] } } } },
    },
    refusals: [503],
    async handle({ c, runtime }) {
      try {
        // A lookup by a key that cannot exist: cheap, and it proves the database answers.
        await runtime.storage.getInstance('00000000-0000-4000-8000-000000000000');
      } catch {
        throw new HttpError(503, 'storage.unavailable', 'The database is not answering');
      }
      return c.json({ status: 'ok' });
    },
  }),
  route({
    method: 'get',
    path: '/api/v1/openapi.json',
    operationId: 'getOpenApi',
    summary: 'This API as an OpenAPI 3.1 document',
    tag: 'service',
    auth: 'public',
    responses: { 200: { description: 'The OpenAPI document' } },
    handle: ({ c, routes, publicUrl }) => c.json(openApiDocument(routes, publicUrl)),
  }),
  route({
    method: 'get',
    path: '/api/docs',
    operationId: 'getApiDocs',
    summary: 'The API documentation as a web page',
    tag: 'service',
    auth: 'public',
    responses: { 200: { description: 'HTML', contentType: 'text/html' } },
    handle: ({ c, routes, publicUrl }) => c.html(docsPage(openApiDocument(routes, publicUrl))),
  }),
];
