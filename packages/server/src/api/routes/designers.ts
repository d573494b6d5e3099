import { route } from '../route';
import { BODIES, ref } from '../schemas';

const SUMMARY = { description: 'The version', schema: ref('VersionSummary') };
type Definition = Record<string, unknown> & { id: string; version: string };

export const designerRoutes = [
  route<Definition>({
    method: 'post',
    path: '/api/v1/journeys',
    operationId: 'createDraft',
    summary: 'Save a new draft (its id and version come from the body)',
    tag: 'designers',
    auth: 'designer',
    body: { json: BODIES.journey, required: true },
    responses: { 201: SUMMARY, 200: { description: 'An existing draft replaced' } },
    refusals: [409],
    async handle({ c, runtime, body }) {
      const saved = await runtime.drafts.save(body.id, body.version, body);
      c.header('location', `/api/v1/journeys/${body.id}/versions/${body.version}`);
      return c.json({ ...saved.summary, validation: saved.validation }, saved.created ? 201 : 200);
    },
  }),
  route<Definition>({
    method: 'put',
    path: '/api/v1/journeys/{journeyId}/versions/{version}',
    operationId: 'saveDraft',
    summary: 'Create or update a draft (a published version cannot change: 409)',
    tag: 'designers',
    auth: 'designer',
    body: { json: BODIES.journey, required: true },
    responses: { 200: SUMMARY, 201: SUMMARY },
    refusals: [409],
    async handle({ c, runtime, params, body }) {
      const saved = await runtime.drafts.save(params.journeyId!, params.version!, body);
      return c.json({ ...saved.summary, validation: saved.validation }, saved.created ? 201 : 200);
    },
  }),
  route({
    method: 'get',
    path: '/api/v1/journeys/{journeyId}/versions',
    operationId: 'listVersions',
    summary: 'Every version of a journey, drafts and published',
    tag: 'designers',
    auth: 'designer',
    responses: {
      200: {
        description: 'Versions',
        schema: { type: 'object', properties: { versions: { type: 'array', items: ref('VersionSummary') } } },
      },
    },
    async handle({ c, runtime, params }) {
      return c.json({ versions: await runtime.drafts.list(params.journeyId!) });
    },
  }),
  route({
    method: 'get',
    path: '/api/v1/journey-versions',
    operationId: 'listAllVersions',
    summary: "Every version of every journey, drafts included (the designer's journey list)",
    tag: 'designers',
    auth: 'designer',
    responses: {
      200: {
        description: 'Versions, by journey id, then by semantic version',
        schema: { type: 'object', properties: { versions: { type: 'array', items: ref('VersionSummary') } } },
      },
    },
    async handle({ c, runtime }) {
      return c.json({ versions: await runtime.drafts.listAll() });
    },
  }),
  route({
    method: 'get',
    path: '/api/v1/journeys/{journeyId}/versions/{version}',
    operationId: 'getVersion',
    summary: 'One version with its definition',
    tag: 'designers',
    auth: 'designer',
    responses: { 200: SUMMARY },
    async handle({ c, runtime, params }) {
      return c.json(await runtime.drafts.get(params.journeyId!, params.version!));
    },
  }),
  route({
    method: 'delete',
    path: '/api/v1/journeys/{journeyId}/versions/{version}',
    operationId: 'deleteDraft',
    summary: 'Delete a draft (never a published version)',
    tag: 'designers',
    auth: 'designer',
    responses: { 204: { description: 'Deleted' } },
    refusals: [409],
    async handle({ c, runtime, params }) {
      await runtime.drafts.remove(params.journeyId!, params.version!);
      return c.body(null, 204);
    },
  }),
  route({
    method: 'post',
    path: '/api/v1/journeys/{journeyId}/versions/{version}/validate',
    operationId: 'validateVersion',
    summary: "Validate a version: every error's JSON path and how to fix it",
    tag: 'designers',
    auth: 'designer',
    responses: { 200: { description: 'The report', schema: ref('ValidationReport') } },
    async handle({ c, runtime, params }) {
      return c.json(await runtime.drafts.validate(params.journeyId!, params.version!));
    },
  }),
  route({
    method: 'post',
    path: '/api/v1/journeys/{journeyId}/versions/{version}/publish',
    operationId: 'publishVersion',
    summary: 'Publish a valid draft; new applications start on it, running ones stay on theirs',
    tag: 'designers',
    auth: 'designer',
    responses: { 200: SUMMARY },
    refusals: [409, 422],
    async handle({ c, runtime, params }) {
      return c.json(await runtime.drafts.publish(params.journeyId!, params.version!));
    },
  }),
  route({
    method: 'get',
    path: '/api/v1/journeys/{journeyId}/analytics',
    operationId: 'getAnalytics',
    summary:
      'Starts, completions, drop-off and time per step, validation errors, satisfaction and feedback, per version',
    tag: 'designers',
    auth: 'designer',
    query: { version: { type: 'string', maxLength: 64 } },
    responses: { 200: { description: 'Analytics', schema: ref('Analytics') } },
    async handle({ c, runtime, params, query }) {
      const version = typeof query.version === 'string' ? query.version : undefined;
      return c.json(await runtime.analytics(params.journeyId!, version));
    },
  }),
];
