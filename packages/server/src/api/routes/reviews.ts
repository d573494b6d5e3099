import type { DesignerPrincipal } from '../../auth/principal';
import { versionSummary } from '../../runtime/drafts';
import type { NewComment } from '../../runtime/review-comments';
import { route } from '../route';
import { BODIES, ref } from '../schemas';
import { staff } from './access';

const DRAFT = '/api/v1/journeys/{journeyId}/versions/{version}';
const THREAD = { description: 'The thread', schema: ref('CommentThread') };

/** Designer routes have been authorised for designers only. */
const designer = (input: { caller: Parameters<typeof staff>[0] }) => staff(input.caller) as DesignerPrincipal;

export const reviewRoutes = [
  route<{ expiresAt?: string }>({
    method: 'post',
    path: `${DRAFT}/review-links`,
    operationId: 'createReviewLink',
    summary: 'Make a review link: anyone holding its token may read this version and comment on it',
    description:
      'The token is in this answer only (only its SHA-256 is stored). Reviewers send it as Authorization: Bearer <token>.',
    tag: 'co-design',
    auth: 'designer',
    body: { json: BODIES.reviewLink },
    responses: { 201: { description: 'The link with its token', schema: ref('ReviewLink') } },
    async handle({ c, runtime, params, caller, body }) {
      const link = await runtime.reviewLinks.create(
        params.journeyId!,
        params.version!,
        designer({ caller }),
        body.expiresAt,
      );
      return c.json(link, 201);
    },
  }),
  route({
    method: 'get',
    path: `${DRAFT}/review-links`,
    operationId: 'listReviewLinks',
    summary: "This version's review links, active, revoked and expired (without their tokens)",
    tag: 'co-design',
    auth: 'designer',
    responses: {
      200: {
        description: 'Links',
        schema: { type: 'object', properties: { links: { type: 'array', items: ref('ReviewLink') } } },
      },
    },
    async handle({ c, runtime, params }) {
      return c.json({ links: await runtime.reviewLinks.list(params.journeyId!, params.version!) });
    },
  }),
  route({
    method: 'delete',
    path: `${DRAFT}/review-links/{linkId}`,
    operationId: 'revokeReviewLink',
    summary: 'Revoke a review link: it opens nothing from now on',
    tag: 'co-design',
    auth: 'designer',
    responses: { 204: { description: 'Revoked' } },
    async handle({ c, runtime, params }) {
      await runtime.reviewLinks.revoke(params.journeyId!, params.version!, params.linkId!);
      return c.body(null, 204);
    },
  }),
  route({
    method: 'get',
    path: `${DRAFT}/review`,
    operationId: 'getReviewDraft',
    summary: 'Read a version to review it, with a review link (or as a designer)',
    tag: 'co-design',
    auth: 'reviewer',
    responses: { 200: { description: 'The version with its definition', schema: ref('VersionSummary') } },
    async handle({ c, runtime, params, caller }) {
      const { reviewer, record } = await runtime.reviewLinks.open(params.journeyId!, params.version!, caller);
      return c.json({
        ...versionSummary(record),
        definition: record.definition,
        reviewer: reviewer.kind,
        linkExpiresAt: reviewer.kind === 'reviewer' ? reviewer.link.expiresAt : null,
      });
    },
  }),
  route({
    method: 'get',
    path: `${DRAFT}/comments`,
    operationId: 'listComments',
    summary: "This version's comment threads, each pinned to a step or question, with replies",
    tag: 'co-design',
    auth: 'reviewer',
    responses: {
      200: {
        description: 'Threads, oldest first',
        schema: { type: 'object', properties: { comments: { type: 'array', items: ref('CommentThread') } } },
      },
    },
    async handle({ c, runtime, params, caller }) {
      return c.json({
        comments: await runtime.reviewComments.list(params.journeyId!, params.version!, caller),
      });
    },
  }),
  route<NewComment>({
    method: 'post',
    path: `${DRAFT}/comments`,
    operationId: 'addComment',
    summary: 'Comment on a step, or on one question of it (its field)',
    tag: 'co-design',
    auth: 'reviewer',
    body: { json: BODIES.comment, required: true },
    rateLimited: true,
    responses: { 201: THREAD },
    async handle({ c, runtime, params, caller, body }) {
      return c.json(await runtime.reviewComments.add(params.journeyId!, params.version!, caller, body), 201);
    },
  }),
  route<{ author?: string; text: string }>({
    method: 'post',
    path: `${DRAFT}/comments/{commentId}/replies`,
    operationId: 'replyToComment',
    summary: 'Reply to a comment thread',
    tag: 'co-design',
    auth: 'designer',
    body: { json: BODIES.reply, required: true },
    responses: { 201: THREAD },
    async handle({ c, runtime, params, caller, body }) {
      const thread = await runtime.reviewComments.reply(
        params.journeyId!,
        params.version!,
        params.commentId!,
        designer({ caller }),
        body,
      );
      return c.json(thread, 201);
    },
  }),
  route<{ status: 'open' | 'resolved' }>({
    method: 'put',
    path: `${DRAFT}/comments/{commentId}/status`,
    operationId: 'setCommentStatus',
    summary: 'Resolve a comment thread, or reopen it',
    tag: 'co-design',
    auth: 'designer',
    body: { json: BODIES.commentStatus, required: true },
    responses: { 200: THREAD },
    async handle({ c, runtime, params, caller, body }) {
      const thread = await runtime.reviewComments.setStatus(
        params.journeyId!,
        params.version!,
        params.commentId!,
        designer({ caller }),
        body.status,
      );
      return c.json(thread);
    },
  }),
];
