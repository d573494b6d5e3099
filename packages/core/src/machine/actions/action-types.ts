import type { WorkingDayCalendar } from '../../calendar/working-days';
import type { StepTable } from '../../path';
import type { JourneyContext, JourneyEvent } from '../context';

/** What actions may consult beyond the context: the compiled journey, never the outside world. */
export interface MachineDeps {
  steps: StepTable;
  start: string;
  calendar: WorkingDayCalendar;
}

/** An action as a pure function from context and event to the context properties it changes. */
export type ContextUpdate<P = undefined> = (
  context: JourneyContext,
  event: JourneyEvent,
  params: P,
  deps: MachineDeps,
) => Partial<JourneyContext>;

export function eventOf<T extends JourneyEvent['type']>(
  event: JourneyEvent,
  type: T,
): Extract<JourneyEvent, { type: T }> | null {
  return event.type === type ? (event as Extract<JourneyEvent, { type: T }>) : null;
}
