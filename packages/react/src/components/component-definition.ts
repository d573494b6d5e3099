import type { Component, Journey } from '@fingerpost/schema';

/** The journey's definition of a component on a step, for what the view leaves out (widths, affixes). */
export function componentDefinition(journey: Journey, stepId: string, field: string): Component | undefined {
  const step = journey.steps.find((s) => s.id === stepId);
  if (!step || (step.type !== 'question' && step.type !== 'addAnother')) return undefined;
  return step.components.find((c) => c.field === field);
}
