import { route } from '../route';
import { BODIES, ref, VERSION } from '../schemas';
import { residentAccess } from './access';

const VIEW = { 200: { description: 'The application now', schema: ref('View') } };

type Answers = { answers: Record<string, unknown>; version?: number };

/** The add-another ("add another item") page's list. */
export const itemRoutes = [
  route<Answers>({
    method: 'post',
    path: '/api/v1/instances/{instanceId}/steps/{stepId}/items',
    operationId: 'addItem',
    summary: 'Add an item to an add-another list',
    tag: 'applications',
    auth: 'resident',
    rateLimited: true,
    body: { json: BODIES.answers, required: true },
    responses: VIEW,
    refusals: [409, 410],
    async handle({ c, runtime, caller, params, body }) {
      const { view } = await runtime.instances.act(
        params.instanceId!,
        residentAccess(caller),
        { type: 'addItem', stepId: params.stepId!, answers: body.answers },
        body.version,
      );
      return c.json(view);
    },
  }),
  route<Answers>({
    method: 'put',
    path: '/api/v1/instances/{instanceId}/steps/{stepId}/items/{index}',
    operationId: 'changeItem',
    summary: 'Change an item of an add-another list',
    tag: 'applications',
    auth: 'resident',
    rateLimited: true,
    body: { json: BODIES.answers, required: true },
    responses: VIEW,
    refusals: [409, 410],
    async handle({ c, runtime, caller, params, body }) {
      const { view } = await runtime.instances.act(
        params.instanceId!,
        residentAccess(caller),
        { type: 'changeItem', stepId: params.stepId!, index: Number(params.index), answers: body.answers },
        body.version,
      );
      return c.json(view);
    },
  }),
  route({
    method: 'delete',
    path: '/api/v1/instances/{instanceId}/steps/{stepId}/items/{index}',
    operationId: 'removeItem',
    summary: 'Remove an item from an add-another list',
    tag: 'applications',
    auth: 'resident',
    rateLimited: true,
    query: { version: VERSION },
    responses: VIEW,
    refusals: [409, 410],
    async handle({ c, runtime, caller, params, query }) {
      const { view } = await runtime.instances.act(
        params.instanceId!,
        residentAccess(caller),
        { type: 'removeItem', stepId: params.stepId!, index: Number(params.index) },
        typeof query.version === 'number' ? query.version : undefined,
      );
      return c.json(view);
    },
  }),
];
