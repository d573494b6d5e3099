// Running a journey

export { AddAnotherPage } from './components/AddAnotherPage';
export { AwaitingDecisionPage } from './components/AwaitingDecisionPage';
export { BackLink } from './components/BackLink';
export { CheckAnswersPage } from './components/CheckAnswersPage';
export { ContentPage } from './components/ContentPage';
export { ErrorSummary } from './components/ErrorSummary';
export { FeedbackPage } from './components/FeedbackPage';
// Rendering it with GOV.UK Frontend markup
export { FingerpostJourney, type FingerpostJourneyProps } from './components/FingerpostJourney';
export { JourneyScreen, type JourneyScreenProps } from './components/JourneyScreen';
export { LanguageSwitch } from './components/LanguageSwitch';
export { OutcomePage } from './components/OutcomePage';
export { PaymentPage, poundsAndPence } from './components/PaymentPage';
export type { PageProps } from './components/page-props';
export { QuestionPage } from './components/QuestionPage';
export { StepPage } from './components/StepPage';
export type { FieldProps } from './fields/field-props';
export { type FileReference, type FileUploader, localFileReference } from './fields/file-reference';
// One question
export { QuestionField } from './fields/QuestionField';
export { formInput } from './form-input';
export {
  compileCurrent,
  type JourneyEvent,
  type JourneyLogicInput,
  type JourneyState,
  journeyLogic,
} from './journey-logic';
export type { PaymentCharge, PaymentHandler } from './payment-handler';
export { type UiText, uiText } from './ui-text';
export { type UseJourneyOptions, type UseJourneyResult, useJourney } from './use-journey';
