import type { Component, Field, Journey, Step } from '@fingerpost/schema';

/** Steps that hold components: question pages and add-another pages. */
export type PageStep = Extract<Step, { type: 'question' | 'addAnother' }>;

export const isPage = (step: Step | undefined): step is PageStep =>
  step?.type === 'question' || step?.type === 'addAnother';

/** A journey with its steps replaced (the schema's non-empty tuple cannot be built by map). */
export function withSteps(journey: Journey, steps: Step[]): Journey {
  return { ...journey, steps: steps as Journey['steps'] };
}

/** A journey with one step changed by `change`; unchanged when there is no such step. */
export function updateStep(journey: Journey, stepId: string, change: (step: Step) => Step): Journey {
  let found = false;
  const steps = journey.steps.map((step) => {
    if (step.id !== stepId || found) return step;
    found = true;
    return change(step);
  });
  return found ? withSteps(journey, steps) : journey;
}

/** A page step with its components replaced. */
export function withComponents(step: PageStep, components: Component[]): PageStep {
  return { ...step, components: components as PageStep['components'] };
}

export function findStep(journey: Journey, stepId: string): Step | undefined {
  return journey.steps.find((s) => s.id === stepId);
}

/**
 * The fields a page's components are bound to: the journey's for a question page, the group's own
 * for an add-another page.
 */
export function fieldsOfPage(journey: Journey, step: PageStep): Record<string, Field | undefined> {
  if (step.type === 'question') return journey.fields;
  const group = journey.fields[step.group];
  return group?.type === 'group' ? group.fields : {};
}

/** Sets a value deep inside plain JSON, copying each level on the way (arrays and objects). */
export function setIn<T>(value: T, path: ReadonlyArray<string | number>, leaf: unknown): T {
  if (path.length === 0) return leaf as T;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = setIn(copy[head as number], rest, leaf);
    return copy as T;
  }
  const object = (value ?? {}) as Record<string, unknown>;
  return { ...object, [head as string]: setIn(object[head as string], rest, leaf) } as T;
}

/** Reads a value deep inside plain JSON. */
export function getIn(value: unknown, path: ReadonlyArray<string | number>): unknown {
  let here = value;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string | number, unknown>)[key];
  }
  return here;
}
