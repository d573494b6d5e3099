import { checkAnswersRows } from '../check-answers';
import { londonDate } from '../clock';
import type { CompiledStep } from '../compile/compiled-journey';
import { ANSWER_PAGE_TYPES } from '../compile/compiled-journey';
import { textFor } from '../forms/index';
import { eligibilityView, outcomeView } from '../view/outcome-view';
import { stepView } from '../view/step-view';
import { tasksView } from '../view/tasks-view';
import type { JourneyStatus, JourneyView, StepView } from '../view-types';
import { answerPagesOnRoute } from './navigation';
import { paymentInProgress, paymentsView } from './payments';
import { contextOf, currentStateOf, isFinished, type RunCore, stepOf } from './run-core';

export interface ViewOptions {
  /** The caseworker role looking, for the decisions each task allows it. */
  role?: string;
  /** The language to show; the run's language when absent; English for texts not translated. */
  language?: string;
}

function statusOf(core: RunCore, step: CompiledStep | undefined): JourneyStatus {
  if (isFinished(core)) return 'completed';
  if (step?.step.type === 'approval') return 'awaitingDecision';
  return contextOf(core).moreInformation ? 'moreInformationRequested' : 'inProgress';
}

function allowedActions(core: RunCore, status: JourneyStatus, step: CompiledStep | undefined): string[] {
  if (status === 'completed') return ['feedback'];
  if (status === 'awaitingDecision') return ['decide', 'deadlinePassed', 'withdraw', 'feedback'];
  const context = contextOf(core);
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
export function buildView(core: RunCore, options: ViewOptions = {}): JourneyView {
  const journey = core.compiled.journey;
  const language =
    options.language && journey.languages.includes(options.language) ? options.language : core.language;
  const today = londonDate(core.clock());
  const context = contextOf(core);
  const state = currentStateOf(core);
  const compiled = stepOf(core, state);
  const status = statusOf(core, compiled);
  const routePages = answerPagesOnRoute(core, today);
  const info = context.moreInformation;
  const rejected = core.lastRejected?.stepId === state ? core.lastRejected : null;
  const eligibility = eligibilityView(journey, context.eligibility, language);
  const pages = routePages.map((id) => stepOf(core, id)).filter((c): c is CompiledStep => c !== undefined);
  const onCheckAnswers = compiled?.step.type === 'checkAnswers';
  const actions = allowedActions(core, status, compiled);
  // No Back while a payment is with the provider: its outcome must be recorded on this step.
  const paying = compiled?.step.type === 'payment' && !actions.includes('back');
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
    answers: checkAnswersRows(
      pages,
      journey.fields,
      context.answers,
      today,
      language,
      (id) => onCheckAnswers && (!info || info.pages.includes(id)),
    ),
    outcome:
      status === 'completed' ? outcomeView(journey, state, eligibility, core.history.list(), language) : null,
    eligibility,
    tasks: tasksView(journey, context.tasks, options.role),
    moreInformation: info ? { comment: info.comment, pages: [...info.pages], round: info.round } : null,
    payments: paymentsView(core),
    allowedActions: actions,
  };
}
