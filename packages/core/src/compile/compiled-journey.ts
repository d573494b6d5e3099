import type { Journey, Step } from '@fingerpost/schema';
import type { WorkingDayCalendar } from '../calendar/working-days';
import type { CompiledExpression } from '../expression';
import type { PageForm } from '../forms/index';
import type { JourneyMachine } from '../machine/journey-machine';
import type { CompiledAmount } from '../payments/payment-amount';
import type { Route, Rule } from '../routing';

/** A step with everything the engine needs at run time worked out once. */
export interface CompiledStep {
  readonly step: Step;
  /** Where the step leads (pages, branches, check answers, feedback). */
  readonly routes: readonly Route[];
  /** Eligibility rules with `otherwise` last (eligibility steps). */
  readonly rules: readonly Rule[];
  /** Question and add-another pages. */
  readonly form: PageForm | null;
  /** Answers the page collects: its components' fields, or an add-another page's group. */
  readonly fields: readonly string[];
  /** Fields recorded on approval (approval steps). */
  readonly onApproved: ReadonlyArray<readonly [field: string, value: CompiledExpression]>;
  /** What to pay, in pence or as a money expression (payment steps). */
  readonly amount: CompiledAmount | null;
}

/** A journey turned into an XState machine and lookup tables; made once per journey version. */
export interface CompiledJourney {
  readonly kind: 'fingerpost.compiled-journey';
  readonly journey: Journey;
  /** `${id}@${version}`. */
  readonly key: string;
  readonly machine: JourneyMachine;
  readonly steps: ReadonlyMap<string, CompiledStep>;
  readonly calendar: WorkingDayCalendar;
  /** The end step residents reach when they withdraw ('_withdrawn' when the journey has none). */
  readonly withdrawnState: string;
}

/** The steps a resident rests on and submits. */
export const PAGE_TYPES: ReadonlySet<Step['type']> = new Set([
  'question',
  'addAnother',
  'content',
  'feedback',
]);

/** Pages that hold answers, and so appear on check your answers. */
export const ANSWER_PAGE_TYPES: ReadonlySet<Step['type']> = new Set(['question', 'addAnother']);

/** The state residents withdraw into when the journey has no end step for it. */
export const WITHDRAWN_STATE = '_withdrawn';
