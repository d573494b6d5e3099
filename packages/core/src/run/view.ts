import { checkAnswersRows } from '../check-answers';
import { londonDate } from '../clock';
import type { CompiledStep } from '../compile/compiled-journey';
import { ANSWER_PAGE_TYPES } from '../compile/compiled-journey';
import { textFor } from '../forms/index';
import type { JourneyContext } from '../machine/context';
import { eligibilityView, outcomeView } from '../view/outcome-view';
import { stepView } from '../view/step-view';
import { tasksView } from '../view/tasks-view';
import type { AnswerView, JourneyStatus, JourneyView, StepView } from '../view-types';
import { answerPagesOnRoute } from './navigation';
import { paymentInProgress, paymentsView } from './payments';
import { contextOf, currentStateOf, isFinished, type RejectedPage, type RunCore, stepOf } from './run-core';

export interface ViewOptions {
  /** The caseworker role looking, for the decisions each task allows it. */
  role?: string;
  /** The language to show; the run's language when absent; English for texts not translated. */
  language?: string;
}

/**
 * What a view is built from, taken at one moment: an action's result can then build its view later
 * (only when asked for), showing the run as it was right after that action.
 */
export interface RunState {
  readonly context: JourneyContext;
  /** The state the machine rests in: a step id (or the internal withdrawn state). */
  readonly state: string;
  readonly finished: boolean;
  readonly rejected: RejectedPage | null;
  /** The history is append-only: its first events are the history at that moment. */
  readonly historyLength: number;
  readonly today: string;
}

/** The run's state now; `today` from the action's clock reading, or read from the clock. */
export function runState(core: RunCore, today = londonDate(core.clock())): RunState {
  return {
    context: contextOf(core),
    state: currentStateOf(core),
    finished: isFinished(core),
    rejected: core.lastRejected,
    historyLength: core.history.length,
    today,
  };
}

function statusOf(at: RunState, step: CompiledStep | undefined): JourneyStatus {
  if (at.finished) return 'completed';
  if (step?.step.type === 'approval') return 'awaitingDecision';
  return at.context.moreInformation ? 'moreInformationRequested' : 'inProgress';
}

function allowedActions(at: RunState, status: JourneyStatus, step: CompiledStep | undefined): string[] {
  if (status === 'completed') return ['feedback'];
  if (status === 'awaitingDecision') return ['decide', 'deadlinePassed', 'withdraw', 'feedback'];
  const context = at.context;
  if (step?.step.type === 'payment') {
    const paying = paymentInProgress(context, step.step.id);
    const actions = paying ? ['paymentSettled'] : ['paymentStarted'];
    if (!paying && context.backStack.length > 0) actions.push('back');
    return [...actions, 'withdraw', 'feedback'];
  }
  const actions = ['submit'];
  if (context.backStack.length > 0) actions.push('back');
  if (step?.step.type === 'checkAnswers') actions.push('change');
  if (step?.step.type === 'addAnother') actions.push('addItem', 'changeItem', 'removeItem');
  actions.push('withdraw', 'feedback');
  return actions;
}

function emptyStep(id: string): StepView {
  return {
    id,
    type: 'end',
    title: null,
    caption: null,
    intro: null,
    body: null,
    warning: null,
    declaration: null,
    submitLabel: null,
    question: null,
    components: [],
    items: null,
    itemName: null,
    payment: null,
  };
}

/** Everything a renderer needs, worked out from the machine's state in one language. */
export function buildView(core: RunCore, options: ViewOptions = {}, at = runState(core)): JourneyView {
  const journey = core.compiled.journey;
  const language =
    options.language && journey.languages.includes(options.language) ? options.language : core.language;
  const today = at.today;
  const context = at.context;
  const state = at.state;
  const compiled = stepOf(core, state);
  const status = statusOf(at, compiled);
  const info = context.moreInformation;
  const rejected = at.rejected?.stepId === state ? at.rejected : null;
  const eligibility = eligibilityView(journey, context.eligibility, language);
  const onCheckAnswers = compiled?.step.type === 'checkAnswers';
  const actions = allowedActions(at, status, compiled);
  // No Back while a payment is with the provider: its outcome must be recorded on this step.
  const paying = compiled?.step.type === 'payment' && !actions.includes('back');
  // Check your answers lists every answer on the route: built only when read (a question page's
  // renderer rarely does), once.
  let answers: AnswerView[] | undefined;
  const answerRows = () => {
    const pages = answerPagesOnRoute(core, today, context)
      .map((id) => stepOf(core, id))
      .filter((c): c is CompiledStep => c !== undefined);
    const changeable = (id: string) => onCheckAnswers && (!info || info.pages.includes(id));
    return checkAnswersRows(pages, journey.fields, context.answers, today, language, changeable);
  };
  return {
    journey: { id: journey.id, version: journey.version, title: textFor(journey.title, language) },
    language,
    languages: [...journey.languages],
    instanceId: core.instanceId,
    reference: core.reference,
    status,
    step: compiled
      ? stepView(compiled, journey.fields, context.answers, rejected, today, language, context.payments)
      : emptyStep(state),
    errors: rejected?.errors ?? [],
    progress: {
      stepsCompleted: context.completed.filter((id) =>
        ANSWER_PAGE_TYPES.has(stepOf(core, id)?.step.type ?? 'end'),
      ).length,
      rounds: context.rounds,
    },
    backTarget:
      status === 'awaitingDecision' || status === 'completed' || paying
        ? null
        : (context.backStack.at(-1) ?? null),
    get answers() {
      answers ??= answerRows();
      return answers;
    },
    set answers(rows: AnswerView[]) {
      answers = rows;
    },
    outcome:
      status === 'completed'
        ? outcomeView(journey, state, eligibility, core.history.list().slice(0, at.historyLength), language)
        : null,
    eligibility,
    tasks: tasksView(journey, context.tasks, options.role),
    moreInformation: info ? { comment: info.comment, pages: [...info.pages], round: info.round } : null,
    payments: paymentsView(core, context, at.historyLength),
    allowedActions: actions,
  };
}
