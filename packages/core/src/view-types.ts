import type { Decision, EligibilityResult, Step, Validation } from '@fingerpost/schema';
import type { FieldError } from './forms/index';
import type { PaymentStepView, PaymentView } from './payments/payment-types';

/** Where an application stands, as residents and caseworkers see it. */
export type JourneyStatus = 'inProgress' | 'awaitingDecision' | 'moreInformationRequested' | 'completed';

export interface OptionView {
  value: string;
  label: string;
  hint: string | null;
  selected: boolean;
  exclusive: boolean;
}

/** One question on the current page, ready to render. */
export interface ComponentView {
  field: string;
  type: string;
  label: string;
  hint: string | null;
  optional: boolean;
  widget: string | null;
  autocomplete: string | null;
  /** The answer held (or, on an add-another page, nothing: items are listed separately). */
  value: unknown;
  /** What the resident typed when the page was rejected, to show it back unchanged. */
  raw: unknown;
  error: FieldError | null;
  options: OptionView[];
  /** Whether its `showIf` holds for the answers so far (renderers may reveal it with JavaScript). */
  visible: boolean;
  validation: Validation | null;
}

export interface ItemView {
  index: number;
  summary: string;
  values: Record<string, unknown>;
}

export interface StepView {
  id: string;
  type: Step['type'];
  title: string | null;
  caption: string | null;
  intro: string | null;
  body: string | null;
  warning: string | null;
  declaration: string | null;
  submitLabel: string | null;
  /** A feedback step's question. */
  question: string | null;
  components: ComponentView[];
  /** An add-another page's list. */
  items: ItemView[] | null;
  itemName: string | null;
  /** A payment step's amount, description and latest attempt. */
  payment: PaymentStepView | null;
}

/** One row of check your answers. */
export interface AnswerView {
  stepId: string;
  field: string;
  label: string;
  value: unknown;
  display: string;
  /** The page that asks it, for the Change link (null when it cannot be changed now). */
  changeTarget: string | null;
}

export interface OutcomeView {
  kind: 'submitted' | 'approved' | 'ineligible' | 'rejected' | 'withdrawn';
  stepId: string | null;
  title: string;
  body: string | null;
  whatHappensNext: string | null;
  alternatives: string | null;
  contact: string | null;
  /** Why: the eligibility rule's reason, or the reason an automatic decision gave. */
  reason: string | null;
  rule: string | null;
}

export interface EligibilityView {
  stepId: string;
  result: EligibilityResult;
  rule: string;
  reason: string;
}

export interface TaskView {
  id: string;
  stepId: string;
  title: string;
  roles: string[];
  status: 'open' | 'approved' | 'rejected' | 'waitingForResident' | 'cancelled';
  dueAt: string | null;
  paused: boolean;
  escalated: boolean;
  /** Decisions the viewing role may make now ([] if it cannot act). */
  allowedDecisions: Decision[];
}

export interface MoreInformationView {
  comment: string;
  pages: string[];
  round: number;
}

export interface ProgressView {
  /** Pages completed on the resident's route. */
  stepsCompleted: number;
  /** Applications sent back for more information so far. */
  rounds: number;
}

/** Everything a renderer needs to show the application now, in one language. */
export interface JourneyView {
  journey: { id: string; version: string; title: string };
  language: string;
  languages: string[];
  instanceId: string | null;
  reference: string | null;
  status: JourneyStatus;
  step: StepView;
  errors: FieldError[];
  progress: ProgressView;
  backTarget: string | null;
  answers: AnswerView[];
  outcome: OutcomeView | null;
  eligibility: EligibilityView | null;
  tasks: TaskView[];
  moreInformation: MoreInformationView | null;
  /** Every attempt to pay on the application, with refunds, for caseworkers and receipts. */
  payments: PaymentView[];
  /** What can be done now: 'submit', 'back', 'change', 'addItem', 'changeItem', 'removeItem', 'decide', 'withdraw', 'feedback', 'paymentStarted', 'paymentSettled'. */
  allowedActions: string[];
}
