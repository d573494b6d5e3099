/** Who caused an event: the resident, a caseworker (with id and role), or the engine itself. */
export interface HistoryActor {
  kind: 'resident' | 'caseworker' | 'system';
  id?: string;
  role?: string;
}

/** Kinds of events in an application's audit trail. */
export type HistoryEventType =
  | 'started'
  | 'pageSubmitted'
  | 'itemAdded'
  | 'itemChanged'
  | 'itemRemoved'
  | 'wentBack'
  | 'changeStarted'
  | 'eligibilityDecided'
  | 'answersDropped'
  | 'applicationSubmitted'
  | 'applicationResubmitted'
  | 'tasksOpened'
  | 'decided'
  | 'moreInformationRequested'
  | 'deadlinePassed'
  | 'escalated'
  | 'feedbackGiven'
  | 'paymentStarted'
  | 'paymentSettled'
  | 'paymentRefunded'
  | 'withdrawn'
  | 'languageChanged'
  | 'onApprovedSet'
  | 'completed';

/**
 * One entry of the audit trail a council keeps for appeals and FOI: who did what, when, on which
 * step of which journey version. Answers themselves are not copied here (only which fields), so
 * dropping an answer for data minimisation really drops it.
 */
export interface HistoryEvent {
  seq: number;
  at: string;
  type: HistoryEventType;
  actor: HistoryActor;
  stepId?: string;
  journeyVersion: string;
  data: Record<string, unknown>;
}

/** An append-only list of history events, numbered from 1. */
export class History {
  private readonly events: HistoryEvent[];
  constructor(
    private readonly journeyVersion: string,
    events: readonly HistoryEvent[] = [],
  ) {
    this.events = [...events];
  }

  append(
    at: string,
    type: HistoryEventType,
    actor: HistoryActor,
    data: Record<string, unknown>,
    stepId?: string,
  ): void {
    const event: HistoryEvent = {
      seq: this.events.length + 1,
      at,
      type,
      actor,
      journeyVersion: this.journeyVersion,
      data,
    };
    if (stepId !== undefined) event.stepId = stepId;
    this.events.push(event);
  }

  list(): readonly HistoryEvent[] {
    return this.events;
  }
}

export const RESIDENT: HistoryActor = { kind: 'resident' };
export const SYSTEM: HistoryActor = { kind: 'system' };
