import type { Decision } from '@fingerpost/schema';
import { route } from '../route';
import { BODIES, ref } from '../schemas';
import { caseworker } from './access';

export const caseworkerRoutes = [
  route({
    method: 'get',
    path: '/api/v1/tasks',
    operationId: 'listTasks',
    summary: 'The caseworker task queue, filtered and paginated',
    tag: 'caseworkers',
    auth: 'caseworker',
    query: {
      journey: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', maxLength: 80 },
      status: { type: 'string', enum: ['open', 'approved', 'rejected', 'waitingForResident', 'cancelled'] },
      role: { type: 'string', maxLength: 80 },
      overdue: { type: 'boolean', description: 'Only open tasks past their due time' },
      limit: { type: 'integer', minimum: 1, maximum: 200, description: 'Default 50' },
      offset: { type: 'integer', minimum: 0, maximum: 1_000_000, description: 'Default 0' },
    },
    responses: { 200: { description: 'A page of tasks', schema: ref('TaskPage') } },
    async handle({ c, runtime, caller, query }) {
      const page = await runtime.cases.listTasks(caseworker(caller), {
        ...(typeof query.journey === 'string' ? { journeyId: query.journey } : {}),
        ...(typeof query.status === 'string' ? { status: query.status as 'open' } : {}),
        ...(typeof query.role === 'string' ? { role: query.role } : {}),
        ...(query.overdue === true ? { overdue: true } : {}),
        limit: typeof query.limit === 'number' ? query.limit : 50,
        offset: typeof query.offset === 'number' ? query.offset : 0,
      });
      return c.json(page);
    },
  }),
  route<{ decision: Decision; comment?: string; pages?: string[]; role?: string; version?: number }>({
    method: 'post',
    path: '/api/v1/tasks/{taskId}/decision',
    operationId: 'decideTask',
    summary:
      'Decide a task: approve, reject, or ask the resident for more information (with the pages to revisit)',
    description: 'The task id is <instanceId>:<taskId>, as the task list gives it.',
    tag: 'caseworkers',
    auth: 'caseworker',
    roleScope: 'task',
    body: { json: BODIES.decision, required: true },
    responses: {
      200: {
        description: 'Decided',
        schema: { type: 'object', properties: { task: ref('Task'), instance: { type: 'object' } } },
      },
    },
    refusals: [409, 410],
    async handle({ c, runtime, caller, params, body }) {
      return c.json(await runtime.cases.decide(caseworker(caller), params.taskId!, body));
    },
  }),
  route({
    method: 'get',
    path: '/api/v1/cases/{instanceId}',
    operationId: 'getCase',
    summary: 'One application for a caseworker: answers, history and files',
    tag: 'caseworkers',
    auth: 'caseworker',
    roleScope: 'journey',
    responses: { 200: { description: 'The case', schema: ref('Case') } },
    async handle({ c, runtime, caller, params }) {
      return c.json(await runtime.cases.caseView(caseworker(caller), params.instanceId!));
    },
  }),
  route({
    method: 'get',
    path: '/api/v1/cases/{instanceId}/files/{fileId}',
    operationId: 'getCaseFile',
    summary: 'Download a file the resident uploaded',
    tag: 'caseworkers',
    auth: 'caseworker',
    roleScope: 'journey',
    responses: { 200: { description: 'The file', contentType: 'application/octet-stream' } },
    async handle({ runtime, caller, params }) {
      const { record, content } = await runtime.cases.file(
        caseworker(caller),
        params.instanceId!,
        params.fileId!,
      );
      return new Response(content, {
        headers: {
          'content-type': record.type,
          'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(record.name)}`,
          'x-content-type-options': 'nosniff',
        },
      });
    },
  }),
];
