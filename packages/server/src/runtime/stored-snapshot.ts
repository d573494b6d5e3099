import type { HistoryEvent, HistoryEventType, JourneySnapshot } from '@fingerpost/core';
import type { StoredEvent } from '../storage/types';
import { VALIDATION_FAILED } from './persisted-events';

/** Event types the server records beside the engine's: not part of the engine's history. */
const SERVER_EVENTS: ReadonlySet<string> = new Set([VALIDATION_FAILED, 'instanceErased']);

/**
 * The snapshot as the instance row keeps it: without the history (the events table holds every
 * entry already) and without a second copy of the answers (`answers` is authoritative on restore;
 * format 1 snapshots also kept them in the machine's context). Each write then costs what the
 * answers cost, not what the whole history costs. Rows written in format 1 restore as they are.
 */
export function compactSnapshot(snapshot: JourneySnapshot): JourneySnapshot {
  if (snapshot.history.length === 0 && !('answers' in snapshot.machine.context)) return snapshot;
  const { answers: _duplicate, ...context } = snapshot.machine.context as Record<string, unknown>;
  return {
    ...snapshot,
    machine: { ...snapshot.machine, context: context as JourneySnapshot['machine']['context'] },
    history: [],
  };
}

/** The engine's history rebuilt from the stored events: the inverse of toNewEvent, minus the server's own. */
export function historyFromEvents(events: readonly StoredEvent[]): HistoryEvent[] {
  return events
    .filter((e) => !SERVER_EVENTS.has(e.type))
    .map((e, index) => {
      const { landedOn: _landedOn, ...data } = (e.data ?? {}) as Record<string, unknown>;
      const event: HistoryEvent = {
        seq: index + 1,
        at: e.at,
        type: e.type as HistoryEventType,
        actor: {
          kind: e.actorKind === 'designer' ? 'system' : e.actorKind,
          ...(e.actorId !== null ? { id: e.actorId } : {}),
          ...(e.actorRole !== null ? { role: e.actorRole } : {}),
        },
        journeyVersion: e.journeyVersion,
        data,
      };
      if (e.stepId !== null) event.stepId = e.stepId;
      return event;
    });
}

/** The full snapshot to restore from: a compact one gets its history back from the events. */
export async function fullSnapshot(
  stored: unknown,
  events: () => Promise<readonly StoredEvent[]>,
): Promise<JourneySnapshot> {
  const snapshot = stored as JourneySnapshot;
  const compact = Array.isArray(snapshot?.history) && snapshot.history.length === 0;
  return compact ? { ...snapshot, history: historyFromEvents(await events()) } : snapshot;
}
