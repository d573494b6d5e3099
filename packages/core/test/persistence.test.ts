import type { Journey } from '@fingerpost/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type JourneyRun, type JourneySnapshot, restoreJourney, startJourney } from '../src/index';
import { foiRequest, hardshipGrant, premisesLicence } from './fixtures/approvals';
import { blueBadge } from './fixtures/blue-badge';
import { testClock } from './fixtures/clock';
import { singlePersonDiscount } from './fixtures/household';
import { randomAction } from './fixtures/random-resident';
import { ok, refused } from './helpers';

function atCheckAnswers(clock = testClock('2026-03-02T10:00:00Z')): JourneyRun {
  const run = startJourney(blueBadge, { clock, instanceId: 'app-9', reference: 'BB-AAAA-BBBB' });
  ok(run.submit('date-of-birth', { dateOfBirth: '1950-03-27' }));
  ok(run.submit('benefits', { benefit: 'pip' }));
  ok(run.submit('pip-points', { pipPoints: '10' }));
  ok(run.submit('name', { fullName: 'Ann Smith' }));
  return run;
}

const roundTrip = (snapshot: JourneySnapshot) => JSON.parse(JSON.stringify(snapshot)) as JourneySnapshot;

describe('snapshots', () => {
  it('are small plain JSON with a format tag, the journey version, the machine state and the history', () => {
    const snapshot = atCheckAnswers().snapshot();
    expect(snapshot).toMatchObject({
      format: 'fingerpost.snapshot/3',
      journey: { id: 'blue-badge', version: '1.0.0' },
    });
    // The answers are kept once; history entries leave out what their place and neighbours say.
    expect(snapshot.machine.context).not.toHaveProperty('answers');
    expect(snapshot.history[0]).toEqual(expect.arrayContaining(['started', '1.0.0']));
    // [at, type, actor, stepId, data]: the journey version only where it changes, no seq.
    expect(snapshot.history.slice(1).every((e) => Array.isArray(e) && e.length === 5)).toBe(true);
    expect(snapshot.machine.value).toBe('check');
    expect(snapshot.answers).toEqual({
      dateOfBirth: '1950-03-27',
      benefit: 'pip',
      pipPoints: 10,
      fullName: 'Ann Smith',
    });
    expect(roundTrip(snapshot)).toEqual(snapshot);
    expect(JSON.stringify(snapshot).length).toBeLessThan(2_500);
  });

  it('restore and continue exactly where they were, keeping history, back stack and tasks', () => {
    const clock = testClock('2026-03-02T10:00:00Z');
    const run = atCheckAnswers(clock);
    ok(run.submit('check', {}));
    const restored = restoreJourney(blueBadge, roundTrip(run.snapshot()), { clock });
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.run.view()).toEqual(run.view());
    expect(restored.run.dueDeadlines()).toEqual(run.dueDeadlines());
    ok(restored.run.decide('assess', 'approve', { actor: 'u1', role: 'officer' }));
    ok(run.decide('assess', 'approve', { actor: 'u1', role: 'officer' }));
    expect(restored.run.snapshot()).toEqual(run.snapshot());
  });

  it('keep a rejected page’s errors so a server can show them after a redirect', () => {
    const clock = testClock('2026-03-02T10:00:00Z');
    const run = startJourney(blueBadge, { clock });
    refused(
      run.submit('date-of-birth', {
        'dateOfBirth-day': '40',
        'dateOfBirth-month': '1',
        'dateOfBirth-year': '1950',
      }),
    );
    const restored = restoreJourney(blueBadge, roundTrip(run.snapshot()), { clock });
    expect(restored.ok && restored.run.view().errors).toEqual(run.view().errors);
  });

  it('refuse another journey version unless a migration is given', () => {
    const clock = testClock('2026-03-02T10:00:00Z');
    const snapshot = atCheckAnswers(clock).snapshot();
    const next: Journey = { ...blueBadge, version: '1.1.0' };
    const refusedRestore = restoreJourney(next, snapshot, { clock });
    expect(!refusedRestore.ok && refusedRestore.error.code).toBe('snapshot.version-mismatch');
    const migrated = restoreJourney(next, snapshot, {
      clock,
      migrate: (old) => ({
        ...old,
        journey: { ...old.journey, version: '1.1.0' },
        answers: { ...old.answers, fullName: 'Ann Smith-Jones' },
      }),
    });
    if (!migrated.ok) throw new Error(migrated.error.message);
    expect(migrated.run.answers.fullName).toBe('Ann Smith-Jones');
    ok(migrated.run.submit('check', {}));
    expect(migrated.run.history().at(-1)?.journeyVersion).toBe('1.1.0');
    // Entries keep the version they happened on through another snapshot and restore.
    const again = restoreJourney(next, roundTrip(migrated.run.snapshot()), { clock });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.run.history()).toEqual(migrated.run.history());
    expect(again.run.history()[0]?.journeyVersion).toBe('1.0.0');
    const badMigration = restoreJourney(next, snapshot, { clock, migrate: (old) => old });
    expect(!badMigration.ok && badMigration.error.code).toBe('snapshot.version-mismatch');
  });

  it('refuse corrupt snapshots with snapshot.invalid, never an exception', () => {
    const clock = testClock('2026-03-02T10:00:00Z');
    const good = atCheckAnswers(clock).snapshot();
    const corrupt: unknown[] = [
      null,
      42,
      'snapshot',
      {},
      { ...good, format: 'other/1' },
      { ...good, journey: { id: 'council-tax', version: '1.0.0' } },
      { ...good, machine: { ...good.machine, value: 'nowhere' } },
      { ...good, machine: { ...good.machine, value: { nested: 'state' } } },
      { ...good, machine: { ...good.machine, status: 'error' } },
      { ...good, machine: { ...good.machine, context: { ...good.machine.context, tasks: 'none' } } },
      { ...good, machine: { ...good.machine, context: null } },
      { ...good, history: 'lost' },
      { ...good, history: [{ type: 'started' }] },
      { ...good, answers: [] },
    ];
    for (const snapshot of corrupt) {
      const result = restoreJourney(blueBadge, snapshot as JourneySnapshot, { clock });
      expect(!result.ok && result.error.code).toBe('snapshot.invalid');
    }
  });
});

const journeys = [blueBadge, singlePersonDiscount, premisesLicence, hardshipGrant, foiRequest];

/** Plays a sequence of choices; returns the number of actions taken. */
function play(
  run: JourneyRun,
  choices: number[],
  from: number,
  until: number,
  clock: ReturnType<typeof testClock>,
  wander: boolean,
): number {
  let index = from;
  let steps = 0;
  const pick = () => choices[index++ % choices.length] ?? 0;
  while (steps < until && randomAction(run, pick, { wander })) {
    clock.advanceHours(7);
    steps++;
  }
  return index;
}

describe('properties', () => {
  it('restoring from a snapshot at any point gives the same result as running straight through', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...journeys),
        fc.array(fc.nat(1000), { minLength: 1, maxLength: 60 }),
        fc.nat(40),
        (journey, choices, cut) => {
          const clockA = testClock('2026-12-21T09:00:00Z');
          const straight = startJourney(journey, { clock: clockA });
          const indexA = play(straight, choices, 0, cut, clockA, true);
          play(straight, choices, indexA, 80, clockA, true);

          const clockB = testClock('2026-12-21T09:00:00Z');
          const first = startJourney(journey, { clock: clockB });
          const indexB = play(first, choices, 0, cut, clockB, true);
          const restored = restoreJourney(journey, JSON.parse(JSON.stringify(first.snapshot())), {
            clock: clockB,
          });
          if (!restored.ok) throw new Error(restored.error.message);
          play(restored.run, choices, indexB, 80, clockB, true);

          expect(restored.run.snapshot()).toEqual(straight.snapshot());
          expect(restored.run.view()).toEqual(straight.view());
        },
      ),
      { numRuns: 150 },
    );
  });

  it('random valid answers never throw and end in an end state or waiting for a caseworker', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...journeys),
        fc.array(fc.nat(1000), { minLength: 1, maxLength: 40 }),
        (journey, choices) => {
          const clock = testClock('2026-04-01T09:00:00Z');
          const run = startJourney(journey, { clock });
          let index = 0;
          const pick = () => choices[index++ % choices.length] ?? 0;
          let guard = 0;
          while (
            run.view().status !== 'awaitingDecision' &&
            randomAction(run, pick, { wander: false }) &&
            guard++ < 50
          ) {}
          expect(['completed', 'awaitingDecision']).toContain(run.view().status);
          const state = run.snapshot().machine.value;
          const step = journey.steps.find((s) => s.id === state);
          expect(['end', 'approval']).toContain(step?.type);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the same actions at the same times give the same application', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...journeys),
        fc.array(fc.nat(1000), { maxLength: 50 }),
        (journey, choices) => {
          const results = [1, 2].map(() => {
            const clock = testClock('2027-01-04T09:00:00Z');
            const run = startJourney(journey, { clock });
            play(run, choices, 0, 80, clock, true);
            return JSON.stringify(run.snapshot());
          });
          expect(results[0]).toBe(results[1]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
