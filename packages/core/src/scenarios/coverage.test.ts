import { describe, expect, it } from 'vitest';
import { exploreRoutes } from '../explore/explore-routes';
import { busPass } from '../explore/test-journeys.fixture';
import { coverage } from './coverage';
import { runScenario } from './run-scenario';

const approvedScenario = runScenario(busPass, {
  name: 'Approved',
  actions: [
    { submit: 'date-of-birth', answers: { dateOfBirth: '1950-03-27' } },
    { submit: 'lives-in-area', answers: { livesInArea: true } },
    { submit: 'contact', answers: { contactBy: 'post' } },
    { submit: 'companions' },
    { submit: 'check-answers' },
    { decide: 'check-proof-of-age', decision: 'approve', role: 'travel-officer' },
  ],
  expect: { outcome: 'approved' },
});

describe('coverage of the bus pass journey', () => {
  it('counts what one approved scenario reaches, and names what it misses', () => {
    expect(approvedScenario.passed).toBe(true);
    const covered = coverage(busPass, [approvedScenario]);
    expect(covered.steps).toEqual({ total: 10, reached: 8, missing: ['pass-refused', 'not-eligible'] });
    // contact's two transitions both lead to companions: one edge.
    expect(covered.transitions).toEqual({
      total: 9,
      reached: 7,
      missing: ['check-eligibility → not-eligible', 'officer-check → pass-refused'],
    });
    expect(covered.eligibilityRules).toEqual({
      total: 3,
      reached: 1,
      missing: ['check-eligibility/outside-area', 'check-eligibility/otherwise'],
    });
  });

  it('reaches everything once the explored routes are added', () => {
    const explored = exploreRoutes(busPass);
    const covered = coverage(busPass, [approvedScenario, ...explored.routes]);
    expect([covered.steps.missing, covered.transitions.missing, covered.eligibilityRules.missing]).toEqual([
      [],
      [],
      [],
    ]);
    expect(covered.eligibilityRules.reached).toBe(3);
  });

  it('reaches nothing with no routes', () => {
    const covered = coverage(busPass, []);
    expect([covered.steps.reached, covered.transitions.reached, covered.eligibilityRules.reached]).toEqual([
      0, 0, 0,
    ]);
    expect(covered.steps.missing).toHaveLength(10);
  });
});
