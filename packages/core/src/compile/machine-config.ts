import type { ApprovalStep, Journey } from '@fingerpost/schema';
import type { JourneyContext, JourneyInput } from '../machine/context';
import type { Route } from '../routing';
import type { CompiledStep } from './compiled-journey';
import { PAGE_TYPES, WITHDRAWN_STATE } from './compiled-journey';

type Guard = { type: string; params: object };
type Action = string | { type: string; params?: object };
interface TransitionConfig {
  target?: string;
  guard?: Guard;
  actions?: Action[];
}
interface StateConfig {
  type?: 'final';
  entry?: Action[];
  always?: TransitionConfig[];
  on?: Record<string, TransitionConfig[]>;
}

function routeTransitions(routes: readonly Route[], actions: Action[]): TransitionConfig[] {
  return routes.map((r) => ({
    target: r.goTo,
    ...(r.when ? { guard: { type: 'when', params: { expression: r.when } } } : {}),
    actions,
  }));
}

function skipTransitions(stepId: string, routes: readonly Route[]): TransitionConfig[] {
  return routes.map((r) => ({
    target: r.goTo,
    guard: { type: 'skipFinished', params: { stepId, expression: r.when } },
  }));
}

function pageState(c: CompiledStep): StateConfig {
  const { step } = c;
  const on: Record<string, TransitionConfig[]> = {
    SUBMIT: routeTransitions(c.routes, [{ type: 'recordPage', params: { stepId: step.id } }]),
  };
  if (step.type === 'addAnother')
    on.ITEMS = [{ actions: [{ type: 'setItems', params: { group: step.group } }] }];
  return { always: skipTransitions(step.id, c.routes), on };
}

function paymentState(c: CompiledStep): StateConfig {
  const stepId = c.step.id;
  const settle: Action = { type: 'recordPaymentOutcome' };
  return {
    always: c.routes.map((r) => ({
      target: r.goTo,
      guard: { type: 'noPaymentNeeded', params: { stepId, amount: c.amount, expression: r.when } },
    })),
    on: {
      PAYMENT_STARTED: [{ actions: [{ type: 'recordPaymentStart' }] }],
      PAYMENT_SETTLED: [
        ...c.routes.map((r) => ({
          target: r.goTo,
          guard: { type: 'paymentSucceeded', params: { expression: r.when } },
          actions: [settle],
        })),
        { actions: [settle] },
      ],
    },
  };
}

function approvalState(step: ApprovalStep, start: string): StateConfig {
  const stepId = step.id;
  const decision = (d: string): Guard => ({ type: 'decisionIs', params: { decision: d } });
  const record: Action = { type: 'recordDecision', params: { stepId } };
  return {
    entry: [{ type: 'openTasks', params: { stepId } }],
    on: {
      DECIDE: [
        { guard: decision('reject'), target: step.next.rejected, actions: [record] },
        {
          guard: { type: 'completesApproval', params: { stepId } },
          target: step.next.approved,
          actions: [record, { type: 'applyOnApproved', params: { stepId } }],
        },
        { guard: decision('approve'), actions: [record] },
        {
          guard: decision('requestMoreInformation'),
          target: start,
          actions: [{ type: 'requestMoreInformation', params: { stepId } }],
        },
      ],
      DEADLINE: [{ actions: ['passDeadline'] }],
    },
  };
}

/** Check your answers' routes; one into a payment step keeps check your answers for Back. */
function checkAnswersRoutes(c: CompiledStep, paymentSteps: ReadonlySet<string>): TransitionConfig[] {
  return c.routes.map((r) => ({
    target: r.goTo,
    ...(r.when ? { guard: { type: 'when', params: { expression: r.when } } } : {}),
    actions: paymentSteps.has(r.goTo) ? [{ type: 'rememberForBack', params: { stepId: c.step.id } }] : [],
  }));
}

function stateFor(
  c: CompiledStep,
  approvals: readonly string[],
  start: string,
  paymentSteps: ReadonlySet<string>,
): StateConfig {
  const { step } = c;
  switch (step.type) {
    case 'question':
    case 'addAnother':
    case 'content':
    case 'feedback':
      return pageState(c);
    case 'branch':
      return { always: routeTransitions(c.routes, []) };
    case 'payment':
      return paymentState(c);
    case 'eligibility':
      return {
        always: c.rules.map((rule) => ({
          target: rule.next,
          ...(rule.when ? { guard: { type: 'when', params: { expression: rule.when } } } : {}),
          actions: [
            { type: 'recordEligibility', params: { stepId: step.id, rule: rule.id, result: rule.result } },
          ],
        })),
      };
    case 'checkAnswers':
      return {
        entry: ['minimise'],
        on: {
          SUBMIT: [
            ...approvals.map((a) => ({
              target: a,
              guard: { type: 'resubmittingTo', params: { stepId: a } },
              actions: ['resubmit'],
            })),
            ...checkAnswersRoutes(c, paymentSteps),
          ],
        },
      };
    case 'approval':
      return approvalState(step, start);
    case 'end':
      return { type: 'final', entry: step.outcome === 'withdrawn' ? [] : ['minimise'] };
  }
}

/**
 * The machine definition: one state per step, with the step's id as the state's id, so the machine
 * reads like the journey. Back and Change are root transitions to any page; nothing waits on timers.
 */
export function machineConfig(
  journey: Journey,
  steps: ReadonlyMap<string, CompiledStep>,
  withdrawnState: string,
) {
  const approvals = [...steps.values()].filter((c) => c.step.type === 'approval').map((c) => c.step.id);
  const states: Record<string, StateConfig> = {};
  const paymentSteps = new Set(
    [...steps.values()].filter((c) => c.step.type === 'payment').map((c) => c.step.id),
  );
  for (const [id, c] of steps) states[id] = stateFor(c, approvals, journey.start, paymentSteps);
  if (withdrawnState === WITHDRAWN_STATE) states[WITHDRAWN_STATE] = { type: 'final' };
  const pages = [...steps.values()].filter(
    (c) => PAGE_TYPES.has(c.step.type) || c.step.type === 'checkAnswers',
  );
  return {
    id: journey.id,
    initial: journey.start,
    context: ({ input }: { input: JourneyInput }): JourneyContext => ({
      answers: {},
      completed: [],
      backStack: [],
      returning: false,
      pendingRevisit: [],
      eligibility: null,
      tasks: [],
      moreInformation: null,
      rounds: 0,
      origin: input.origin,
    }),
    on: {
      GO: pages.map((c) => ({
        target: `.${c.step.id}`,
        guard: { type: 'targetIs', params: { stepId: c.step.id } },
        actions: ['navigate'],
      })),
      WITHDRAW: [{ target: `.${withdrawnState}`, actions: ['withdraw'] }],
    },
    states,
  };
}
