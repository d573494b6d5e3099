import type { HistoryEvent } from '../history';
import type { JourneyContext } from '../machine/context';
import type { RejectedPage, RunCore } from './run-core';

export const SNAPSHOT_FORMAT = 'fingerpost.snapshot/1';

/** XState's persisted snapshot of the journey machine (flat: the state value is a step id). */
export interface PersistedMachine {
  status: 'active' | 'done';
  value: string;
  context: JourneyContext;
  [key: string]: unknown;
}

/**
 * Everything needed to continue an application later: plain JSON, safe to JSON.stringify and
 * store. `answers` is authoritative on restore, so a migration can rewrite answers alone.
 */
export interface JourneySnapshot {
  format: typeof SNAPSHOT_FORMAT;
  journey: { id: string; version: string };
  instanceId: string | null;
  reference: string | null;
  language: string;
  machine: PersistedMachine;
  answers: Record<string, unknown>;
  history: HistoryEvent[];
  /** The last page refused with errors, so a page can be shown again after a redirect. */
  rejected: RejectedPage | null;
}

/** Takes the run's snapshot. A deep copy through JSON: the caller can keep or change it freely. */
export function takeSnapshot(core: RunCore): JourneySnapshot {
  const persisted = core.actor.getPersistedSnapshot() as unknown as PersistedMachine;
  const snapshot: JourneySnapshot = {
    format: SNAPSHOT_FORMAT,
    journey: { id: core.compiled.journey.id, version: core.compiled.journey.version },
    instanceId: core.instanceId,
    reference: core.reference,
    language: core.language,
    machine: persisted,
    answers: persisted.context.answers,
    history: [...core.history.list()],
    rejected: core.lastRejected,
  };
  return JSON.parse(JSON.stringify(snapshot)) as JourneySnapshot;
}
