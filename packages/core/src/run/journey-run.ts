import type { Decision } from '@fingerpost/schema';
import type { DecisionBy } from '../approvals/decide';
import { momentOf } from '../clock';
import type { EngineError } from '../errors';
import type { HistoryActor, HistoryEvent } from '../history';
import { RESIDENT } from '../history';
import type { PaymentRefund, PaymentSettlement } from '../payments/payment-types';
import type { JourneyView } from '../view-types';
import { deadlinePassed, decide, dueDeadlines } from './caseworker-actions';
import { type FeedbackInput, giveFeedback } from './feedback';
import { addItem, changeItem, removeItem } from './items';
import { back, change } from './navigation';
import { refundPayment, settlePayment, startPayment } from './payments';
import { contextOf, type RunCore } from './run-core';
import { setLanguage } from './set-language';
import { type JourneySnapshot, type SnapshotOptions, takeSnapshot } from './snapshot';
import { submit } from './submit';
import { buildView, type RunState, runState, type ViewOptions } from './view';
import { withdraw } from './withdraw';

/** Every action answers with the new view (built when first read), or with a typed error and nothing changed. */
export type ActionResult = { ok: true; view: JourneyView } | { ok: false; error: EngineError };

/**
 * A successful action's result. Its view is built when first read (and kept), from the run as it
 * was right after the action: a host that redirects, or only persists, never pays for it.
 */
function succeeded(core: RunCore, at: RunState): ActionResult {
  let view: JourneyView | undefined;
  const result = { ok: true } as { ok: true; view: JourneyView };
  Object.defineProperty(result, 'view', {
    enumerable: true,
    get: () => {
      view ??= buildView(core, {}, at);
      return view;
    },
  });
  return result;
}

/** Who acts for the resident: the resident, or a caseworker helping them (assisted digital). */
export type Actor = HistoryActor;

/** One resident's application, running. Every method is synchronous and never throws on bad input. */
export interface JourneyRun {
  /** Submits the current page (for check your answers: the application; for a list: "finished adding"). */
  submit(stepId: string, input: Record<string, unknown>, actor?: Actor): ActionResult;
  addItem(stepId: string, input: Record<string, unknown>): ActionResult;
  changeItem(stepId: string, index: number, input: Record<string, unknown>): ActionResult;
  removeItem(stepId: string, index: number): ActionResult;
  back(): ActionResult;
  /** From check your answers: open the page that asks an answer. */
  change(stepId: string): ActionResult;
  decide(taskId: string, decision: Decision, by: DecisionBy): ActionResult;
  /** The host's scheduler reports a task's due time; refused ('task.not-due') if the clock disagrees. */
  deadlinePassed(taskId: string): ActionResult;
  /** Open tasks with a running deadline, soonest first. */
  dueDeadlines(): Array<{ taskId: string; dueAt: string }>;
  feedback(input: FeedbackInput): ActionResult;
  /** On a payment step: the host created this payment with the provider and sends the resident to pay. */
  paymentStarted(stepId: string, paymentId: string, actor?: Actor): ActionResult;
  /** On a payment step: the provider says how the payment ended; success moves on. */
  paymentSettled(stepId: string, settlement: PaymentSettlement): ActionResult;
  /** A caseworker refunded (part of) a successful payment with the provider. */
  paymentRefunded(refund: PaymentRefund, by: Actor): ActionResult;
  withdraw(reason?: string): ActionResult;
  /** The resident switches language (one of the journey's): pages and correspondence follow. */
  setLanguage(language: string): ActionResult;
  /** The resident's language, for pages and correspondence. */
  readonly language: string;
  view(options?: ViewOptions): JourneyView;
  /** Plain JSON to store and restore later; `{ history: false }` leaves the history out. */
  snapshot(options?: SnapshotOptions): JourneySnapshot;
  history(): readonly HistoryEvent[];
  readonly answers: Readonly<Record<string, unknown>>;
}

/** The run over a core: reads the clock once per action, then acts, then shows the result. */
export function journeyRun(core: RunCore): JourneyRun {
  const act = (action: (now: ReturnType<typeof momentOf>) => EngineError | null): ActionResult => {
    const now = momentOf(core.clock);
    const error = action(now);
    return error ? { ok: false, error } : succeeded(core, runState(core, now.today));
  };
  return {
    submit: (stepId, input, actor = RESIDENT) => act((now) => submit(core, stepId, input ?? {}, actor, now)),
    addItem: (stepId, input) => act((now) => addItem(core, stepId, input ?? {}, now)),
    changeItem: (stepId, index, input) => act((now) => changeItem(core, stepId, index, input ?? {}, now)),
    removeItem: (stepId, index) => act((now) => removeItem(core, stepId, index, now)),
    back: () => act((now) => back(core, now)),
    change: (stepId) => act((now) => change(core, stepId, now)),
    decide: (taskId, decision, by) => act((now) => decide(core, taskId, decision, by, now)),
    deadlinePassed: (taskId) => act((now) => deadlinePassed(core, taskId, now)),
    dueDeadlines: () => dueDeadlines(core),
    feedback: (input) => act((now) => giveFeedback(core, input, now)),
    paymentStarted: (stepId, paymentId, actor = RESIDENT) =>
      act((now) => startPayment(core, stepId, paymentId, actor, now)),
    paymentSettled: (stepId, settlement) => act((now) => settlePayment(core, stepId, settlement, now)),
    paymentRefunded: (refund, by) => act((now) => refundPayment(core, refund, by, now)),
    withdraw: (reason) => act((now) => withdraw(core, reason, now)),
    setLanguage: (language) => act((now) => setLanguage(core, language, now)),
    view: (options) => buildView(core, options),
    snapshot: (options) => takeSnapshot(core, options),
    history: () => core.history.list(),
    get language() {
      return core.language;
    },
    get answers() {
      return contextOf(core).answers;
    },
  };
}
