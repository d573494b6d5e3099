import type { Journey } from '@fingerpost/schema';
import { createActor } from 'xstate';
import type { Clock } from '../clock';
import { compiledFrom } from '../compile/compile-journey';
import type { CompiledJourney } from '../compile/compiled-journey';
import { type EngineError, engineError } from '../errors';
import { History, type HistoryEvent } from '../history';
import { type JourneyRun, journeyRun } from './journey-run';
import type { RejectedPage, RunCore } from './run-core';
import type { JourneySnapshot, SnapshotHistoryEntry, SnapshotHistoryEvent } from './snapshot';
import { snapshotProblem } from './snapshot-check';

/** Turns a snapshot of an earlier journey version into one of the version being restored into. */
export type SnapshotMigration = (snapshot: JourneySnapshot) => JourneySnapshot;

export interface RestoreOptions {
  clock: Clock;
  /** Needed to restore a snapshot taken on another version of the journey. */
  migrate?: SnapshotMigration;
}

export type RestoreResult = { ok: true; run: JourneyRun } | { ok: false; error: EngineError };

function migrated(
  snapshot: unknown,
  compiled: CompiledJourney,
  migrate: SnapshotMigration | undefined,
): unknown {
  const version = (snapshot as JourneySnapshot | null)?.journey?.version;
  if (typeof version !== 'string' || version === compiled.journey.version) return snapshot;
  if (!migrate) {
    return engineError(
      'snapshot.version-mismatch',
      `The snapshot was taken on version ${version} of "${compiled.journey.id}", not ${compiled.journey.version}: supply a migration`,
      { path: '/journey/version' },
    );
  }
  const result = migrate(snapshot as JourneySnapshot);
  if (result?.journey?.version !== compiled.journey.version) {
    return engineError(
      'snapshot.version-mismatch',
      `The migration did not give version ${compiled.journey.version}`,
      {
        path: '/journey/version',
      },
    );
  }
  return result;
}

/** History entries as the run keeps them: numbered in order, each with its journey version. */
/** A history entry of any format as the run keeps it: `seq` from its place, the version carried on. */
function historyEvent(
  entry: SnapshotHistoryEntry | SnapshotHistoryEvent,
  seq: number,
  version: string,
): HistoryEvent {
  const [at, type, actor, stepId, data] = Array.isArray(entry)
    ? entry
    : [entry.at, entry.type, entry.actor, entry.stepId ?? null, entry.data];
  // Built field by field, in the order History.append uses: one object shape for every entry.
  const event: HistoryEvent = {
    seq,
    at,
    type,
    actor: typeof actor === 'string' ? { kind: actor } : actor,
    journeyVersion: version,
    data,
  };
  if (stepId !== null) event.stepId = stepId;
  return event;
}

function wholeHistory(entries: JourneySnapshot['history'], startVersion: string): HistoryEvent[] {
  let version = startVersion;
  return entries.map((entry, index) => {
    const changed = Array.isArray(entry) ? entry[5] : entry.journeyVersion;
    if (typeof changed === 'string') version = changed;
    return historyEvent(entry, index + 1, version);
  });
}

function isError(value: unknown): value is EngineError {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    'message' in value &&
    !('format' in value)
  );
}

/**
 * Continues an application from a snapshot, exactly where it was. A snapshot of another journey
 * version needs `migrate`; a corrupt one gives 'snapshot.invalid' (never an exception).
 * @example
 * const stored = JSON.stringify(run.snapshot());
 * const restored = restoreJourney(journey, JSON.parse(stored), { clock: () => new Date() });
 * if (restored.ok) restored.run.view();
 */
export function restoreJourney(
  journey: Journey | CompiledJourney,
  snapshot: JourneySnapshot,
  options: RestoreOptions,
): RestoreResult {
  const compiled = compiledFrom(journey);
  try {
    const candidate = migrated(snapshot, compiled, options.migrate);
    if (isError(candidate)) return { ok: false, error: candidate };
    const problem = snapshotProblem(candidate, compiled);
    if (problem) return { ok: false, error: problem };
    const checked = candidate as JourneySnapshot;
    // Format 1 also kept the answers in the context, and XState's empty history and children.
    const machine = {
      status: checked.machine.status,
      value: checked.machine.value,
      historyValue: {},
      children: {},
      context: { ...checked.machine.context, answers: { ...checked.answers } },
    };
    const actor = createActor(compiled.machine, { snapshot: machine as never });
    const entries = checked.history;
    const startVersion = checked.journey.version;
    const core: RunCore = {
      compiled,
      actor,
      history: History.restored(compiled.journey.version, entries.length, () =>
        wholeHistory(entries, startVersion),
      ),
      clock: options.clock,
      language: compiled.journey.languages.includes(checked.language) ? checked.language : 'en',
      instanceId: typeof checked.instanceId === 'string' ? checked.instanceId : null,
      reference: typeof checked.reference === 'string' ? checked.reference : null,
      lastRejected: (checked.rejected ?? null) as RejectedPage | null,
    };
    // Without an error observer XState rethrows asynchronously, which would crash a host's process.
    actor.subscribe({ error: () => {} });
    actor.start();
    return { ok: true, run: journeyRun(core) };
  } catch (caught) {
    const message = caught instanceof Error ? caught.message : String(caught);
    return {
      ok: false,
      error: engineError('snapshot.invalid', `The snapshot cannot be restored: ${message}`),
    };
  }
}
