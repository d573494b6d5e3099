import type { Moment } from '../clock';
import { textFor } from '../forms/index';
import type { HistoryActor, HistoryEventType } from '../history';
import { SYSTEM } from '../history';
import { answersAfter, type JourneyContext, type JourneyEvent } from '../machine/context';
import { contextOf, currentStateOf, isFinished, type RunCore } from './run-core';

/** The event's own history entry: what the person did. */
export interface Primary {
  type: HistoryEventType;
  actor: HistoryActor;
  stepId?: string;
  data: Record<string, unknown>;
}

type Unstamped = JourneyEvent extends infer E
  ? E extends JourneyEvent
    ? Omit<E, 'at' | 'today'>
    : never
  : never;

/** The answers the event itself leaves, before the machine's own changes (minimisation, approval). */
function expectedAnswers(before: JourneyContext, event: JourneyEvent): Record<string, unknown> {
  if (event.type === 'ITEMS') return before.answers;
  return answersAfter(before, event);
}

function recordConsequences(
  core: RunCore,
  before: JourneyContext,
  beforeState: string,
  event: JourneyEvent,
  now: Moment,
) {
  const after = contextOf(core);
  const state = currentStateOf(core);
  const history = core.history;
  const eligibility = after.eligibility;
  if (eligibility && eligibility !== before.eligibility) {
    const changed =
      before.eligibility?.rule !== eligibility.rule || before.eligibility?.stepId !== eligibility.stepId;
    if (changed) {
      const step = core.compiled.journey.steps.find((s) => s.id === eligibility.stepId);
      const rule =
        step?.type === 'eligibility'
          ? (step.rules.find((r) => r.id === eligibility.rule) ?? step.otherwise)
          : null;
      history.append(
        now.at,
        'eligibilityDecided',
        SYSTEM,
        {
          rule: eligibility.rule,
          result: eligibility.result,
          reason: rule ? textFor(rule.reason, 'en') : '',
          ...(rule?.source ? { source: rule.source } : {}),
        },
        eligibility.stepId,
      );
    }
  }
  const expected = expectedAnswers(before, event);
  // The usual case: the machine kept exactly the answers the event left (the same object).
  if (expected !== after.answers) {
    const dropped = Object.keys(expected).filter((field) => !(field in after.answers));
    if (dropped.length > 0)
      history.append(now.at, 'answersDropped', SYSTEM, { fields: dropped, reason: 'notOnRoute' });
    const set = Object.keys(after.answers).filter((field) => !(field in expected));
    if (set.length > 0) history.append(now.at, 'onApprovedSet', SYSTEM, { fields: set }, beforeState);
  }
  const openBefore = new Set(
    before.tasks.filter((t) => t.status === 'open').map((t) => `${t.stepId}/${t.id}`),
  );
  const opened = after.tasks.filter((t) => t.status === 'open' && !openBefore.has(`${t.stepId}/${t.id}`));
  if (opened.length > 0) {
    history.append(
      now.at,
      'tasksOpened',
      SYSTEM,
      { tasks: opened.map((t) => ({ id: t.id, roles: t.roles, dueAt: t.dueAt })) },
      opened[0]?.stepId,
    );
  }
  if (isFinished(core)) {
    const end = core.compiled.journey.steps.find((s) => s.id === state);
    history.append(
      now.at,
      'completed',
      SYSTEM,
      { outcome: end?.type === 'end' ? end.outcome : 'withdrawn' },
      state,
    );
  }
}

/**
 * Sends one validated event to the actor at the clock's time and writes the audit trail: the
 * person's action first, then what the journey did as a result (eligibility, dropped answers, tasks
 * opened, values set on approval, completion).
 */
export function dispatch(core: RunCore, now: Moment, event: Unstamped, primary: Primary): void {
  const stamped = { ...event, at: now.at, today: now.today } as JourneyEvent;
  const before = contextOf(core);
  const beforeState = currentStateOf(core);
  core.history.append(now.at, primary.type, primary.actor, primary.data, primary.stepId);
  core.actor.send(stamped);
  core.lastRejected = null;
  recordConsequences(core, before, beforeState, stamped, now);
}
