import type { Journey, ScenarioAction } from '@fingerpost/schema';
import type { EngineError } from '../errors';
import type { FieldError } from '../forms/index';
import type { FeedbackInput } from '../run/feedback';
import { checkExpectation } from './expectations';
import type { ScenarioSession } from './scenario-session';

/** What an action came to: failures to report, and whether the rest of the scenario can still run. */
export interface ActionOutcome {
  failures: string[];
  stop: boolean;
}

const fine: ActionOutcome = { failures: [], stop: false };
const stopWith = (failure: string): ActionOutcome => ({ failures: [failure], stop: true });

/** How an action is named in a failure: `submit "age"`, `decide "assess" approve as officer`. */
export function describeAction(action: ScenarioAction): string {
  if ('submit' in action) return `submit "${action.submit}"`;
  if ('addItem' in action) return `addItem "${action.addItem}"`;
  if ('back' in action) return 'back';
  if ('change' in action) return `change "${action.change}"`;
  if ('decide' in action) return `decide "${action.decide}" ${action.decision} as ${action.role}`;
  if ('advanceClock' in action) return `advanceClock ${action.advanceClock}`;
  if ('feedback' in action) return 'feedback';
  if ('withdraw' in action) return 'withdraw';
  if ('pay' in action) return `pay "${action.pay}" ${action.outcome ?? 'success'}`;
  return 'expect';
}

function refusal(error: EngineError): string {
  const fields = error.fields?.map((f) => `${f.field}: ${f.message} (${f.code})`).join('; ');
  return fields ? `${fields}` : `${error.message} [${error.code}]`;
}

function notOn(session: ScenarioSession, stepId: string): ActionOutcome | null {
  const view = session.view();
  if (view.step.id === stepId) return null;
  return stopWith(
    `expected to be on "${stepId}" but the resident is on "${view.step.id}"${view.status === 'inProgress' ? '' : ` (status ${view.status})`}`,
  );
}

type Wanted = { field: string; code?: string };

function errorList(errors: ReadonlyArray<Wanted>): string {
  return `[${errors.map((e) => (e.code ? `${e.field}: ${e.code}` : e.field)).join(', ')}]`;
}

/** Whether the page's errors are exactly the expected ones (a code left out matches any code). */
function sameErrors(expected: Wanted[], actual: FieldError[]): boolean {
  const left = [...actual];
  for (const want of expected) {
    const i = left.findIndex(
      (e) => e.field === want.field && (want.code === undefined || e.code === want.code),
    );
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return left.length === 0;
}

function submit(
  session: ScenarioSession,
  action: Extract<ScenarioAction, { submit: string }>,
): ActionOutcome {
  const wrongPage = notOn(session, action.submit);
  if (wrongPage) return wrongPage;
  const input = (action.answers ?? {}) as Record<string, unknown>;
  const result = session.act('forward', (run) => run.submit(action.submit, input));
  const expected = action.expectErrors;
  if (!expected) return result.ok ? fine : stopWith(`the page was rejected: ${refusal(result.error)}`);
  if (result.ok) {
    return stopWith(
      `expected the page to be rejected with ${errorList(expected)} but it was accepted and the resident moved on to "${result.view.step.id}"`,
    );
  }
  const actual = result.error.fields ?? [];
  if (sameErrors(expected, actual)) return fine;
  return {
    failures: [
      `expected the errors ${errorList(expected)} but got ${actual.length > 0 ? errorList(actual) : `no field errors (${refusal(result.error)})`}`,
    ],
    stop: false,
  };
}

function decide(
  session: ScenarioSession,
  action: Extract<ScenarioAction, { decide: string }>,
): ActionOutcome {
  const by = {
    actor: action.actor ?? 'scenario-caseworker',
    role: action.role,
    ...(action.comment !== undefined ? { comment: action.comment } : {}),
    ...(action.pages !== undefined ? { pages: action.pages } : {}),
  };
  const movement = action.decision === 'requestMoreInformation' ? 'jump' : 'decision';
  const result = session.act(movement, (run) => run.decide(action.decide, action.decision, by));
  const wanted = action.expectError;
  if (wanted === undefined)
    return result.ok ? fine : stopWith(`the decision was refused: ${refusal(result.error)}`);
  if (result.ok) return stopWith(`expected the decision to be refused with "${wanted}" but it was accepted`);
  if (result.error.code === wanted) return fine;
  return {
    failures: [
      `expected the decision to be refused with "${wanted}" but it was refused with "${result.error.code}": ${result.error.message}`,
    ],
    stop: false,
  };
}

function feedbackInput(feedback: Extract<ScenarioAction, { feedback: object }>['feedback']): FeedbackInput {
  const input: FeedbackInput = { kind: feedback.kind ?? 'satisfaction' };
  if (feedback.rating !== undefined) input.rating = feedback.rating as FeedbackInput['rating'];
  if (feedback.comment !== undefined) input.comment = feedback.comment;
  return input;
}

function simple(result: ReturnType<ScenarioSession['act']>, what: string): ActionOutcome {
  return result.ok ? fine : stopWith(`${what} was refused: ${refusal(result.error)}`);
}

/**
 * Pays on a payment step as GOV.UK Pay would: a payment is created (with an id of the scenario's
 * own) and ends with the outcome the scenario states.
 */
function pay(session: ScenarioSession, action: Extract<ScenarioAction, { pay: string }>): ActionOutcome {
  const wrongPage = notOn(session, action.pay);
  if (wrongPage) return wrongPage;
  const attempt = session.view().payments.filter((p) => p.stepId === action.pay).length + 1;
  const paymentId = `scenario-${action.pay}-${attempt}`;
  const started = session.run.paymentStarted(action.pay, paymentId);
  if (!started.ok) return stopWith(`the payment could not be started: ${refusal(started.error)}`);
  const state = action.outcome ?? 'success';
  return simple(
    session.act('forward', (run) => run.paymentSettled(action.pay, { paymentId, state })),
    'the payment',
  );
}

/** Performs one scenario action; a failure says what was expected and what happened instead. */
export function performAction(
  session: ScenarioSession,
  action: ScenarioAction,
  journey: Journey,
): ActionOutcome {
  if ('submit' in action) return submit(session, action);
  if ('addItem' in action) {
    const wrongPage = notOn(session, action.addItem);
    if (wrongPage) return wrongPage;
    const input = (action.answers ?? {}) as Record<string, unknown>;
    return simple(
      session.act('forward', (run) => run.addItem(action.addItem, input)),
      'the item',
    );
  }
  if ('back' in action)
    return simple(
      session.act('jump', (run) => run.back()),
      'going back',
    );
  if ('change' in action)
    return simple(
      session.act('jump', (run) => run.change(action.change)),
      'the change',
    );
  if ('decide' in action) return decide(session, action);
  if ('advanceClock' in action) {
    const refused = session.advanceClock(action.advanceClock);
    if (refused === null) return stopWith(`"${action.advanceClock}" is not an ISO 8601 duration such as P7D`);
    return { failures: refused, stop: false };
  }
  if ('feedback' in action)
    return simple(session.run.feedback(feedbackInput(action.feedback)), 'the feedback');
  if ('withdraw' in action)
    return simple(
      session.act('jump', (run) => run.withdraw()),
      'withdrawing',
    );
  if ('pay' in action) return pay(session, action);
  return {
    failures: checkExpectation(action.expect, session.view(), session.answers(), journey),
    stop: false,
  };
}
