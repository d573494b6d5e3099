import type { Context } from 'hono';
import type { Caller } from '../../auth/access';
import type { ExportScope } from '../../exports/submissions';
import { exportSubmissions, type SubmissionsExport, submissionsCsv } from '../../exports/submissions-export';
import type { Runtime } from '../../runtime/runtime';
import type { JsonSchema } from '../json-schema';
import { route } from '../route';
import { caseworker } from './access';

const QUERY: Record<string, JsonSchema> = {
  include: {
    type: 'string',
    enum: ['submitted', 'all'],
    description: 'submitted (default): applications the resident sent; all: every application started',
  },
};

const SUBMISSION: JsonSchema = {
  type: 'object',
  properties: {
    instanceId: { type: 'string' },
    reference: { type: ['string', 'null'] },
    status: { type: 'string' },
    outcome: { type: ['string', 'null'] },
    startedAt: { type: 'string', format: 'date-time' },
    submittedAt: { type: ['string', 'null'], format: 'date-time' },
    completedAt: { type: ['string', 'null'], format: 'date-time' },
    erasedAt: { type: ['string', 'null'], format: 'date-time' },
    answers: { type: ['object', 'null'], description: 'As stored (null once erased)' },
    display: { type: ['object', 'null'], description: 'Each answer as shown, by field' },
  },
};

const EXPORT: JsonSchema = {
  type: 'object',
  properties: {
    journey: { type: 'object' },
    exportedAt: { type: 'string', format: 'date-time' },
    scope: { type: 'string', enum: ['submitted', 'all'] },
    fields: { type: 'array', items: { type: 'object' } },
    submissions: { type: 'array', items: SUBMISSION },
  },
};

function read(
  runtime: Runtime,
  caller: Caller,
  params: Record<string, string>,
  query: Record<string, unknown>,
): Promise<SubmissionsExport> {
  const scope: ExportScope = query.include === 'all' ? 'all' : 'submitted';
  return exportSubmissions(runtime, caseworker(caller), params.journeyId!, params.version!, scope);
}

/** Exports hold personal data: never kept by a cache, always downloaded as a file. */
function download(c: Context, body: string, type: string, name: string): Response {
  return c.body(body, 200, {
    'content-type': type,
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
  });
}

const fileName = (params: Record<string, string>, extension: string) =>
  `${params.journeyId}-${params.version}-submissions.${extension}`;

export const exportRoutes = [
  route({
    method: 'get',
    path: '/api/v1/journeys/{journeyId}/versions/{version}/submissions.csv',
    operationId: 'exportSubmissionsCsv',
    summary: 'The applications of a journey version as CSV: one row each, a column per field',
    description:
      'Answers as check your answers shows them (groups as JSON). Cells a spreadsheet could read as a formula start with an apostrophe.',
    tag: 'caseworkers',
    auth: 'caseworker',
    roleScope: 'journey',
    query: QUERY,
    responses: {
      200: { description: 'The CSV file (UTF-8 with a byte order mark)', contentType: 'text/csv' },
    },
    async handle({ c, runtime, caller, params, query }) {
      const data = await read(runtime, caller, params, query);
      return download(c, submissionsCsv(data), 'text/csv; charset=utf-8', fileName(params, 'csv'));
    },
  }),
  route({
    method: 'get',
    path: '/api/v1/journeys/{journeyId}/versions/{version}/submissions.json',
    operationId: 'exportSubmissionsJson',
    summary: 'The applications of a journey version as JSON, with answers as stored and as shown',
    tag: 'caseworkers',
    auth: 'caseworker',
    roleScope: 'journey',
    query: QUERY,
    responses: { 200: { description: 'The export', schema: EXPORT } },
    async handle({ c, runtime, caller, params, query }) {
      const data = await read(runtime, caller, params, query);
      return download(c, JSON.stringify(data), 'application/json; charset=utf-8', fileName(params, 'json'));
    },
  }),
];
