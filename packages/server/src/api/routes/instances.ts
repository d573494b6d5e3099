import { route } from '../route';
import { BODIES, ref } from '../schemas';
import { residentAccess } from './access';

const VIEW = { 200: { description: 'The application now', schema: ref('View') } };

type Answers = { answers: Record<string, unknown>; version?: number };

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
    responses: VIEW,
    refusals: [410],
    async handle({ c, runtime, caller, params, query }) {
      const options = typeof query.lang === 'string' ? { language: query.lang } : undefined;
      return c.json(await runtime.instances.view(params.instanceId!, residentAccess(caller), options));
    },
  }),
  route<Answers>({
    method: 'post',
    path: '/api/v1/instances/{instanceId}/steps/{stepId}',
    operationId: 'submitStep',
    summary:
      'Submit the current page (check your answers: send the application; a list page: finished adding)',
    tag: 'applications',
    auth: 'resident',
    rateLimited: true,
    body: { json: BODIES.optionalAnswers },
    responses: VIEW,
    refusals: [409, 410],
    async handle({ c, runtime, caller, params, body }) {
      const { view } = await runtime.instances.act(
        params.instanceId!,
        residentAccess(caller),
        { type: 'submit', stepId: params.stepId!, answers: body.answers ?? {} },
        body.version,
      );
      return c.json(view);
    },
  }),
  route<{ version?: number }>({
    method: 'post',
    path: '/api/v1/instances/{instanceId}/back',
    operationId: 'goBack',
    summary: 'Go back to the previous page',
    tag: 'applications',
    auth: 'resident',
    rateLimited: true,
    body: { json: BODIES.versionOnly },
    responses: VIEW,
    refusals: [409, 410],
    async handle({ c, runtime, caller, params, body }) {
      const { view } = await runtime.instances.act(
        params.instanceId!,
        residentAccess(caller),
        { type: 'back' },
        body.version,
      );
      return c.json(view);
    },
  }),
  route<{ version?: number }>({
    method: 'post',
    path: '/api/v1/instances/{instanceId}/steps/{stepId}/change',
    operationId: 'changeAnswer',
    summary: 'From check your answers, open the page that asks an answer',
    tag: 'applications',
    auth: 'resident',
    rateLimited: true,
    body: { json: BODIES.versionOnly },
    responses: VIEW,
    refusals: [409, 410],
    async handle({ c, runtime, caller, params, body }) {
      const { view } = await runtime.instances.act(
        params.instanceId!,
        residentAccess(caller),
        { type: 'change', stepId: params.stepId! },
        body.version,
      );
      return c.json(view);
    },
  }),
  route<{ reason?: string; version?: number }>({
    method: 'post',
    path: '/api/v1/instances/{instanceId}/withdraw',
    operationId: 'withdraw',
    summary: 'Withdraw the application (open caseworker tasks are cancelled)',
    tag: 'applications',
    auth: 'resident',
    rateLimited: true,
    body: { json: BODIES.withdraw },
    responses: VIEW,
    refusals: [409, 410],
    async handle({ c, runtime, caller, params, body }) {
      const { view } = await runtime.instances.act(
        params.instanceId!,
        residentAccess(caller),
        { type: 'withdraw', ...(body.reason !== undefined ? { reason: body.reason } : {}) },
        body.version,
      );
      return c.json(view);
    },
  }),
];
