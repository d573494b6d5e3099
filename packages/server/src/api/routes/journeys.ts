import type { FeedbackInput } from '@fingerpost/core';
import { HttpError } from '../../http/http-error';
import { journeySummary } from '../../runtime/catalogue';
import { route } from '../route';
import { BODIES, ref } from '../schemas';

export const journeyRoutes = [
  route({
    method: 'get',
    path: '/api/v1/journeys',
    operationId: 'listJourneys',
    summary: 'List published journeys (latest version of each)',
    tag: 'journeys',
    auth: 'public',
    query: { lang: { type: 'string', pattern: '^[a-z]{2,3}$' } },
    responses: {
      200: {
        description: 'The journeys',
        schema: { type: 'object', properties: { journeys: { type: 'array', items: ref('JourneySummary') } } },
      },
    },
    async handle({ c, runtime, query }) {
      const language = typeof query.lang === 'string' ? query.lang : 'en';
      const records = await runtime.journeys.listLatest();
      return c.json({ journeys: records.map((r) => journeySummary(r, language)) });
    },
  }),
  route({
    method: 'get',
    path: '/api/v1/journeys/{journeyId}',
    operationId: 'getJourney',
    summary: 'The latest published version of a journey, with its definition',
    tag: 'journeys',
    auth: 'public',
    query: { lang: { type: 'string', pattern: '^[a-z]{2,3}$' } },
    responses: { 200: { description: 'The journey', schema: ref('JourneySummary') } },
    async handle({ c, runtime, params, query }) {
      const journey = await runtime.journeys.latest(params.journeyId!);
      if (!journey)
        throw new HttpError(404, 'journey.not-found', `There is no published journey "${params.journeyId}"`);
      const language = typeof query.lang === 'string' ? query.lang : 'en';
      return c.json({ ...journeySummary(journey.record, language), definition: journey.record.definition });
    },
  }),
  route<{ language?: string }>({
    method: 'post',
    path: '/api/v1/journeys/{journeyId}/instances',
    operationId: 'startInstance',
    summary: 'Start an application on the latest published version',
    description: 'Anyone may start one. The resume token in the answer is the only key to the application.',
    tag: 'applications',
    auth: 'public',
    rateLimited: true,
    body: { json: BODIES.start },
    responses: { 201: { description: 'Started', schema: ref('Started') } },
    async handle({ c, runtime, params, body }) {
      const started = await runtime.instances.start(
        params.journeyId!,
        body.language ? { language: body.language } : {},
      );
      c.header('location', `/api/v1/instances/${started.instanceId}`);
      return c.json(started, 201);
    },
  }),
  route<FeedbackInput>({
    method: 'post',
    path: '/api/v1/journeys/{journeyId}/feedback',
    operationId: 'giveJourneyFeedback',
    summary: 'Feedback on a journey without an application (e.g. "Is this page useful?" on the start page)',
    tag: 'journeys',
    auth: 'public',
    rateLimited: true,
    body: { json: BODIES.feedback, required: true },
    responses: { 201: { description: 'Recorded' } },
    async handle({ c, runtime, params, body }) {
      const record = await runtime.journeyFeedback(params.journeyId!, body);
      return c.json({ id: record.id, kind: record.kind, stepId: record.stepId, at: record.at }, 201);
    },
  }),
];
