import { validateJourney } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import {
  clearCompiledJourneys,
  compileJourney,
  createWorkingDayCalendar,
  JourneyCompileError,
  startJourney,
} from '../src/index';
import { foiRequest, hardshipGrant, premisesLicence } from './fixtures/approvals';
import { blueBadge } from './fixtures/blue-badge';
import { testClock } from './fixtures/clock';
import { singlePersonDiscount } from './fixtures/household';
import { ok } from './helpers';

const fixtures = [blueBadge, premisesLicence, hardshipGrant, foiRequest, singlePersonDiscount];

describe('compileJourney', () => {
  it('compiles only journeys the validator accepts (the fixtures are valid)', () => {
    for (const journey of fixtures) expect(validateJourney(journey).ok, journey.id).toBe(true);
  });

  it('makes one machine state per step, named by step id, with no timers or invoked actors', () => {
    const compiled = compileJourney(blueBadge);
    const states = compiled.machine.root.states;
    expect(Object.keys(states).sort()).toEqual([...blueBadge.steps.map((s) => s.id), '_withdrawn'].sort());
    for (const node of Object.values(states) as Array<{ after: unknown[]; invoke: unknown[] }>) {
      expect(node.after).toEqual([]);
      expect(node.invoke).toEqual([]);
    }
    expect(states['not-eligible']?.type).toBe('final');
  });

  it('uses the journey’s own withdrawn end when it has one', () => {
    const compiled = compileJourney(singlePersonDiscount);
    expect(compiled.withdrawnState).toBe('gave-up');
    expect(Object.keys(compiled.machine.root.states)).not.toContain('_withdrawn');
  });

  it('compiles each journey version once and reuses it', () => {
    clearCompiledJourneys();
    const first = compileJourney(blueBadge);
    expect(compileJourney({ ...blueBadge })).toBe(first);
    expect(compileJourney({ ...blueBadge, version: '1.0.1' })).not.toBe(first);
  });

  it('compiles again for a council’s own working-day calendar', () => {
    const council = createWorkingDayCalendar({ name: 'anytown', holidays: ['2026-03-03'] });
    const withCouncil = compileJourney(foiRequest, { calendar: council });
    expect(withCouncil.calendar).toBe(council);
    expect(compileJourney(foiRequest, { calendar: council })).toBe(withCouncil);
    const clock = testClock('2026-03-02T09:00:00Z');
    const run = startJourney(withCouncil, { clock });
    ok(run.submit('request', { request: 'Bin collection figures for 2025' }));
    ok(run.submit('contact', { email: 'sam@example.org' }));
    ok(run.submit('check', {}));
    // 20 working days from Monday 2 March skip the council's closure on 3 March: due after 31 March.
    expect(run.dueDeadlines()).toEqual([{ taskId: 'reply', dueAt: '2026-03-31T23:00:00.000Z' }]);
  });

  it('refuses a journey with a condition it cannot read, naming where', () => {
    const broken = {
      ...premisesLicence,
      id: 'broken',
      steps: premisesLicence.steps.map((s) =>
        s.id === 'premises' ? { ...s, next: [{ when: 'fee >>> 3', goTo: 'check' }, { goTo: 'check' }] } : s,
      ),
    } as typeof premisesLicence;
    expect(() => compileJourney(broken)).toThrow(JourneyCompileError);
    try {
      compileJourney(broken);
    } catch (error) {
      expect((error as JourneyCompileError).path).toBe('/steps/0/next/0/when');
      expect((error as JourneyCompileError).code).toBe('journey.invalid-expression');
    }
  });
});
