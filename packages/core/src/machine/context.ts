import type { Decision, EligibilityResult } from '@fingerpost/schema';
import type { TaskRecord } from '../approvals/task-record';
import type { Moment } from '../clock';
import type { PaymentOutcome, PaymentRecord } from '../payments/payment-types';

/** The eligibility decision on the resident's route: which rule decided (or 'otherwise'). */
export interface EligibilityRecord {
  stepId: string;
  rule: string;
  result: EligibilityResult;
}

/** An open request for more information from a caseworker. */
export interface MoreInformationRecord {
  /** The approval step to resubmit into. */
  stepId: string;
  taskId: string;
  comment: string;
  pages: string[];
  round: number;
  requestedAt: string;
}

/** Everything the machine remembers about one resident's application: plain JSON. */
export interface JourneyContext {
  answers: Record<string, unknown>;
  /** Pages submitted on the current route (content pages included). */
  completed: string[];
  /** Pages the resident came through, for Back. */
  backStack: string[];
  /** After a change from check your answers (or a request for more information): skip pages already done. */
  returning: boolean;
  /** Pages a caseworker asked the resident to revisit and not yet resubmitted. */
  pendingRevisit: string[];
  eligibility: EligibilityRecord | null;
  tasks: TaskRecord[];
  moreInformation: MoreInformationRecord | null;
  /** How many times more information has been requested. */
  rounds: number;
  /** When the run started: the time for transitions taken on start, before any event. */
  origin: Moment;
  /** Attempts to pay on payment steps, oldest first (absent in snapshots from before payments). */
  payments?: PaymentRecord[];
}

export interface JourneyInput {
  origin: Moment;
}

type Stamped = Moment;

/** Events the machine understands. The run layer validates them first; the machine only moves. */
export type JourneyEvent =
  | ({ type: 'SUBMIT'; stepId: string; values: Record<string, unknown>; hidden: string[] } & Stamped)
  | ({ type: 'ITEMS'; stepId: string; items: unknown[] } & Stamped)
  | ({ type: 'GO'; target: string; from: string; mode: 'back' | 'change' } & Stamped)
  | ({
      type: 'DECIDE';
      taskId: string;
      decision: Decision;
      actor: string;
      role: string;
      comment: string | null;
      pages: string[];
    } & Stamped)
  | ({ type: 'DEADLINE'; taskId: string; escalateTo: string | null } & Stamped)
  | ({ type: 'WITHDRAW' } & Stamped)
  | ({ type: 'PAYMENT_STARTED'; stepId: string; paymentId: string; amount: number } & Stamped)
  | ({ type: 'PAYMENT_SETTLED'; stepId: string; paymentId: string; state: PaymentOutcome } & Stamped);

/** The London date an event happened on ('today' in expressions). */
export function todayOf(context: JourneyContext, event: { today?: string }): string {
  return event.today ?? context.origin.today;
}

/** The instant an event happened. */
export function instantOf(context: JourneyContext, event: { at?: string }): string {
  return event.at ?? context.origin.at;
}

// Guards, recordPage and the run's audit trail all ask for the same event's answers; building them
// copies every answer, so each event's result is kept (for the context it was built from).
const built = new WeakMap<object, { context: JourneyContext; answers: Record<string, unknown> }>();

/**
 * The answers as they will be once a page submission is recorded: guards on a SUBMIT run before
 * its actions, yet must route on what the resident just entered. The result is shared by every
 * caller for the same context and event, so it must not be changed.
 */
export function answersAfter(
  context: JourneyContext,
  event: JourneyEvent | { type: string },
): Record<string, unknown> {
  if (event.type !== 'SUBMIT') return context.answers;
  const known = built.get(event);
  if (known?.context === context) return known.answers;
  const submit = event as Extract<JourneyEvent, { type: 'SUBMIT' }>;
  const answers = { ...context.answers, ...submit.values };
  // Deleting would turn the object into a slow dictionary that every later copy inherits.
  if (submit.hidden.some((field) => field in answers)) {
    const hidden = new Set(submit.hidden);
    const kept: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(answers)) if (!hidden.has(field)) kept[field] = value;
    built.set(event, { context, answers: kept });
    return kept;
  }
  built.set(event, { context, answers });
  return answers;
}
