import {
  type ActionResult,
  type Clock,
  type CompiledJourney,
  clearCompiledJourneys,
  compileJourney,
  type FeedbackInput,
  type JourneyRun,
  type JourneySnapshot,
  type JourneyView,
  type PaymentSettlement,
  restoreJourney,
  startJourney,
} from '@fingerpost/core';
import type { Journey } from '@fingerpost/schema';
import { fromTransition } from 'xstate';

/** How a run is started: the journey, where time comes from, and what the host knows already. */
export interface JourneyLogicInput {
  journey: Journey;
  clock: Clock;
  language?: string;
  reference?: string;
  instanceId?: string;
  /** Resume an application saved with `run.snapshot()`. */
  snapshot?: JourneySnapshot;
}

/** The actor's state: the engine's run and the view it shows now, in the chosen language. */
export interface JourneyState {
  input: JourneyLogicInput;
  compiled: CompiledJourney;
  run: JourneyRun;
  view: JourneyView;
  /** The language asked for; the view falls back to English for texts not translated. */
  language: string | undefined;
  /** The answer to the last action, so that callers can read it back after sending the event. */
  lastResult: ActionResult | null;
}

export type JourneyEvent =
  | { type: 'submit'; stepId: string; input: Record<string, unknown> }
  | { type: 'back' }
  | { type: 'change'; stepId: string }
  | { type: 'addItem'; stepId: string; input: Record<string, unknown> }
  | { type: 'changeItem'; stepId: string; index: number; input: Record<string, unknown> }
  | { type: 'removeItem'; stepId: string; index: number }
  | { type: 'withdraw'; reason?: string }
  | { type: 'feedback'; input: FeedbackInput }
  | { type: 'paymentStarted'; stepId: string; paymentId: string }
  | { type: 'paymentSettled'; stepId: string; settlement: PaymentSettlement }
  | { type: 'language'; language: string }
  | { type: 'restart' }
  | { type: 'journey'; journey: Journey };

/**
 * Compiles the journey given, never an older object with the same id and version: core caches by
 * `id@version`, and a designer's draft changes without its version changing.
 */
export function compileCurrent(journey: Journey): CompiledJourney {
  const cached = compileJourney(journey);
  if (cached.journey === journey) return cached;
  clearCompiledJourneys();
  return compileJourney(journey);
}

function startRun(input: JourneyLogicInput, compiled: CompiledJourney): JourneyRun {
  const options = {
    clock: input.clock,
    ...(input.language ? { language: input.language } : {}),
    ...(input.reference ? { reference: input.reference } : {}),
    ...(input.instanceId ? { instanceId: input.instanceId } : {}),
  };
  if (input.snapshot) {
    const restored = restoreJourney(compiled, input.snapshot, { clock: input.clock });
    if (restored.ok) return restored.run;
  }
  return startJourney(compiled, options);
}

function viewOf(run: JourneyRun, language: string | undefined): JourneyView {
  return run.view(language ? { language } : {});
}

/** The first state: a run started (or restored) on the journey. Throws JourneyCompileError for an invalid journey. */
export function initialJourneyState(input: JourneyLogicInput): JourneyState {
  const compiled = compileCurrent(input.journey);
  const run = startRun(input, compiled);
  return {
    input,
    compiled,
    run,
    language: input.language,
    view: viewOf(run, input.language),
    lastResult: null,
  };
}

function act(state: JourneyState, result: ActionResult): JourneyState {
  // A refused action changes nothing in the run, but the page must show its errors.
  return { ...state, view: viewOf(state.run, state.language), lastResult: result };
}

/**
 * The journey changed under a running application (a designer editing a draft): keep the
 * resident's place when the saved state still fits the new definition, or start again.
 */
function replaceJourney(state: JourneyState, journey: Journey): JourneyState {
  if (journey === state.input.journey) return state;
  const compiled = compileCurrent(journey);
  const input = { ...state.input, journey, snapshot: state.run.snapshot() };
  const run = startRun(input, compiled);
  return {
    ...state,
    input: { ...input, snapshot: undefined },
    compiled,
    run,
    view: viewOf(run, state.language),
  };
}

function transition(state: JourneyState, event: JourneyEvent): JourneyState {
  const { run } = state;
  switch (event.type) {
    case 'submit':
      return act(state, run.submit(event.stepId, event.input));
    case 'back':
      return act(state, run.back());
    case 'change':
      return act(state, run.change(event.stepId));
    case 'addItem':
      return act(state, run.addItem(event.stepId, event.input));
    case 'changeItem':
      return act(state, run.changeItem(event.stepId, event.index, event.input));
    case 'removeItem':
      return act(state, run.removeItem(event.stepId, event.index));
    case 'withdraw':
      return act(state, run.withdraw(event.reason));
    case 'feedback':
      return act(state, run.feedback(event.input));
    case 'paymentStarted':
      return act(state, run.paymentStarted(event.stepId, event.paymentId));
    case 'paymentSettled':
      return act(state, run.paymentSettled(event.stepId, event.settlement));
    case 'language':
      return { ...state, language: event.language, view: viewOf(run, event.language) };
    case 'restart':
      return initialJourneyState({ ...state.input, snapshot: undefined, language: state.language });
    case 'journey':
      return replaceJourney(state, event.journey);
  }
}

/**
 * The XState actor logic behind useJourney: a transition actor whose state is the engine's run and
 * its current view. Each event is one engine action; the run itself is synchronous.
 */
export const journeyLogic = fromTransition(transition, ({ input }: { input: JourneyLogicInput }) =>
  initialJourneyState(input),
);
