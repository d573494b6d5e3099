import type {
  ActionResult,
  Actor,
  DecisionBy,
  FeedbackInput,
  JourneyRun,
  PaymentRefund,
  PaymentSettlement,
} from '@fingerpost/core';
import type { Decision } from '@fingerpost/schema';

/** One thing done to an application: a resident's step, a caseworker's decision, or a deadline. */
export type InstanceAction =
  | { type: 'submit'; stepId: string; answers: Record<string, unknown>; actor?: Actor }
  | { type: 'addItem'; stepId: string; answers: Record<string, unknown> }
  | { type: 'changeItem'; stepId: string; index: number; answers: Record<string, unknown> }
  | { type: 'removeItem'; stepId: string; index: number }
  | { type: 'back' }
  | { type: 'change'; stepId: string }
  | { type: 'withdraw'; reason?: string }
  | { type: 'setLanguage'; language: string }
  | { type: 'feedback'; input: FeedbackInput }
  | { type: 'decide'; taskId: string; decision: Decision; by: DecisionBy }
  | { type: 'deadlinePassed'; taskId: string }
  | { type: 'paymentStarted'; stepId: string; paymentId: string }
  | { type: 'paymentSettled'; stepId: string; settlement: PaymentSettlement }
  | { type: 'paymentRefunded'; refund: PaymentRefund; by: Actor };

/** Applies an action to a run; the engine never throws and leaves the run unchanged on a refusal. */
export function applyAction(run: JourneyRun, action: InstanceAction): ActionResult {
  switch (action.type) {
    case 'submit':
      return run.submit(action.stepId, action.answers, action.actor);
    case 'addItem':
      return run.addItem(action.stepId, action.answers);
    case 'changeItem':
      return run.changeItem(action.stepId, action.index, action.answers);
    case 'removeItem':
      return run.removeItem(action.stepId, action.index);
    case 'back':
      return run.back();
    case 'change':
      return run.change(action.stepId);
    case 'withdraw':
      return run.withdraw(action.reason);
    case 'setLanguage':
      return run.setLanguage(action.language);
    case 'feedback':
      return run.feedback(action.input);
    case 'decide':
      return run.decide(action.taskId, action.decision, action.by);
    case 'deadlinePassed':
      return run.deadlinePassed(action.taskId);
    case 'paymentStarted':
      return run.paymentStarted(action.stepId, action.paymentId);
    case 'paymentSettled':
      return run.paymentSettled(action.stepId, action.settlement);
    case 'paymentRefunded':
      return run.paymentRefunded(action.refund, action.by);
  }
}

type Posting = Extract<InstanceAction, { answers: Record<string, unknown> }>;

/** Whether an action posts answers to a page (whose file answers must then be checked). */
export function postsAnswers(action: InstanceAction): action is Posting {
  return action.type === 'submit' || action.type === 'addItem' || action.type === 'changeItem';
}
