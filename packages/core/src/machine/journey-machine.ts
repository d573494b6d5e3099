import { assign, setup } from 'xstate';
import type { ContextUpdate, MachineDeps } from './actions/action-types';
import { applyOnApproved } from './actions/apply-on-approved';
import { minimise } from './actions/minimise';
import { navigate } from './actions/navigate';
import { openTasks } from './actions/open-tasks';
import { passDeadline } from './actions/pass-deadline';
import { recordDecision } from './actions/record-decision';
import { recordEligibility } from './actions/record-eligibility';
import { recordPage } from './actions/record-page';
import { recordPaymentOutcome, recordPaymentStart, rememberForBack } from './actions/record-payment';
import { requestMoreInformation } from './actions/request-more-information';
import { resubmit } from './actions/resubmit';
import { setItems } from './actions/set-items';
import { withdraw } from './actions/withdraw';
import type { JourneyContext, JourneyEvent, JourneyInput } from './context';
import {
  completesApproval,
  decisionIs,
  noPaymentNeeded,
  paymentSucceeded,
  resubmittingTo,
  skipFinished,
  targetIs,
  when,
} from './guards';

/**
 * The named guards and actions every journey machine shares; a journey's conditions arrive as
 * parameters (parsed expressions), so the implementations never change per journey.
 */
export function journeySetup(deps: MachineDeps) {
  // Actions are pure context updates; deps closes over the compiled journey, never the outside world.
  const update = <P>(fn: ContextUpdate<P>) =>
    assign<JourneyContext, JourneyEvent, P, JourneyEvent, never>(({ context, event }, params) =>
      fn(context, event, params, deps),
    );
  return setup({
    types: {} as { context: JourneyContext; events: JourneyEvent; input: JourneyInput },
    guards: {
      when,
      skipFinished,
      targetIs,
      decisionIs,
      completesApproval,
      resubmittingTo,
      paymentSucceeded,
      noPaymentNeeded,
    },
    actions: {
      recordPage: update(recordPage),
      setItems: update(setItems),
      navigate: update(navigate),
      recordEligibility: update(recordEligibility),
      minimise: update(minimise),
      openTasks: update(openTasks),
      recordDecision: update(recordDecision),
      requestMoreInformation: update(requestMoreInformation),
      applyOnApproved: update(applyOnApproved),
      passDeadline: update(passDeadline),
      withdraw: update(withdraw),
      resubmit: update(resubmit),
      recordPaymentStart: update(recordPaymentStart),
      recordPaymentOutcome: update(recordPaymentOutcome),
      rememberForBack: update(rememberForBack),
    },
  });
}

export type JourneySetup = ReturnType<typeof journeySetup>;
export type JourneyMachine = ReturnType<JourneySetup['createMachine']>;
