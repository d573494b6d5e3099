export { type JsonSchema, validateAgainst } from './api/json-schema';
export { type OpenApiDocument, openApiDocument, refusalsOf } from './api/openapi';
export type { HandlerInput, Method, RouteSpec } from './api/route';
export { API_ROUTES } from './api/route-table';
export { type AppOptions, createApp, type PageServices } from './app';
export {
  type AuthKind,
  type Caller,
  expectedAccess,
  MATRIX_CALLERS,
  type MatrixCaller,
  type RoleScope,
} from './auth/access';
export { bearerToken } from './auth/bearer';
export {
  type Authenticate,
  type CaseworkerPrincipal,
  DATA_PROTECTION_ROLE,
  type DesignerPrincipal,
  type Principal,
} from './auth/principal';
export { type DevTokens, makeDevTokens, type StaffTokens } from './auth/staff-tokens';
export * from './connected/index';
export { csvCell, neutraliseFormula, toCsv } from './exports/csv';
export { displayValue, type ExportField, exportFields } from './exports/export-fields';
export type { ExportScope, Submission } from './exports/submissions';
export { exportSubmissions, type SubmissionsExport, submissionsCsv } from './exports/submissions-export';
export { type RenderError, toHttpError } from './http/error-handler';
export { type FieldProblem, HttpError, type Problem, problemOf, problemResponse } from './http/http-error';
export { type RateLimitOptions, tokenBucket } from './http/rate-limit';
export type { DeliveryResult } from './outbox/delivery';
export {
  createFakeNotify,
  type FakeNotify,
  type FakeNotifyEmail,
  type FakeNotifyOptions,
} from './outbox/fake-notify';
export {
  type EmailPayload,
  type NotifySettings,
  notifyEmailSender,
  notifyFromEnv,
} from './outbox/notify-email';
export {
  type OutboxCounts,
  type OutboxWorker,
  type OutboxWorkerOptions,
  outboxWorker,
} from './outbox/outbox-worker';
export { outputWarnings } from './outbox/output-settings';
export { DEFAULT_RETRY_POLICY, type RetryPolicy, retryDelay } from './outbox/retry-policy';
export {
  DELIVERY_HEADER,
  SIGNATURE_HEADER,
  signWebhookBody,
  verifyWebhookSignature,
} from './outbox/signature';
export { deliverWebhook, type WebhookPayload } from './outbox/webhook';
export { createPages, type PagesOptions, pagesErrorRenderer } from './pages/index';
export type { InstanceAction } from './runtime/actions';
export type { VersionAnalytics } from './runtime/analytics';
export type { CaseView, TaskItem } from './runtime/cases';
export { type JourneySummary, journeySummary, type PublishedJourney } from './runtime/catalogue';
export type { ErasureResult } from './runtime/erasure';
export { referenceNumber, resumeToken, tokenHash, tokenMatches } from './runtime/ids';
export type { InstanceAccess } from './runtime/instance-access';
export type { ActOutcome, InstanceView, StartedInstance } from './runtime/instances';
export {
  type BeginPayment,
  type PayClientFor,
  type PaymentBegin,
  type PaymentCheck,
  Payments,
  payProblem,
} from './runtime/payments';
export { type PublishReport, publishDirectory } from './runtime/publish-directory';
export type { PurgeReport } from './runtime/retention';
export { createRuntime, type Runtime, type RuntimeOptions } from './runtime/runtime';
export {
  type BackgroundOptions,
  type BackgroundWorkers,
  startBackgroundWorkers,
} from './scheduler/background-workers';
export {
  type DeadlineCounts,
  type DeadlineScheduler,
  type DeadlineSchedulerOptions,
  deadlineScheduler,
} from './scheduler/deadline-scheduler';
export { type FireOutcome, fireDeadline } from './scheduler/fire-deadline';
export { DEFAULT_PURGE_INTERVAL_MS, type PurgeJob, purgeJob } from './scheduler/purge-job';
export { createServer, type RunningServer, type ServerOptions } from './server';
export * from './storage/index';
