import {
  type ActionResult,
  type CompiledJourney,
  type ExploredRoute,
  exploreRoutes,
  type JourneyView,
} from '@fingerpost/core';
import type { UseJourneyResult } from '@fingerpost/react';
import type { Journey } from '@fingerpost/schema';
import { simulatePayment } from './preview-payment';

/**
 * A route the engine can take to a step, with sample answers that take it: the shortest of the
 * routes the route explorer finds, exploring from now so that dates compare as they will in the
 * preview. Null when no route reaches the step.
 */
export function routeTo(compiled: CompiledJourney, target: string, now: Date): ExploredRoute | null {
  const explored = exploreRoutes(compiled, { now: now.toISOString(), maxRoutes: 200, maxActions: 20_000 });
  const reaching = explored.routes.filter((r) => r.steps.includes(target));
  return reaching.sort((a, b) => a.steps.indexOf(target) - b.steps.indexOf(target))[0] ?? null;
}

function pageInput(
  journey: Journey,
  stepId: string,
  answers: Record<string, unknown>,
): Record<string, unknown> {
  const step = journey.steps.find((s) => s.id === stepId);
  if (step?.type !== 'question') return {};
  return Object.fromEntries(
    step.components.filter((c) => c.field in answers).map((c) => [c.field, answers[c.field]]),
  );
}

/** The result of replaying a route: where the preview stopped, and why if it is not the target. */
export interface Replay {
  reached: string;
  problem: string | null;
}

/**
 * Starts the preview again and answers each page with the route's sample answers until it reaches
 * the target step: through the real engine, so the pages and the route are those a resident gets.
 */
export function replayTo(
  running: UseJourneyResult,
  journey: Journey,
  route: ExploredRoute,
  target: string,
): Replay {
  running.restart();
  let view: JourneyView = running.actorRef.getSnapshot().context.view;
  for (let guard = 0; guard < route.steps.length * 4 + 10; guard++) {
    if (view.step.id === target) return { reached: target, problem: null };
    if (view.status !== 'inProgress') break;
    let result: ActionResult;
    if (view.step.type === 'payment') {
      // The route explorer pays every payment; so does the replay, with a made-up payment.
      result = simulatePayment(running, 'success');
    } else if (view.step.type === 'addAnother') {
      const step = journey.steps.find((s) => s.id === view.step.id);
      const items =
        step?.type === 'addAnother' && Array.isArray(route.answers[step.group])
          ? (route.answers[step.group] as Record<string, unknown>[])
          : [];
      for (const item of items.slice(view.step.items?.length ?? 0)) running.addItem(item);
      result = running.submit({});
    } else {
      result = running.submit(pageInput(journey, view.step.id, route.answers));
    }
    if (!result.ok)
      return { reached: view.step.id, problem: result.error.fields?.[0]?.message ?? result.error.message };
    view = result.view;
  }
  return view.step.id === target
    ? { reached: target, problem: null }
    : { reached: view.step.id, problem: `The preview stopped at ${view.step.id}` };
}
