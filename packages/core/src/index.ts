/** @fingerpost/core: runs Fingerpost journeys as XState v5 machines, in Node or the browser. See docs/api.md. */

export { addDuration, dueTime } from './approvals/deadlines';
export type { DecisionBy } from './approvals/decide';
export type { TaskRecord, TaskStatus } from './approvals/task-record';
export { ENGLAND_AND_WALES_BANK_HOLIDAYS, englandAndWales } from './calendar/england-and-wales';
export {
  addWorkingDays,
  countWorkingDays,
  createWorkingDayCalendar,
  type WorkingDayCalendar,
} from './calendar/working-days';
export { type Clock, londonDate } from './clock';
export { LruCache } from './compile/cache';
export { type CompileOptions, clearCompiledJourneys, compileJourney } from './compile/compile-journey';
export type { CompiledJourney, CompiledStep } from './compile/compiled-journey';
export { type EngineError, JourneyCompileError } from './errors';
export * from './explore/index';
export type { FieldError, FormContext, FormErrorCode, FormResult, PageForm } from './forms/index';
export { compilePageForm, formatAnswer, normalisePhone, normalisePostcode, textFor } from './forms/index';
export type { HistoryActor, HistoryEvent, HistoryEventType } from './history';
export { paymentAmount } from './payments/payment-amount';
export type {
  PaymentOutcome,
  PaymentRecord,
  PaymentRefund,
  PaymentSettlement,
  PaymentStepView,
  PaymentView,
} from './payments/payment-types';
export type { FeedbackInput } from './run/feedback';
export type { ActionResult, Actor, JourneyRun } from './run/journey-run';
export {
  type RestoreOptions,
  type RestoreResult,
  restoreJourney,
  type SnapshotMigration,
} from './run/restore';
export {
  type JourneySnapshot,
  type PersistedMachine,
  SNAPSHOT_FORMAT,
  SNAPSHOT_FORMAT_1,
  SNAPSHOT_FORMAT_2,
  type SnapshotHistoryEntry,
  type SnapshotHistoryEvent,
  type SnapshotOptions,
} from './run/snapshot';
export { type StartOptions, startJourney } from './run/start';
export type { ViewOptions } from './run/view';
export * from './scenarios/index';
export { type InputPresentation, inputPresentation } from './view/input-presentation';
export type {
  AnswerView,
  ComponentView,
  EligibilityView,
  ItemView,
  JourneyStatus,
  JourneyView,
  MoreInformationView,
  OptionView,
  OutcomeView,
  ProgressView,
  StepView,
  TaskView,
} from './view-types';
