import { route } from '../route';
import { BODIES } from '../schemas';
import { residentAccess } from './access';
import { residentAction, VIEW_RESPONSE } from './resident-action';

type Answers = { answers?: Record<string, unknown>; version?: number };

export const instanceRoutes = [
  route({
    method: 'get',
    path: '/api/v1/instances/{instanceId}',
    operationId: 'getInstance',
    summary:
      'The application as it stands: status, current step and its fields, answers, outcome, allowed actions, version',
    tag: 'applications',
    auth: 'resident',
    rateLimited: true,
    query: { lang: { type: 'string', pattern: '^[a-z]{2,3}$' } },
    responses: VIEW_RESPONSE,
    refusals: [410],
    async handle({ c, runtime, caller, params, query }) {
      const options = typeof query.lang === 'string' ? { language: query.lang } : undefined;
      return c.json(await runtime.instances.view(params.instanceId!, residentAccess(caller), options));
    },
  }),
  residentAction<Answers>({
    method: 'post',
    path: '/api/v1/instances/{instanceId}/steps/{stepId}',
    operationId: 'submitStep',
    summary:
      'Submit the current page (check your answers: send the application; a list page: finished adding)',
    body: { json: BODIES.optionalAnswers },
    action: ({ params, body }) => ({ type: 'submit', stepId: params.stepId!, answers: body.answers ?? {} }),
  }),
  residentAction<{ version?: number }>({
    method: 'post',
    path: '/api/v1/instances/{instanceId}/back',
    operationId: 'goBack',
    summary: 'Go back to the previous page',
    body: { json: BODIES.versionOnly },
    action: () => ({ type: 'back' }),
  }),
  residentAction<{ version?: number }>({
    method: 'post',
    path: '/api/v1/instances/{instanceId}/steps/{stepId}/change',
    operationId: 'changeAnswer',
    summary: 'From check your answers, open the page that asks an answer',
    body: { json: BODIES.versionOnly },
    action: ({ params }) => ({ type: 'change', stepId: params.stepId! }),
  }),
  residentAction<{ reason?: string; version?: number }>({
    method: 'post',
    path: '/api/v1/instances/{instanceId}/withdraw',
    operationId: 'withdraw',
    summary: 'Withdraw the application (open caseworker tasks are cancelled)',
    body: { json: BODIES.withdraw },
    action: ({ body }) => ({
      type: 'withdraw',
      ...(body.reason !== undefined ? { reason: body.reason } : {}),
    }),
  }),
  residentAction<{ language: string; version?: number }>({
    method: 'post',
    path: '/api/v1/instances/{instanceId}/language',
    operationId: 'setLanguage',
    summary: 'Switch the application to another of its journey’s languages (pages, letters and emails)',
    body: { json: BODIES.language },
    action: ({ body }) => ({ type: 'setLanguage', language: body.language }),
  }),
];
