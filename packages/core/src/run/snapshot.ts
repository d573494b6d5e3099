import type { HistoryActor, HistoryEvent, HistoryEventType } from '../history';
import type { JourneyContext } from '../machine/context';
import type { RejectedPage, RunCore } from './run-core';

export const SNAPSHOT_FORMAT = 'fingerpost.snapshot/3';
/** The second format: still restored (its history entries were objects). */
export const SNAPSHOT_FORMAT_2 = 'fingerpost.snapshot/2';
/** The first format: still restored (it kept the answers twice and every history entry whole). */
export const SNAPSHOT_FORMAT_1 = 'fingerpost.snapshot/1';

/**
 * The journey machine's state (flat: the state value is a step id), without the answers: they are
 * kept once, in the snapshot's `answers`.
 */
export interface PersistedMachine {
  status: 'active' | 'done';
  value: string;
  context: Omit<JourneyContext, 'answers'>;
  [key: string]: unknown;
}

/**
 * A history entry as formats 1 and 2 kept it: an object whose `seq` may be left out (its place in
 * the list says it) and whose `journeyVersion` is written only where it changes.
 */
export type SnapshotHistoryEvent = Omit<HistoryEvent, 'seq' | 'journeyVersion'> & {
  seq?: number;
  journeyVersion?: string;
};

/**
 * A history entry as format 3 keeps it, by position (a third smaller, and faster to parse):
 * `[at, type, actor, stepId, data]`, plus the journey version where it changes (on the first
 * entry, and after a migration). The actor is its kind alone when it has no id or role.
 */
export type SnapshotHistoryEntry = [
  at: string,
  type: HistoryEventType,
  actor: HistoryActor | HistoryActor['kind'],
  stepId: string | null,
  data: Record<string, unknown>,
  journeyVersion?: string,
];

/**
 * Everything needed to continue an application later: plain JSON, safe to JSON.stringify and
 * store. `answers` is authoritative on restore, so a migration can rewrite answers alone.
 */
export interface JourneySnapshot {
  format: typeof SNAPSHOT_FORMAT | typeof SNAPSHOT_FORMAT_2 | typeof SNAPSHOT_FORMAT_1;
  journey: { id: string; version: string };
  instanceId: string | null;
  reference: string | null;
  language: string;
  machine: PersistedMachine;
  answers: Record<string, unknown>;
  /**
   * Empty in a snapshot taken with `{ history: false }`: the host keeps the history itself. Format
   * 3 writes entries by position; restore also reads the objects of formats 1 and 2, and whole
   * HistoryEvents (as a host that keeps the history puts them back).
   */
  history: Array<SnapshotHistoryEntry | SnapshotHistoryEvent>;
  /** The last page refused with errors, so a page can be shown again after a redirect. */
  rejected: RejectedPage | null;
}

export interface SnapshotOptions {
  /**
   * Leave the history out (default: include it). For hosts that store every history entry already
   * (the server's events table): they must put the entries back before restoring, or the restored
   * run starts with an empty history.
   */
  history?: boolean;
  /**
   * Share the run's own (immutable) values instead of deep-copying them (default: copy). For hosts
   * that serialise the snapshot at once and never change it: saves a copy of every answer.
   */
  copy?: boolean;
}

function compactHistory(events: readonly HistoryEvent[]): SnapshotHistoryEntry[] {
  let version: string | undefined;
  return events.map((event) => {
    const actor =
      event.actor.id === undefined && event.actor.role === undefined ? event.actor.kind : event.actor;
    const stepId = event.stepId ?? null;
    if (event.journeyVersion === version) return [event.at, event.type, actor, stepId, event.data];
    version = event.journeyVersion;
    return [event.at, event.type, actor, stepId, event.data, event.journeyVersion];
  });
}

/**
 * A deep copy of a JSON value the engine built (answers, context, history): twice as fast as a trip
 * through JSON text, and the same result for these values (undefined properties are left out).
 */
function copyJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyJson) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (entry === undefined) continue;
    // An own "__proto__" key (possible in an item a host passed) must stay a key, as JSON keeps it.
    if (key === '__proto__')
      Object.defineProperty(copy, key, {
        value: copyJson(entry),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else copy[key] = copyJson(entry);
  }
  return copy as T;
}

/** Takes the run's snapshot: a deep copy, so the caller can keep or change it freely. */
export function takeSnapshot(core: RunCore, options: SnapshotOptions = {}): JourneySnapshot {
  const persisted = core.actor.getSnapshot();
  const { answers, ...context } = persisted.context;
  const snapshot: JourneySnapshot = {
    format: SNAPSHOT_FORMAT,
    journey: { id: core.compiled.journey.id, version: core.compiled.journey.version },
    instanceId: core.instanceId,
    reference: core.reference,
    language: core.language,
    machine: {
      status: persisted.status as PersistedMachine['status'],
      value: String(persisted.value),
      context,
    },
    answers,
    history: options.history === false ? [] : compactHistory(core.history.list()),
    // What the resident typed came from the host, so it may hold anything: JSON says what survives.
    rejected: core.lastRejected ? (JSON.parse(JSON.stringify(core.lastRejected)) as RejectedPage) : null,
  };
  return options.copy === false ? snapshot : copyJson(snapshot);
}
