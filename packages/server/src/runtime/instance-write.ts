import type { JourneyRun, JourneySnapshot, JourneyView } from '@fingerpost/core';
import type { Journey } from '@fingerpost/schema';
import type { FeedbackRecord, InstanceRecord, InstanceWrite, NewEvent } from '../storage/types';
import { deadlinesOf, tasksOf } from './derived-records';
import { type RandomBytes, uuid } from './ids';
import { outboxItems } from './outputs';
import { eventsOfAction } from './persisted-events';
import { compactSnapshot } from './stored-snapshot';

/** The instance as last committed, without the snapshot (which the run holds). */
export type InstanceMeta = Omit<InstanceRecord, 'snapshot'>;

export interface WriteInput {
  meta: InstanceMeta;
  journey: Journey;
  run: JourneyRun;
  /** The view the action answered with (saves building it twice). */
  view: JourneyView;
  /** How long the run's history was before the action: later entries are the new events. */
  historyBefore: number;
  /** Events of the runtime's own, after the engine's. */
  extraEvents?: NewEvent[];
  /** 0 to create. */
  expectedVersion: number;
  at: string;
  today: string;
  random?: RandomBytes;
}

function feedbackOf(events: readonly NewEvent[], meta: InstanceMeta, random?: RandomBytes): FeedbackRecord[] {
  return events
    .filter((e) => e.type === 'feedbackGiven')
    .map((e) => {
      const data = e.data as { kind?: string; rating?: number | null; comment?: string | null };
      return {
        id: uuid(random),
        journeyId: meta.journeyId,
        journeyVersion: meta.journeyVersion,
        instanceId: meta.id,
        stepId: e.stepId,
        kind: (data.kind ?? 'satisfaction') as FeedbackRecord['kind'],
        rating: typeof data.rating === 'number' ? data.rating : null,
        comment: typeof data.comment === 'string' ? data.comment : null,
        at: e.at,
      };
    });
}

/**
 * Everything one action changes, as one storage write: the instance row and snapshot, the new
 * events, the instance's tasks and running deadlines, the outputs it triggers and its feedback.
 */
export function instanceWrite(input: WriteInput): InstanceWrite {
  const { meta, run, view } = input;
  // The events table holds the history: the snapshot leaves it out rather than copying it each write.
  const snapshot: JourneySnapshot = run.snapshot({ history: false, copy: false });
  const events = eventsOfAction(run.history(), input.historyBefore, view.step.id, input.extraEvents);
  const completed = view.status === 'completed';
  const instance: InstanceWrite['instance'] = {
    id: meta.id,
    journeyId: meta.journeyId,
    journeyVersion: meta.journeyVersion,
    status: view.status,
    currentStep: view.step.id,
    outcome: view.outcome?.kind ?? null,
    reference: meta.reference,
    // The resident may have switched language part way: letters and emails follow the latest choice.
    language: run.language,
    resumeTokenHash: meta.resumeTokenHash,
    snapshot: compactSnapshot(snapshot),
    createdAt: meta.createdAt,
    updatedAt: input.at,
    completedAt: completed ? (meta.completedAt ?? input.at) : null,
    erasedAt: null,
  };
  const keys = {
    instanceId: meta.id,
    journeyId: meta.journeyId,
    journeyVersion: meta.journeyVersion,
    reference: meta.reference,
  };
  return {
    instance,
    expectedVersion: input.expectedVersion,
    events,
    tasks: tasksOf(snapshot, input.journey, keys),
    deadlines: deadlinesOf(run.dueDeadlines(), meta.id),
    outbox: outboxItems({
      journey: input.journey,
      instanceId: meta.id,
      reference: meta.reference,
      answers: run.answers,
      events,
      earlier: run.history().slice(0, input.historyBefore),
      restsOnPayment: view.step.type === 'payment' && !completed,
      at: input.at,
      today: input.today,
      ...(input.random ? { random: input.random } : {}),
    }),
    feedback: feedbackOf(events, meta, input.random),
  };
}
