import type { Journey } from '@fingerpost/schema';
import type { FeedbackRecord, StoredEvent } from '../storage/types';
import { VALIDATION_FAILED } from './persisted-events';

export interface StepAnalytics {
  stepId: string;
  type: string;
  /** Applications that came to this step. */
  reached: number;
  /** Applications that submitted it. */
  submitted: number;
  /** Applications left on it, unfinished (waiting for a caseworker does not count). */
  dropOff: number;
  dropOffRate: number | null;
  /** Median seconds from arriving on the page to submitting it. */
  medianSeconds: number | null;
}

export interface FeedbackSummary {
  stepId: string | null;
  useful: number;
  notUseful: number;
  problems: number;
  comments: Array<{ kind: FeedbackRecord['kind']; comment: string; at: string }>;
}

export interface VersionAnalytics {
  version: string;
  starts: number;
  completions: number;
  completionRate: number | null;
  outcomes: Record<string, number>;
  steps: StepAnalytics[];
  validationErrors: Array<{ stepId: string | null; field: string; code: string; count: number }>;
  satisfaction: {
    responses: number;
    average: number | null;
    distribution: Record<'1' | '2' | '3' | '4' | '5', number>;
  };
  feedback: FeedbackSummary[];
}

const SUBMITS = new Set(['pageSubmitted', 'applicationSubmitted', 'applicationResubmitted']);

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const dataOf = (event: StoredEvent) => (event.data ?? {}) as Record<string, unknown>;

interface StepTally {
  reached: Set<string>;
  submitted: Set<string>;
  dropOff: number;
  seconds: number[];
}

function tallySteps(events: readonly StoredEvent[], definition: Journey | undefined) {
  const steps = new Map<string, StepTally>();
  const tally = (id: string) => {
    const known = steps.get(id);
    if (known) return known;
    const fresh: StepTally = { reached: new Set(), submitted: new Set(), dropOff: 0, seconds: [] };
    steps.set(id, fresh);
    return fresh;
  };
  const byInstance = new Map<string, StoredEvent[]>();
  for (const e of events) {
    const list = byInstance.get(e.instanceId);
    if (list) list.push(e);
    else byInstance.set(e.instanceId, [e]);
  }
  let starts = 0;
  const outcomes: Record<string, number> = {};
  for (const [instanceId, list] of byInstance) {
    list.sort((a, b) => a.seq - b.seq);
    let current: string | null = null;
    let arrivedAt = 0;
    let completed = false;
    for (const event of list) {
      if (event.type === 'started') starts++;
      if (event.type === 'completed') {
        completed = true;
        const outcome = String(dataOf(event).outcome ?? 'unknown');
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      }
      if (SUBMITS.has(event.type) && event.stepId !== null && event.stepId === current) {
        const t = tally(current);
        t.submitted.add(instanceId);
        t.seconds.push((Date.parse(event.at) - arrivedAt) / 1000);
      }
      const landed = dataOf(event).landedOn;
      if (typeof landed === 'string' && landed !== current) {
        current = landed;
        arrivedAt = Date.parse(event.at);
        tally(current).reached.add(instanceId);
      }
    }
    const waiting = definition?.steps.find((s) => s.id === current)?.type === 'approval';
    if (!completed && current !== null && !waiting) tally(current).dropOff++;
  }
  return { steps, starts, outcomes };
}

function validationErrors(events: readonly StoredEvent[]) {
  const counts = new Map<string, { stepId: string | null; field: string; code: string; count: number }>();
  for (const e of events) {
    if (e.type !== VALIDATION_FAILED) continue;
    const fields = dataOf(e).fields;
    if (!Array.isArray(fields)) continue;
    for (const f of fields as Array<{ field?: unknown; code?: unknown }>) {
      const key = JSON.stringify([e.stepId, f.field, f.code]);
      const entry = counts.get(key) ?? {
        stepId: e.stepId,
        field: String(f.field),
        code: String(f.code),
        count: 0,
      };
      entry.count++;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.field.localeCompare(b.field));
}

function feedbackSummaries(feedback: readonly FeedbackRecord[]) {
  const distribution = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
  const ratings: number[] = [];
  const bySteps = new Map<string | null, FeedbackSummary>();
  for (const f of feedback) {
    if (f.kind === 'satisfaction' && f.rating !== null && f.rating >= 1 && f.rating <= 5) {
      ratings.push(f.rating);
      distribution[String(f.rating) as keyof typeof distribution]++;
    }
    const s = bySteps.get(f.stepId) ?? {
      stepId: f.stepId,
      useful: 0,
      notUseful: 0,
      problems: 0,
      comments: [],
    };
    if (f.kind === 'pageUseful') s.useful++;
    if (f.kind === 'pageNotUseful') s.notUseful++;
    if (f.kind === 'problem') s.problems++;
    if (f.comment) s.comments.push({ kind: f.kind, comment: f.comment, at: f.at });
    bySteps.set(f.stepId, s);
  }
  const average = ratings.length
    ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100
    : null;
  return {
    satisfaction: { responses: ratings.length, average, distribution },
    feedback: [...bySteps.values()],
  };
}

/**
 * A journey version's analytics from its stored events and feedback: starts, completions and the
 * completion rate, outcomes; per step how many reached and submitted it, drop-off and median time;
 * validation errors per field; satisfaction and page feedback per step.
 * @example versionAnalytics('1.0.0', definition, events, feedback).completionRate // 0.5
 */
export function versionAnalytics(
  version: string,
  definition: Journey | undefined,
  events: readonly StoredEvent[],
  feedback: readonly FeedbackRecord[],
): VersionAnalytics {
  const { steps, starts, outcomes } = tallySteps(events, definition);
  const completions = Object.values(outcomes).reduce((a, b) => a + b, 0);
  const ids = [
    ...(definition?.steps.map((s) => s.id) ?? []),
    ...[...steps.keys()].filter((id) => !definition?.steps.some((s) => s.id === id)),
  ];
  return {
    version,
    starts,
    completions,
    completionRate: starts > 0 ? Math.round((completions / starts) * 10_000) / 10_000 : null,
    outcomes,
    steps: ids.map((stepId) => {
      const t = steps.get(stepId);
      const reached = t?.reached.size ?? 0;
      return {
        stepId,
        type: definition?.steps.find((s) => s.id === stepId)?.type ?? 'unknown',
        reached,
        submitted: t?.submitted.size ?? 0,
        dropOff: t?.dropOff ?? 0,
        dropOffRate: reached > 0 ? Math.round(((t?.dropOff ?? 0) / reached) * 10_000) / 10_000 : null,
        medianSeconds: median(t?.seconds ?? []),
      };
    }),
    validationErrors: validationErrors(events),
    ...feedbackSummaries(feedback),
  };
}
