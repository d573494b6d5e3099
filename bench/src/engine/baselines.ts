import { heapPerInstance } from '../util/heap';
import { Ajv, addFormats, xstate } from '../util/peers';
import { summarise, timeBatched, timeEach } from '../util/stats';

/** A flat XState machine of `n` states, each going to the next on NEXT: the bare cost of XState. */
export function flatMachine(n: number) {
  const states: Record<string, { on?: { NEXT: string }; type?: 'final' }> = {};
  for (let i = 0; i < n; i++) states[`s${i}`] = i < n - 1 ? { on: { NEXT: `s${i + 1}` } } : { type: 'final' };
  return xstate.createMachine({ id: `flat-${n}`, initial: 's0', states });
}

/** Median ms for `createMachine` of a flat machine with `n` states. */
export function xstateCreateMs(n: number, runs: number): number {
  flatMachine(n);
  return summarise(timeEach(runs, () => flatMachine(n))).median / 1000;
}

/** µs per `send` on a started actor of a 50-state machine (restarting it when it finishes). */
export function xstateSendUs(rounds: number): { median: number; p99: number } {
  const machine = flatMachine(50);
  let actor = xstate.createActor(machine).start();
  let sent = 0;
  const times = timeBatched(rounds, 40, () => {
    if (++sent % 49 === 0) actor = xstate.createActor(machine).start();
    actor.send({ type: 'NEXT' });
  });
  const s = summarise(times);
  return { median: s.median, p99: s.p99 };
}

/** µs to restore an actor of a 50-state machine from its persisted snapshot and start it. */
export function xstateRestoreUs(iterations: number): number {
  const machine = flatMachine(50);
  const actor = xstate.createActor(machine).start();
  for (let i = 0; i < 25; i++) actor.send({ type: 'NEXT' });
  const persisted = JSON.stringify(actor.getPersistedSnapshot());
  return summarise(
    timeEach(iterations, () => xstate.createActor(machine, { snapshot: JSON.parse(persisted) }).start(), 100),
  ).median;
}

/** Heap bytes per started actor of a 50-state machine. */
export function xstateActorHeap(count: number): number {
  const machine = flatMachine(50);
  xstate.createActor(machine).start();
  return heapPerInstance(count, () => xstate.createActor(machine).start());
}

const TEN_FIELDS = {
  type: 'object',
  required: ['name', 'age', 'email', 'postcode', 'phone', 'count', 'note', 'town', 'line1', 'consent'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 2, maxLength: 40 },
    age: { type: 'number', minimum: 0, maximum: 120 },
    email: { type: 'string', format: 'email' },
    postcode: { type: 'string', pattern: '^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$' },
    phone: { type: 'string', minLength: 10, maxLength: 15 },
    count: { type: 'integer', minimum: 1, maximum: 10 },
    note: { type: 'string', maxLength: 200 },
    town: { type: 'string', minLength: 1, maxLength: 60 },
    line1: { type: 'string', minLength: 1, maxLength: 100 },
    consent: { type: 'boolean' },
  },
} as const;

/** A valid body for the ten-field schema: the bare HTTP endpoint validates the same. */
export const TEN_FIELD_BODY = {
  name: 'Ada Lovelace',
  age: 36,
  email: 'ada@example.com',
  postcode: 'SW1A 1AA',
  phone: '02079460000',
  count: 2,
  note: 'Side door, please.',
  town: 'London',
  line1: '10 Downing Street',
  consent: true,
};

/** A compiled ajv validator for the ten-field body (allErrors, as page forms use). */
export function tenFieldValidator() {
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  return ajv.compile(TEN_FIELDS);
}

/** µs per validation of a valid ten-field object with a compiled ajv validator. */
export function ajvValidateUs(rounds: number): number {
  const validate = tenFieldValidator();
  const body = { ...TEN_FIELD_BODY };
  return summarise(
    timeBatched(rounds, 100, () => {
      if (!validate(body)) throw new Error('the ten-field body should be valid');
    }),
  ).median;
}
