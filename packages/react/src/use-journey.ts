import {
  type ActionResult,
  type Clock,
  type EngineError,
  type FeedbackInput,
  type JourneyRun,
  type JourneySnapshot,
  type JourneyView,
  londonDate,
  type PaymentSettlement,
} from '@fingerpost/core';
import type { Journey } from '@fingerpost/schema';
import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ActorRefFrom } from 'xstate';
import { type JourneyEvent, type JourneyState, journeyLogic } from './journey-logic';
import { type PaymentHandler, takePaymentWith } from './payment-handler';

export interface UseJourneyOptions {
  /** Where time comes from; the browser's clock when absent. Tests pass a fixed one. */
  clock?: Clock;
  /** The resident's language ('en' or 'cy'); English when absent or not offered by the journey. */
  language?: string;
  /** The reference number shown on the confirmation page (the host makes it). */
  reference?: string;
  instanceId?: string;
  /** Resume an application from `run.snapshot()`; a snapshot that does not fit starts afresh. */
  snapshot?: JourneySnapshot;
  /** Called after every change, e.g. to save `run.snapshot()` for later. */
  onChange?: (view: JourneyView, run: JourneyRun) => void;
  /**
   * Takes the payment on a payment step (see PaymentHandler): given what to charge, it resolves with
   * how the payment ended, or with nothing after sending the resident to GOV.UK Pay. Without it the
   * payment page shows the amount and says that paying online is not offered here.
   */
  takePayment?: PaymentHandler;
}

/** What useJourney gives a component: the view to render and the resident's actions. */
export interface UseJourneyResult {
  view: JourneyView;
  /** The journey definition being run (for details the view leaves out, such as input widths). */
  journey: Journey;
  run: JourneyRun;
  /** The error of the last refused action (form errors are also in `view.errors`). */
  lastError: EngineError | null;
  /** Submits the current page with its answers (flat form keys or typed values). */
  submit(input?: Record<string, unknown>): ActionResult;
  back(): ActionResult;
  /** From check your answers: opens the page that asks an answer. */
  change(stepId: string): ActionResult;
  addItem(input: Record<string, unknown>): ActionResult;
  changeItem(index: number, input: Record<string, unknown>): ActionResult;
  removeItem(index: number): ActionResult;
  withdraw(reason?: string): ActionResult;
  feedback(input: FeedbackInput): ActionResult;
  /** Whether a `takePayment` handler was given, so the payment page can offer to pay. */
  canTakePayment: boolean;
  /** On a payment step: asks the `takePayment` handler to charge the amount, and records how it ended. */
  pay(): Promise<ActionResult>;
  /** On a payment step: the host created this payment with GOV.UK Pay (repeating it changes nothing). */
  paymentStarted(paymentId: string): ActionResult;
  /** On a payment step: GOV.UK Pay says how the payment ended; success moves on. */
  paymentSettled(settlement: PaymentSettlement): ActionResult;
  setLanguage(language: string): void;
  /** Throws the application away and starts again on the first step. */
  restart(): void;
  /** The current page's questions that show, given what is typed on it now (for conditional reveal). */
  visibleFields(input: Record<string, unknown>): string[];
  /** The XState actor holding the run, for hosts that want to subscribe or inspect. */
  actorRef: ActorRefFrom<typeof journeyLogic>;
}

const systemClock: Clock = () => new Date();

const selectView = (snapshot: { context: JourneyState }) => snapshot.context.view;
const selectRun = (snapshot: { context: JourneyState }) => snapshot.context.run;
const selectJourney = (snapshot: { context: JourneyState }) => snapshot.context.input.journey;
const selectError = (snapshot: { context: JourneyState }) => {
  const result = snapshot.context.lastResult;
  return result && !result.ok ? result.error : null;
};

/**
 * Runs a journey in React on the real engine. The run lives in an XState actor
 * (`useActorRef` over a `fromTransition` logic whose state is the run and its view); components
 * read it with `useSelector`, so they re-render only when the view changes.
 *
 * The journey must be valid (`validateJourney`); an invalid one throws JourneyCompileError. When the
 * `journey` object changes, the application carries on where it was if it still fits.
 *
 * @example
 * function Apply({ journey }: { journey: Journey }) {
 *   const running = useJourney(journey, { language: 'cy', onChange: (view, run) => save(run.snapshot()) });
 *   return <JourneyScreen journey={running} />; // or render running.view yourself, calling running.submit(…)
 * }
 */
export function useJourney(journey: Journey, options: UseJourneyOptions = {}): UseJourneyResult {
  const clock = options.clock ?? systemClock;
  const actorRef = useActorRef(journeyLogic, {
    input: {
      journey,
      clock,
      ...(options.language ? { language: options.language } : {}),
      ...(options.reference ? { reference: options.reference } : {}),
      ...(options.instanceId ? { instanceId: options.instanceId } : {}),
      ...(options.snapshot ? { snapshot: options.snapshot } : {}),
    },
  });
  const view = useSelector(actorRef, selectView);
  const run = useSelector(actorRef, selectRun);
  const current = useSelector(actorRef, selectJourney);
  const lastError = useSelector(actorRef, selectError);

  useEffect(() => {
    actorRef.send({ type: 'journey', journey });
  }, [actorRef, journey]);

  useEffect(() => {
    if (options.language) actorRef.send({ type: 'language', language: options.language });
  }, [actorRef, options.language]);

  const onChange = useRef(options.onChange);
  onChange.current = options.onChange;
  useEffect(() => {
    const subscription = actorRef.subscribe((snapshot) => {
      onChange.current?.(snapshot.context.view, snapshot.context.run);
    });
    return () => subscription.unsubscribe();
  }, [actorRef]);

  const takePayment = useRef(options.takePayment);
  takePayment.current = options.takePayment;
  const canTakePayment = options.takePayment !== undefined;

  const send = useCallback(
    (event: JourneyEvent): ActionResult => {
      actorRef.send(event);
      const { lastResult, view: now } = actorRef.getSnapshot().context;
      return lastResult ?? { ok: true, view: now };
    },
    [actorRef],
  );

  return useMemo(() => {
    const stepId = () => actorRef.getSnapshot().context.view.step.id;
    return {
      view,
      journey: current,
      run,
      lastError,
      submit: (input = {}) => send({ type: 'submit', stepId: stepId(), input }),
      back: () => send({ type: 'back' }),
      change: (target: string) => send({ type: 'change', stepId: target }),
      addItem: (input: Record<string, unknown>) => send({ type: 'addItem', stepId: stepId(), input }),
      changeItem: (index: number, input: Record<string, unknown>) =>
        send({ type: 'changeItem', stepId: stepId(), index, input }),
      removeItem: (index: number) => send({ type: 'removeItem', stepId: stepId(), index }),
      withdraw: (reason?: string) => send(reason ? { type: 'withdraw', reason } : { type: 'withdraw' }),
      feedback: (input: FeedbackInput) => send({ type: 'feedback', input }),
      canTakePayment,
      pay: () =>
        takePaymentWith(takePayment.current, {
          view: () => actorRef.getSnapshot().context.view,
          started: (id, paymentId) => send({ type: 'paymentStarted', stepId: id, paymentId }),
          settled: (id, settlement) => send({ type: 'paymentSettled', stepId: id, settlement }),
        }),
      paymentStarted: (paymentId: string) => send({ type: 'paymentStarted', stepId: stepId(), paymentId }),
      paymentSettled: (settlement: PaymentSettlement) =>
        send({ type: 'paymentSettled', stepId: stepId(), settlement }),
      setLanguage: (language: string) => actorRef.send({ type: 'language', language }),
      restart: () => actorRef.send({ type: 'restart' }),
      visibleFields: (input: Record<string, unknown>) => {
        const { compiled, run: live } = actorRef.getSnapshot().context;
        const form = compiled.steps.get(stepId())?.form;
        if (!form) return [];
        const today = londonDate(clock());
        const parsed = form.parse(input, { answers: live.answers, today, language: view.language });
        return form.visibleFields({ ...live.answers, ...parsed.values }, today);
      },
      actorRef,
    };
  }, [view, current, run, lastError, send, actorRef, clock, canTakePayment]);
}
