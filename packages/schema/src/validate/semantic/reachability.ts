import type { Journey, Step } from '../../generated/journey';
import { reachableFrom, stepSuccessors, stepsById } from '../../graph';
import { pointer, type ValidationIssue } from '../issue';

/** Steps that can reach an end step, found by walking edges backwards from the ends. */
function canReachAnEnd(journey: Journey): Set<string> {
  const predecessors = new Map<string, string[]>();
  for (const step of journey.steps) {
    for (const edge of stepSuccessors(step))
      predecessors.set(edge.to, [...(predecessors.get(edge.to) ?? []), step.id]);
  }
  const seen = new Set<string>();
  const queue = journey.steps.filter((s) => s.type === 'end').map((s) => s.id);
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(predecessors.get(id) ?? []));
  }
  return seen;
}

const isWithdrawnEnd = (step: Step) => step.type === 'end' && step.outcome === 'withdrawn';

/** Steps no resident can reach, and steps from which no route leads to an end. */
export function reachabilityIssues(journey: Journey): ValidationIssue[] {
  const byId = stepsById(journey);
  // With no valid start every step would look unreachable: the unknown start is the one error.
  if (!byId.has(journey.start)) return [];
  // A withdrawn end is entered by withdrawing, from anywhere, so it needs no incoming route.
  const reachable = reachableFrom(
    [journey.start, ...journey.steps.filter(isWithdrawnEnd).map((s) => s.id)],
    byId,
  );
  const finishing = canReachAnEnd(journey);
  const issues: ValidationIssue[] = [];
  if (!journey.steps.some((s) => s.type === 'end')) {
    issues.push({
      code: 'journey.no-end-step',
      path: '/steps',
      message:
        'The journey has no "end" step: add at least one, for example a "submitted" end with the reference number',
    });
  }
  journey.steps.forEach((step, i) => {
    if (!reachable.has(step.id)) {
      issues.push({
        code: 'journey.unreachable-step',
        path: pointer('steps', i),
        message: `No route leads to the step "${step.id}": link to it from another step's "next", or remove it`,
      });
    } else if (!finishing.has(step.id) && journey.steps.some((s) => s.type === 'end')) {
      issues.push({
        code: 'journey.no-route-to-end',
        path: pointer('steps', i),
        message: `From the step "${step.id}" no route reaches an end step: residents would be stuck. Add a transition that leads to an end`,
      });
    }
  });
  return issues;
}
