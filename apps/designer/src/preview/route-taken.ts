import type { HistoryEvent } from '@fingerpost/core';
import { type Journey, stepSuccessors } from '@fingerpost/schema';

/**
 * The steps a preview run has been through, in order, from its history (each once, where it was
 * last), ending with the step it is on.
 */
export function pagesVisited(history: readonly HistoryEvent[], current: string): string[] {
  const route: string[] = [];
  for (const event of history) {
    if (!event.stepId) continue;
    const seen = route.indexOf(event.stepId);
    if (seen >= 0) route.splice(seen, 1);
    route.push(event.stepId);
  }
  const at = route.indexOf(current);
  if (at >= 0) route.splice(at, 1);
  route.push(current);
  return route;
}

const PASS_THROUGH = new Set(['branch', 'eligibility']);

/**
 * The route with the steps that have no page (branches, eligibility rules) put back between the
 * pages they connect: the shortest way from one page to the next through such steps.
 * @example routeTaken(journey, history, 'confirmation') // ['your-name', 'branch-1', 'confirmation']
 */
export function routeTaken(journey: Journey, history: readonly HistoryEvent[], current: string): string[] {
  const byId = new Map(journey.steps.map((s) => [s.id, s]));
  const pages = pagesVisited(history, current);
  const between = (from: string, to: string): string[] => {
    const queue: string[][] = [[from]];
    const seen = new Set([from]);
    while (queue.length > 0) {
      const path = queue.shift()!;
      const step = byId.get(path.at(-1)!);
      if (!step) continue;
      for (const edge of stepSuccessors(step)) {
        if (edge.to === to) return path.slice(1);
        const next = byId.get(edge.to);
        if (!next || seen.has(edge.to) || !PASS_THROUGH.has(next.type)) continue;
        seen.add(edge.to);
        queue.push([...path, edge.to]);
      }
    }
    return [];
  };
  return pages.flatMap((id, i) => (i === 0 ? [id] : [...between(pages[i - 1]!, id), id]));
}
