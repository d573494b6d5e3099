import { type Step, stepSuccessors } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { exampleJourneys } from '../../test/examples';
import { rerouteStep } from './reroute';

const bin = exampleJourneys().find(([name]) => name === 'report-missed-bin')![1];
const step = (id: string) => bin.steps.find((s) => s.id === id) as Step;

describe('re-routing one route of a step', () => {
  it('sends a single route elsewhere', () => {
    const rerouted = rerouteStep(step('which-bin'), ['next'], 'bin-out-in-time');
    expect(stepSuccessors(rerouted).map((e) => e.to)).toEqual(['bin-out-in-time']);
    expect((step('which-bin') as { next: unknown }).next, 'the original is untouched').toBe(
      'collection-date',
    );
  });

  it('sends one eligibility rule elsewhere, keeping its condition and the other routes', () => {
    const before = stepSuccessors(step('check-report'));
    const rerouted = rerouteStep(step('check-report'), before[1]!.at, 'address');
    const after = stepSuccessors(rerouted);
    expect(after.map((e) => e.to)).toEqual(before.map((e, i) => (i === 1 ? 'address' : e.to)));
    expect(after.map((e) => e.when)).toEqual(before.map((e) => e.when));
  });

  it('sends every kind of route in every example elsewhere, and only that one', () => {
    for (const [, journey] of exampleJourneys())
      for (const s of journey.steps) {
        const routes = stepSuccessors(s);
        routes.forEach((route, i) => {
          const after = stepSuccessors(rerouteStep(s, route.at, 'somewhere-else'));
          expect(after.map((e) => e.to)).toEqual(routes.map((e, j) => (j === i ? 'somewhere-else' : e.to)));
        });
      }
  });

  it('refuses a place that is not a route', () => {
    expect(() => rerouteStep(step('which-bin'), ['components', 0, 'label'], 'x')).toThrow(/no route/);
    expect(() => rerouteStep(step('which-bin'), ['nothing', 'here'], 'x')).toThrow(/no route/);
  });
});
