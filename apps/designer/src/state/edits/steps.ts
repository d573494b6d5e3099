import { type Journey, type Next, type Step, stepSuccessors } from '@fingerpost/schema';
import { type PageStep, setIn, withSteps } from './journey-parts';

/** Points every route that leads to `from` at `to` instead (the start too). */
export function retarget(journey: Journey, from: string, to: string): Journey {
  const steps = journey.steps.map((step) => {
    let changed: Step = step;
    for (const edge of stepSuccessors(step)) if (edge.to === from) changed = setIn(changed, edge.at, to);
    if (changed.type === 'approval') {
      changed = {
        ...changed,
        tasks: changed.tasks.map((t) =>
          t.revisitable ? { ...t, revisitable: t.revisitable.map((id) => (id === from ? to : id)) } : t,
        ) as typeof changed.tasks,
      };
    }
    return changed;
  });
  return { ...withSteps(journey, steps), start: journey.start === from ? to : journey.start };
}

/**
 * Renames a step and every reference to it: routes, the start and pages caseworkers may send
 * residents back to.
 * @example renameStep(journey, 'which-bin', 'bin-type')
 */
export function renameStep(journey: Journey, from: string, to: string): Journey {
  if (from === to) return journey;
  const renamed = withSteps(
    journey,
    journey.steps.map((s) => (s.id === from ? { ...s, id: to } : s)),
  );
  return retarget(renamed, from, to);
}

/** Where a step goes when nothing else applies: its only or default route (null for end steps). */
export function defaultTarget(step: Step): string | null {
  switch (step.type) {
    case 'end':
      return null;
    case 'eligibility':
      return step.otherwise.next;
    case 'approval':
      return step.next.approved;
    default: {
      const next = step.next as Next;
      if (typeof next === 'string') return next;
      return next[next.length - 1]?.goTo ?? null;
    }
  }
}

/** Sets where a step goes by default, keeping its conditional routes. */
export function setDefaultTarget(step: Step, to: string): Step {
  switch (step.type) {
    case 'end':
      return step;
    case 'eligibility':
      return { ...step, otherwise: { ...step.otherwise, next: to } };
    case 'approval':
      return { ...step, next: { ...step.next, approved: to } };
    default: {
      const next = step.next as Next;
      if (typeof next === 'string') return { ...step, next: to } as Step;
      const last = next[next.length - 1];
      if (last && last.when === undefined) {
        return { ...step, next: [...next.slice(0, -1), { goTo: to }] } as unknown as Step;
      }
      return { ...step, next: [...next, { goTo: to }] } as unknown as Step;
    }
  }
}

/**
 * Adds a step. After `after`, it takes over that step's default route and leads where it led;
 * otherwise it goes at the end, leading to the first end step.
 */
export function insertStep(journey: Journey, step: Step, after?: string): Journey {
  const previous = after ? journey.steps.find((s) => s.id === after) : undefined;
  const onward =
    (previous && defaultTarget(previous)) ??
    journey.steps.find((s) => s.type === 'end' && s.id !== step.id)?.id ??
    journey.start;
  const placed = step.type === 'end' ? step : setDefaultTarget(step, onward);
  const steps: Step[] = [];
  for (const s of journey.steps) {
    steps.push(previous && s.id === previous.id ? setDefaultTarget(s, placed.id) : s);
    if (previous && s.id === previous.id) steps.push(placed);
  }
  if (!previous) steps.push(placed);
  return withSteps(journey, steps);
}

/**
 * Removes a step. Routes that led to it lead where it led by default, so the journey stays
 * connected; removing the start makes its successor the start.
 */
export function removeStep(journey: Journey, stepId: string): Journey {
  const step = journey.steps.find((s) => s.id === stepId);
  if (!step || journey.steps.length <= 1) return journey;
  const onward = defaultTarget(step);
  const without = withSteps(
    journey,
    journey.steps.filter((s) => s.id !== stepId),
  );
  return onward && onward !== stepId ? retarget(without, stepId, onward) : without;
}

/** Moves a step to another place in the list of steps (order matters to readers, not to routes). */
export function moveStep(journey: Journey, stepId: string, toIndex: number): Journey {
  const from = journey.steps.findIndex((s) => s.id === stepId);
  if (from < 0) return journey;
  const steps = [...journey.steps];
  const [moved] = steps.splice(from, 1);
  steps.splice(Math.max(0, Math.min(toIndex, steps.length)), 0, moved!);
  return withSteps(journey, steps);
}

/** Every page step (question and add-another), for "move to…" and revisitable pages. */
export function pageSteps(journey: Journey): PageStep[] {
  return journey.steps.filter((s): s is PageStep => s.type === 'question' || s.type === 'addAnother');
}
