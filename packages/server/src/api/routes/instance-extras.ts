import type { FeedbackInput } from '@fingerpost/core';
import { HttpError } from '../../http/http-error';
import { route } from '../route';
import { BODIES } from '../schemas';
import { residentAccess, staff } from './access';

/** The largest file a resident may upload (10 MiB), well above the JSON body limit. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export const instanceExtraRoutes = [
  route<FeedbackInput>({
    method: 'post',
    path: '/api/v1/instances/{instanceId}/feedback',
    operationId: 'giveFeedback',
    summary: 'Feedback on a page or the service: "Is this page useful?", a problem, or satisfaction (1–5)',
    tag: 'applications',
    auth: 'resident',
    rateLimited: true,
    body: { json: BODIES.feedback, required: true },
    responses: { 201: { description: 'Recorded' } },
    refusals: [410],
    async handle({ c, runtime, caller, params, body }) {
      const { view, feedback } = await runtime.instances.act(params.instanceId!, residentAccess(caller), {
        type: 'feedback',
        input: body,
      });
      const record = feedback[0];
      return c.json(
        { id: record?.id ?? null, kind: body.kind, stepId: record?.stepId ?? null, version: view.version },
        201,
      );
    },
  }),
  route({
    method: 'post',
    path: '/api/v1/instances/{instanceId}/files',
    operationId: 'uploadFile',
    summary: 'Upload a file (the body is the file; Content-Type its media type; ?name= its name)',
    description: 'Answer a file question with the returned {id} (or the whole object).',
    tag: 'applications',
    auth: 'resident',
    rateLimited: true,
    query: { name: { type: 'string', maxLength: 255 } },
    body: { binary: true, maxBytes: MAX_UPLOAD_BYTES },
    responses: { 201: { description: 'Stored', schema: { $ref: '#/components/schemas/File' } } },
    refusals: [409, 410],
    async handle({ c, runtime, caller, params, query }) {
      const content = new Uint8Array(await c.req.arrayBuffer());
      const record = await runtime.upload(params.instanceId!, residentAccess(caller), {
        name: typeof query.name === 'string' ? query.name : 'file',
        type: c.req.header('content-type') ?? '',
        content,
      });
      return c.json({ id: record.id, name: record.name, size: record.size, type: record.type }, 201);
    },
  }),
  route<{ reason?: string }>({
    method: 'post',
    path: '/api/v1/instances/{instanceId}/erasure',
    operationId: 'eraseInstance',
    summary: "Erase an application's personal data on request (data protection officers)",
    description:
      'Answers, event data, files, feedback comments and undelivered outputs are removed; the record that the application existed, when, and that it was erased (an instanceErased event) stays. Repeating it is harmless.',
    tag: 'data protection',
    auth: 'dataProtection',
    body: { json: BODIES.erasure },
    responses: {
      200: {
        description: 'Erased (or already erased: erasedNow false)',
        schema: {
          type: 'object',
          properties: {
            instanceId: { type: 'string' },
            erasedAt: { type: 'string' },
            erasedNow: { type: 'boolean' },
          },
        },
      },
    },
    async handle({ c, runtime, caller, params, body }) {
      const principal = staff(caller);
      if (principal.kind !== 'caseworker')
        throw new HttpError(403, 'auth.forbidden', 'Only caseworkers can erase');
      return c.json(await runtime.erase(params.instanceId!, principal, body.reason?.trim() || null));
    },
  }),
];
