import type { JourneyView } from '@fingerpost/core';
import type { InstanceAction } from '../../runtime/actions';
import { type HandlerInput, type RouteSpec, route } from '../route';
import { ref } from '../schemas';
import { residentAccess } from './access';

export const VIEW_RESPONSE = { 200: { description: 'The application now', schema: ref('View') } };

/** A resident action's route: everything but what it says, how it is sent, and the action it takes. */
type ActionRouteSpec<B> = Pick<
  RouteSpec<B>,
  'method' | 'path' | 'operationId' | 'summary' | 'body' | 'query'
> & {
  /** The engine action the request asks for. */
  action(input: HandlerInput<B>): InstanceAction;
  /** The application version the client read (optimistic concurrency); from the body by default. */
  version?(input: HandlerInput<B>): number | undefined;
};

/**
 * A route through which a resident acts on their own application: authorised by its resume token,
 * rate limited, answering the application's view, 409 on a stale version and 410 once erased.
 * @example residentAction({ method: 'post', path: '/api/v1/instances/{instanceId}/back', operationId: 'goBack',
 *   summary: 'Go back', body: { json: BODIES.versionOnly }, action: () => ({ type: 'back' }) })
 */
export function residentAction<B extends { version?: number }>(spec: ActionRouteSpec<B>): RouteSpec<unknown> {
  const { action, version, ...rest } = spec;
  return route<B>({
    ...rest,
    tag: 'applications',
    auth: 'resident',
    rateLimited: true,
    responses: VIEW_RESPONSE,
    refusals: [409, 410],
    async handle(input) {
      const { view } = await input.runtime.instances.act(
        input.params.instanceId!,
        residentAccess(input.caller),
        action(input),
        version ? version(input) : input.body.version,
      );
      return input.c.json(answersWhereShown(view));
    },
  });
}

/**
 * The view an action answers with: its check-your-answers rows only where a resident sees them (on
 * check your answers, and once the application is submitted). Elsewhere they would be every answer
 * so far, built and sent again with each page: most of a long form's response, read by no page.
 */
export function answersWhereShown<V extends JourneyView>(view: V): V {
  const shown =
    view.step.type === 'checkAnswers' || view.status === 'completed' || view.status === 'awaitingDecision';
  // The engine builds the rows only when read: replacing them skips building them.
  if (!shown) view.answers = [];
  return view;
}
