import type { FieldError, HistoryEvent } from '@fingerpost/core';
import type { NewEvent } from '../storage/types';

/** The runtime's own event, beside the engine's: a page refused with errors (which fields, which checks). */
export const VALIDATION_FAILED = 'validationFailed';

/** The engine's audit entry as a stored event. */
export function toNewEvent(event: HistoryEvent): NewEvent {
  return {
    type: event.type,
    at: event.at,
    actorKind: event.actor.kind,
    actorId: event.actor.id ?? null,
    actorRole: event.actor.role ?? null,
    stepId: event.stepId ?? null,
    journeyVersion: event.journeyVersion,
    data: event.data,
  };
}

/**
 * A refused page, for analytics (validation errors per field). Only field names and error codes:
 * what the resident typed is personal data and stays out of the audit trail.
 */
export function validationFailedEvent(
  stepId: string,
  errors: readonly FieldError[],
  at: string,
  journeyVersion: string,
): NewEvent {
  return {
    type: VALIDATION_FAILED,
    at,
    actorKind: 'resident',
    actorId: null,
    actorRole: null,
    stepId,
    journeyVersion,
    data: { fields: errors.map((e) => ({ field: e.field, code: e.code })) },
  };
}

/**
 * The events one action adds, with the step the application rests on afterwards recorded on the
 * last (`data.landedOn`): analytics measures time per page and drop-off from it without replaying.
 */
export function eventsOfAction(
  history: readonly HistoryEvent[],
  from: number,
  landedOn: string,
  extra: NewEvent[] = [],
): NewEvent[] {
  const events = [...history.slice(from).map(toNewEvent), ...extra];
  const last = events.at(-1);
  if (last) last.data = { ...(last.data as Record<string, unknown>), landedOn };
  return events;
}
