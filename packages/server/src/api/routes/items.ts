import { BODIES, VERSION } from '../schemas';
import { residentAction } from './resident-action';

type Answers = { answers: Record<string, unknown>; version?: number };

/** The add-another ("add another item") page's list. */
export const itemRoutes = [
  residentAction<Answers>({
    method: 'post',
    path: '/api/v1/instances/{instanceId}/steps/{stepId}/items',
    operationId: 'addItem',
    summary: 'Add an item to an add-another list',
    body: { json: BODIES.answers, required: true },
    action: ({ params, body }) => ({ type: 'addItem', stepId: params.stepId!, answers: body.answers }),
  }),
  residentAction<Answers>({
    method: 'put',
    path: '/api/v1/instances/{instanceId}/steps/{stepId}/items/{index}',
    operationId: 'changeItem',
    summary: 'Change an item of an add-another list',
    body: { json: BODIES.answers, required: true },
    action: ({ params, body }) => ({
      type: 'changeItem',
      stepId: params.stepId!,
      index: Number(params.index),
      answers: body.answers,
    }),
  }),
  residentAction<{ version?: number }>({
    method: 'delete',
    path: '/api/v1/instances/{instanceId}/steps/{stepId}/items/{index}',
    operationId: 'removeItem',
    summary: 'Remove an item from an add-another list',
    query: { version: VERSION },
    action: ({ params }) => ({ type: 'removeItem', stepId: params.stepId!, index: Number(params.index) }),
    version: ({ query }) => (typeof query.version === 'number' ? query.version : undefined),
  }),
];
