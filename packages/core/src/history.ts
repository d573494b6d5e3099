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

/**
 * An append-only list of history events, numbered from 1. A restored history is expanded from its
 * snapshot entries only when first listed: restoring to take one action and store it (as a server
 * does) never needs the entries themselves.
 */
export class History {
  private events: HistoryEvent[] | null;
  private restored: (() => HistoryEvent[]) | null = null;
  private readonly appended: HistoryEvent[] = [];
  private count: number;

  constructor(
    private readonly journeyVersion: string,
    events: readonly HistoryEvent[] = [],
  ) {
    this.events = [...events];
    this.count = events.length;
  }

  /** A history of `count` entries that `expand` builds when they are first listed. */
  static restored(journeyVersion: string, count: number, expand: () => HistoryEvent[]): History {
    const history = new History(journeyVersion);
    history.events = null;
    history.restored = expand;
    history.count = count;
    return history;
  }

  get length(): number {
    return this.count;
  }

  append(
    at: string,
    type: HistoryEventType,
    actor: HistoryActor,
    data: Record<string, unknown>,
    stepId?: string,
  ): void {
    const event: HistoryEvent = {
      seq: this.count + 1,
      at,
      type,
      actor,
      journeyVersion: this.journeyVersion,
      data,
    };
    if (stepId !== undefined) event.stepId = stepId;
    (this.events ?? this.appended).push(event);
    this.count++;
  }

  list(): readonly HistoryEvent[] {
    if (this.events === null) {
      this.events = [...(this.restored?.() ?? []), ...this.appended];
      this.restored = null;
      this.appended.length = 0;
    }
    return this.events;
  }
}

export const RESIDENT: HistoryActor = { kind: 'resident' };
export const SYSTEM: HistoryActor = { kind: 'system' };
