import type { CompiledJourney } from '../compile/compiled-journey';
import { type EngineError, engineError } from '../errors';
import { SNAPSHOT_FORMAT, SNAPSHOT_FORMAT_1, SNAPSHOT_FORMAT_2 } from './snapshot';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');

const ACTOR_KINDS: ReadonlySet<unknown> = new Set(['resident', 'caseworker', 'system']);
const FORMATS: ReadonlySet<unknown> = new Set([SNAPSHOT_FORMAT, SNAPSHOT_FORMAT_2, SNAPSHOT_FORMAT_1]);

/** A history entry by position (format 3) or as an object (formats 1 and 2, or a host's HistoryEvent). */
function historyEntryReadable(entry: unknown): boolean {
  if (Array.isArray(entry)) {
    const [at, type, actor, stepId, data, version] = entry;
    return (
      typeof at === 'string' &&
      typeof type === 'string' &&
      (ACTOR_KINDS.has(actor) || isObject(actor)) &&
      (stepId === null || typeof stepId === 'string') &&
      isObject(data) &&
      (version === undefined || typeof version === 'string')
    );
  }
  return (
    isObject(entry) && typeof entry.at === 'string' && typeof entry.type === 'string' && isObject(entry.actor)
  );
}

function invalid(message: string, path: string): EngineError {
  return engineError('snapshot.invalid', message, { path });
}

function contextProblem(context: unknown): EngineError | null {
  if (!isObject(context)) return invalid('The machine has no context', '/machine/context');
  for (const key of ['completed', 'backStack', 'pendingRevisit']) {
    if (!isStringArray(context[key]))
      return invalid(`"${key}" must be a list of step ids`, `/machine/context/${key}`);
  }
  if (!Array.isArray(context.tasks) || !context.tasks.every(isObject)) {
    return invalid('"tasks" must be a list of tasks', '/machine/context/tasks');
  }
  if (typeof context.returning !== 'boolean' || typeof context.rounds !== 'number') {
    return invalid('The machine context is incomplete', '/machine/context');
  }
  if (
    context.payments !== undefined &&
    (!Array.isArray(context.payments) || !context.payments.every(isObject))
  ) {
    return invalid('"payments" must be a list of payments', '/machine/context/payments');
  }
  const origin = context.origin;
  if (!isObject(origin) || typeof origin.at !== 'string' || typeof origin.today !== 'string') {
    return invalid('The machine context has no start time', '/machine/context/origin');
  }
  return null;
}

/**
 * Checks that a value is a snapshot this compiled journey can continue from, without trusting
 * anything in it: a corrupt snapshot gives 'snapshot.invalid', never an exception.
 */
export function snapshotProblem(value: unknown, compiled: CompiledJourney): EngineError | null {
  if (!isObject(value) || !FORMATS.has(value.format)) {
    return invalid(
      `This is not a Fingerpost snapshot (format ${SNAPSHOT_FORMAT}, or ${SNAPSHOT_FORMAT_2} or ${SNAPSHOT_FORMAT_1} from earlier versions)`,
      '/format',
    );
  }
  const journey = value.journey;
  if (!isObject(journey) || typeof journey.id !== 'string' || typeof journey.version !== 'string') {
    return invalid('The snapshot does not say which journey it belongs to', '/journey');
  }
  if (journey.id !== compiled.journey.id) {
    return invalid(
      `The snapshot belongs to journey "${journey.id}", not "${compiled.journey.id}"`,
      '/journey/id',
    );
  }
  const machine = value.machine;
  if (!isObject(machine) || typeof machine.value !== 'string')
    return invalid('The machine state is missing', '/machine');
  if (machine.status !== 'active' && machine.status !== 'done')
    return invalid('The machine status is unknown', '/machine/status');
  const known = compiled.steps.has(machine.value) || machine.value === compiled.withdrawnState;
  if (!known)
    return invalid(
      `The snapshot rests on "${machine.value}", which this journey does not have`,
      '/machine/value',
    );
  const context = contextProblem(machine.context);
  if (context) return context;
  if (!isObject(value.answers)) return invalid('"answers" must be an object', '/answers');
  if (!Array.isArray(value.history)) return invalid('"history" must be a list', '/history');
  const entry = value.history.findIndex((e) => !historyEntryReadable(e));
  if (entry !== -1)
    return invalid('Each history entry needs a time, a type and an actor', `/history/${entry}`);
  if (typeof value.language !== 'string') return invalid('"language" is missing', '/language');
  return null;
}
