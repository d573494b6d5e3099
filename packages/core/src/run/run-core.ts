import type { Actor } from 'xstate';
import type { Clock } from '../clock';
import type { CompiledJourney, CompiledStep } from '../compile/compiled-journey';
import type { FieldError } from '../forms/index';
import type { History } from '../history';
import type { JourneyContext } from '../machine/context';
import type { JourneyMachine } from '../machine/journey-machine';

/** A page the resident submitted with errors: kept so the page can be shown again as typed. */
export interface RejectedPage {
  stepId: string;
  /** The add-another item being added (null) or changed (its index); undefined on other pages. */
  itemIndex?: number | null;
  errors: FieldError[];
  raw: Record<string, unknown>;
}

/** The inside of a run: the actor, its audit trail and what the host told it. */
export interface RunCore {
  readonly compiled: CompiledJourney;
  readonly actor: Actor<JourneyMachine>;
  readonly history: History;
  readonly clock: Clock;
  /** The resident's language: pages, letters and emails; changed by setLanguage. */
  language: string;
  readonly instanceId: string | null;
  readonly reference: string | null;
  lastRejected: RejectedPage | null;
}

export function contextOf(core: RunCore): JourneyContext {
  return core.actor.getSnapshot().context;
}

/** The state the machine rests in: a step id (or the internal withdrawn state). */
export function currentStateOf(core: RunCore): string {
  return String(core.actor.getSnapshot().value);
}

export function isFinished(core: RunCore): boolean {
  return core.actor.getSnapshot().status === 'done';
}

export function stepOf(core: RunCore, stepId: string): CompiledStep | undefined {
  return core.compiled.steps.get(stepId);
}
