import type { Journey } from '@fingerpost/schema';
import { textIn } from '../state/text';

/** Each field's question, to name answers in the condition builder: "Do you have a pet? (hasPet)". */
export function fieldLabels(journey: Journey): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const step of journey.steps) {
    if (step.type === 'question') {
      for (const c of step.components) labels[c.field] ??= `${textIn(c.label, 'en') || c.field} (${c.field})`;
    }
    if (step.type === 'addAnother') labels[step.group] ??= `${textIn(step.title, 'en')} (${step.group})`;
  }
  for (const name of Object.keys(journey.fields)) labels[name] ??= name;
  return labels;
}
