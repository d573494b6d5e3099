import type { JsonSchema } from './json-schema';

/** Shared schemas: request bodies (validated) and response shapes (documented). */

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

export const VERSION: JsonSchema = {
  type: 'integer',
  minimum: 1,
  description: 'The version of the application this change is based on; 409 if it has moved on',
};

export const ANSWERS: JsonSchema = {
  type: 'object',
  description:
    'Answers by field name, as typed values (date "YYYY-MM-DD", money in pence, yesNo true/false, address object, file {id}) or as a form posts them (date parts as <field>-day …)',
};

export const BODIES = {
  start: {
    type: 'object',
    additionalProperties: false,
    properties: { language: { type: 'string', pattern: '^[a-z]{2,3}$', description: 'e.g. "cy" for Welsh' } },
  },
  answers: {
    type: 'object',
    additionalProperties: false,
    required: ['answers'],
    properties: { answers: ANSWERS, version: VERSION },
  },
  optionalAnswers: {
    type: 'object',
    additionalProperties: false,
    properties: { answers: ANSWERS, version: VERSION },
  },
  versionOnly: { type: 'object', additionalProperties: false, properties: { version: VERSION } },
  withdraw: {
    type: 'object',
    additionalProperties: false,
    properties: { reason: { type: 'string', maxLength: 2000 }, version: VERSION },
  },
  language: {
    type: 'object',
    additionalProperties: false,
    required: ['language'],
    properties: { language: { type: 'string', enum: ['en', 'cy'] }, version: VERSION },
  },
  feedback: {
    type: 'object',
    additionalProperties: false,
    required: ['kind'],
    properties: {
      kind: { type: 'string', enum: ['pageUseful', 'pageNotUseful', 'problem', 'satisfaction'] },
      stepId: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', maxLength: 80 },
      rating: { type: 'integer', minimum: 1, maximum: 5 },
      comment: { type: 'string', maxLength: 2000 },
    },
  },
  decision: {
    type: 'object',
    additionalProperties: false,
    required: ['decision'],
    properties: {
      decision: { type: 'string', enum: ['approve', 'reject', 'requestMoreInformation'] },
      comment: { type: 'string', maxLength: 5000 },
      pages: { type: 'array', items: { type: 'string', maxLength: 80 }, maxItems: 100 },
      role: {
        type: 'string',
        maxLength: 80,
        description: 'The role to decide as (default: the first the task allows)',
      },
      version: VERSION,
    },
  },
  erasure: {
    type: 'object',
    additionalProperties: false,
    properties: { reason: { type: 'string', maxLength: 500, description: 'e.g. the request reference' } },
  },
  journey: {
    type: 'object',
    required: ['id', 'version'],
    description: 'A journey definition (packages/schema/journey.schema.json); drafts may be unfinished',
    properties: {
      id: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', maxLength: 80 },
      version: {
        type: 'string',
        pattern: '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-[0-9A-Za-z.-]+)?$',
        maxLength: 64,
      },
    },
  },
  reviewLink: {
    type: 'object',
    additionalProperties: false,
    properties: {
      expiresAt: {
        type: 'string',
        format: 'date-time',
        pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$',
        maxLength: 40,
        description: 'When the link stops working (ISO 8601); without it, it works until revoked',
      },
    },
  },
  comment: {
    type: 'object',
    additionalProperties: false,
    required: ['stepId', 'author', 'text'],
    properties: {
      stepId: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', maxLength: 80 },
      field: {
        type: 'string',
        pattern: '^[a-zA-Z][a-zA-Z0-9]*$',
        maxLength: 80,
        description: "A question on that step, by its answer's field name",
      },
      author: { type: 'string', minLength: 1, maxLength: 80, description: "The commenter's name" },
      text: { type: 'string', minLength: 1, maxLength: 2000 },
    },
  },
  reply: {
    type: 'object',
    additionalProperties: false,
    required: ['text'],
    properties: {
      author: { type: 'string', minLength: 1, maxLength: 80, description: "Default: the designer's id" },
      text: { type: 'string', minLength: 1, maxLength: 2000 },
    },
  },
  commentStatus: {
    type: 'object',
    additionalProperties: false,
    required: ['status'],
    properties: { status: { type: 'string', enum: ['open', 'resolved'] } },
  },
} satisfies Record<string, JsonSchema>;

/** Response shapes, referenced from operations as #/components/schemas/<name>. */
export const COMPONENTS: Record<string, JsonSchema> = {
  Problem: {
    type: 'object',
    required: ['type', 'title', 'status', 'detail', 'code'],
    properties: {
      type: { type: 'string' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      code: { type: 'string', description: 'Stable, dotted: e.g. form.invalid, instance.version-conflict' },
      errors: { type: 'array', items: ref('FieldProblem') },
      version: { type: 'integer', description: 'The application version now (409, 422)' },
    },
  },
  FieldProblem: {
    type: 'object',
    required: ['field', 'code', 'message'],
    properties: { field: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } },
  },
  JourneySummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      version: { type: 'string' },
      title: { type: 'string' },
      description: { type: 'string' },
      languages: { type: 'array', items: { type: 'string' } },
      publishedAt: { type: ['string', 'null'] },
    },
  },
  View: {
    type: 'object',
    description: "The application now (the engine's JourneyView) with its version number",
    required: ['instanceId', 'version', 'status', 'step', 'allowedActions'],
    properties: {
      instanceId: { type: 'string' },
      version: { type: 'integer' },
      journey: { type: 'object' },
      language: { type: 'string' },
      reference: { type: ['string', 'null'] },
      status: {
        type: 'string',
        enum: ['inProgress', 'awaitingDecision', 'moreInformationRequested', 'completed'],
      },
      step: { type: 'object', description: 'The current step: id, type, texts and components (fields)' },
      errors: { type: 'array' },
      answers: {
        type: 'array',
        description:
          "Check-your-answers rows (question, answer as shown, change link). GET sends them on every page; a resident action's response only where they are shown: on check your answers and once the application is submitted ([] elsewhere, so a 50-page form does not resend every answer with each page)",
      },
      outcome: { type: ['object', 'null'] },
      eligibility: { type: ['object', 'null'] },
      tasks: { type: 'array' },
      moreInformation: { type: ['object', 'null'] },
      backTarget: { type: ['string', 'null'] },
      payments: {
        type: 'array',
        description:
          'Every attempt to pay: paymentId, stepId, amount (pence), state, attempt, refunded (pence)',
      },
      allowedActions: { type: 'array', items: { type: 'string' } },
    },
  },
  Started: {
    type: 'object',
    required: ['instanceId', 'resumeToken', 'view'],
    properties: {
      instanceId: { type: 'string' },
      resumeToken: { type: 'string', description: 'Shown once; send as Authorization: Bearer <token>' },
      view: ref('View'),
    },
  },
  Task: {
    type: 'object',
    properties: {
      id: { type: 'string', description: '<instanceId>:<taskId>: use it in /tasks/{taskId}/decision' },
      instanceId: { type: 'string' },
      taskId: { type: 'string' },
      journeyId: { type: 'string' },
      journeyVersion: { type: 'string' },
      stepId: { type: 'string' },
      title: { type: 'string' },
      roles: { type: 'array', items: { type: 'string' } },
      status: { type: 'string', enum: ['open', 'approved', 'rejected', 'waitingForResident', 'cancelled'] },
      dueAt: { type: ['string', 'null'] },
      overdue: { type: 'boolean' },
      paused: { type: 'boolean' },
      escalated: { type: 'boolean' },
      canDecide: { type: 'boolean' },
      reference: { type: ['string', 'null'] },
    },
  },
  TaskPage: {
    type: 'object',
    properties: {
      items: { type: 'array', items: ref('Task') },
      total: { type: 'integer' },
      limit: { type: 'integer' },
      offset: { type: 'integer' },
    },
  },
  Case: { type: 'object', description: 'Answers, view, history events and files of one application' },
  VersionSummary: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      version: { type: 'string' },
      status: { type: 'string', enum: ['draft', 'published'] },
      title: { type: 'string' },
      createdAt: { type: 'string' },
      updatedAt: { type: 'string' },
      publishedAt: { type: ['string', 'null'] },
    },
  },
  ValidationReport: {
    type: 'object',
    properties: { valid: { type: 'boolean' }, errors: { type: 'array', items: ref('FieldProblem') } },
  },
  Analytics: {
    type: 'object',
    description: 'Per version: starts, completions, steps, validation errors, feedback',
  },
  ReviewLink: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      journeyId: { type: 'string' },
      version: { type: 'string' },
      token: { type: 'string', description: 'Only when the link is made' },
      createdBy: { type: 'string' },
      createdAt: { type: 'string' },
      expiresAt: { type: ['string', 'null'] },
      revokedAt: { type: ['string', 'null'] },
      status: { type: 'string', enum: ['active', 'revoked', 'expired'] },
    },
  },
  CommentThread: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      stepId: { type: 'string' },
      field: { type: ['string', 'null'] },
      author: {
        type: 'object',
        properties: { kind: { type: 'string', enum: ['reviewer', 'designer'] }, name: { type: 'string' } },
      },
      text: { type: 'string', description: 'Plain text: escape it when you show it' },
      createdAt: { type: 'string' },
      status: { type: 'string', enum: ['open', 'resolved'] },
      resolvedAt: { type: ['string', 'null'] },
      resolvedBy: { type: ['string', 'null'] },
      replies: { type: 'array', items: { type: 'object' } },
    },
  },
  File: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      size: { type: 'integer' },
      type: { type: 'string' },
    },
  },
};

export { ref };
