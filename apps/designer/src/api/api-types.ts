import type { Journey } from '@fingerpost/schema';

/** A journey version as the server lists it for designers. */
export interface VersionSummary {
  id: string;
  version: string;
  status: 'draft' | 'published';
  title: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export interface VersionWithDefinition extends VersionSummary {
  definition: Journey;
}

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

export interface ValidationReport {
  valid: boolean;
  errors: FieldProblem[];
}

export interface StepAnalytics {
  stepId: string;
  type: string;
  reached: number;
  submitted: number;
  dropOff: number;
  dropOffRate: number | null;
  medianSeconds: number | null;
}

export interface VersionAnalytics {
  version: string;
  starts: number;
  completions: number;
  completionRate: number | null;
  outcomes: Record<string, number>;
  steps: StepAnalytics[];
  validationErrors: Array<{ stepId: string | null; field: string; code: string; count: number }>;
  satisfaction: { responses: number; average: number | null; distribution: Record<string, number> };
  feedback: Array<{
    stepId: string | null;
    useful: number;
    notUseful: number;
    problems: number;
    comments: Array<{ kind: string; comment: string; at: string }>;
  }>;
}

export interface JourneyAnalytics {
  journeyId: string;
  versions: VersionAnalytics[];
}

/** A review link for a journey version; `token` only in the answer that made it. */
export interface ReviewLink {
  id: string;
  journeyId: string;
  version: string;
  token?: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  status: 'active' | 'revoked' | 'expired';
}

export interface CommentReply {
  id: string;
  author: { kind: 'reviewer' | 'designer'; name: string };
  text: string;
  createdAt: string;
}

/** A review comment pinned to a step, or to one question on it (`field`), with its replies. */
export interface CommentThread extends CommentReply {
  stepId: string;
  field: string | null;
  status: 'open' | 'resolved';
  resolvedAt: string | null;
  resolvedBy: string | null;
  replies: CommentReply[];
}

export interface NewComment {
  stepId: string;
  field?: string;
  author: string;
  text: string;
}

/** A version as a reviewer reads it through a review link (or a designer through the same route). */
export interface ReviewDraft extends VersionWithDefinition {
  reviewer: 'reviewer' | 'designer';
  linkExpiresAt: string | null;
}
