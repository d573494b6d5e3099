import type { EndStep } from '@fingerpost/schema';
import type { EngineError } from '../errors';
import type { JourneyStatus } from '../view-types';

export interface ExploreOptions {
  /** Stop after this many distinct routes (default 500); the result says when it stopped early. */
  maxRoutes?: number;
  /**
   * Stop after this many engine actions (default 50,000): a guard for journeys whose answers combine
   * into more states than a test run should visit.
   */
  maxActions?: number;
  /** The clock when each route starts, ISO 8601 (default 2026-01-05T09:00:00Z). */
  now?: string;
}

/** The eligibility rule that decided at one eligibility step ('otherwise' when none held). */
export interface RuleDecided {
  stepId: string;
  rule: string;
}

/** What a caseworker (or a passed deadline) did on a route. */
export interface RouteDecision {
  stepId: string;
  taskId: string;
  decision: 'approve' | 'reject' | 'requestMoreInformation' | 'deadlinePassed';
  /** The role that decided; absent for a passed deadline. */
  role?: string;
}

/** Where a route ended. */
export interface RouteEnd {
  status: JourneyStatus;
  outcome?: EndStep['outcome'];
  stepId?: string;
}

/** One distinct way through the journey, with the answers and decisions that take it. */
export interface ExploredRoute {
  /** Every step in the order taken, pages and the steps residents never see (branches, eligibility). */
  steps: string[];
  end: RouteEnd;
  /** The answers the explorer gave, by field, as typed values (add-another groups as lists of items). */
  answers: Record<string, unknown>;
  decisions: RouteDecision[];
  /** Journey edges taken, as [from, to]. */
  transitions: Array<[string, string]>;
  /** Rules that decided, as "stepId/ruleId" (including "stepId/otherwise"). */
  eligibilityRules: string[];
}

export type RouteProblemCode =
  /** The engine refused an answer the explorer took to be valid. */
  | 'answer.rejected'
  /** The engine refused a caseworker decision, a deadline or a list action. */
  | 'action.refused'
  /** The explorer found nothing it could do to leave a step. */
  | 'step.stuck'
  /** A route went on far longer than the journey has steps: it goes round in a loop. */
  | 'route.loops'
  /** The engine threw instead of answering with a value. */
  | 'engine.threw';

/** Something that stopped a route: reported, never thrown. */
export interface RouteProblem {
  code: RouteProblemCode;
  message: string;
  /** The step the resident (or caseworker) was on. */
  stepId: string;
  /** The steps taken before the problem. */
  steps: string[];
  /** What the explorer submitted or did. */
  input?: unknown;
  /** The engine's error, with field errors for a rejected page. */
  error?: EngineError;
}

export interface ExploredRoutes {
  routes: ExploredRoute[];
  problems: RouteProblem[];
  /** How many routes reached each end step (or each status, for routes that did not end). */
  ends: Record<string, number>;
  /** True when a limit stopped exploration before every route was found. */
  truncated: boolean;
  truncatedBy: 'maxRoutes' | 'maxActions' | null;
  maxRoutes: number;
  /** Engine actions performed: a measure of the work done. */
  actions: number;
}
