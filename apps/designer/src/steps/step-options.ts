import type { Journey } from '@fingerpost/schema';
import { stepTitle } from '../map/step-summary';
import type { SelectOption } from '../ui/SelectField';

/** Every step as a choice for "go to", named by its title and id; a missing target stays listed. */
export function stepOptions(journey: Journey, current?: string): SelectOption[] {
  const options = journey.steps.map((s) => ({ value: s.id, label: `${stepTitle(s)} (${s.id})` }));
  if (current && !journey.steps.some((s) => s.id === current)) {
    options.unshift({ value: current, label: `${current} (missing step)` });
  }
  return options;
}
