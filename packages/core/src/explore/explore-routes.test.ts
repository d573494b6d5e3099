import { type Journey, validateJourney } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { foiRequest, premisesLicence } from '../../test/fixtures/approvals';
import { exploreRoutes } from './explore-routes';
import { busPass, end, hardshipScreening, smallJourney } from './test-journeys.fixture';
import type { ExploredRoute } from './types';

function valid(journey: Journey): Journey {
  const result = validateJourney(journey);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return journey;
}

const via = (routes: ExploredRoute[], rule: string) =>
  routes.filter((r) => r.eligibilityRules.includes(rule));

describe('exploring the bus pass journey', () => {
  const explored = exploreRoutes(valid(busPass));

  it('tries birth dates either side of the State Pension age boundary', () => {
    const eligible = via(explored.routes, 'check-eligibility/pension-age');
    const tooYoung = via(explored.routes, 'check-eligibility/otherwise');
    // On 5 January 2026, born 5 January 1960 is 66 today; a day later is still 65.
    expect(eligible.map((r) => r.answers.dateOfBirth)).toContain('1960-01-05');
    expect(tooYoung.map((r) => r.answers.dateOfBirth)).toEqual(['1960-01-06']);
    expect(tooYoung[0]?.end).toEqual({ status: 'completed', outcome: 'ineligible', stepId: 'not-eligible' });
    expect(via(explored.routes, 'check-eligibility/outside-area')[0]?.answers.livesInArea).toBe(false);
  });

  it('branches on each caseworker decision and on the deadline', () => {
    const decided = explored.routes
      .filter((r) => r.decisions.length > 0)
      .map((r) => r.decisions.map((d) => d.decision).join(' then '));
    expect(decided.sort()).toEqual([
      'approve',
      'deadlinePassed then approve',
      'reject',
      'requestMoreInformation then approve',
    ]);
    const sentBack = explored.routes.find((r) => r.decisions[0]?.decision === 'requestMoreInformation');
    // The resident revisits the first page, submits it again, and the application goes back to the officer.
    expect(sentBack?.steps.filter((s) => s === 'officer-check')).toHaveLength(2);
    expect(sentBack?.steps.slice(7, 9)).toEqual(['date-of-birth', 'lives-in-area']);
    expect(sentBack?.end.stepId).toBe('pass-approved');
    expect(explored.routes.find((r) => r.decisions[0]?.decision === 'reject')?.end.outcome).toBe('rejected');
  });

  it('counts each distinct route once: email and post lead the same way', () => {
    const signatures = explored.routes.map((r) =>
      JSON.stringify([r.steps, r.eligibilityRules, r.decisions, r.end]),
    );
    expect(new Set(signatures).size).toBe(signatures.length);
    expect(explored.routes).toHaveLength(6);
    expect(explored.ends).toEqual({ 'pass-approved': 3, 'pass-refused': 1, 'not-eligible': 2 });
    expect(explored.problems).toEqual([]);
    expect(explored.truncated).toBe(false);
  });

  it('stops at maxRoutes and says so', () => {
    const limited = exploreRoutes(busPass, { maxRoutes: 2 });
    expect(limited.routes).toHaveLength(2);
    expect(limited.truncated).toBe(true);
    expect(limited.truncatedBy).toBe('maxRoutes');
    expect(explored.maxRoutes).toBe(500);
  });

  it('records the transitions and steps of each route along the journey’s edges', () => {
    const route = explored.routes.find((r) => r.decisions.map((d) => d.decision).join() === 'approve');
    expect(route?.steps).toEqual([
      'date-of-birth',
      'lives-in-area',
      'check-eligibility',
      'contact',
      'companions',
      'check-answers',
      'officer-check',
      'pass-approved',
    ]);
    expect(route?.transitions[0]).toEqual(['date-of-birth', 'lives-in-area']);
    expect(route?.transitions.at(-1)).toEqual(['officer-check', 'pass-approved']);
    expect(route?.answers.companions).toEqual([{ name: 'Sample text' }]);
  });
});

describe('choosing answers from conditions', () => {
  const explored = exploreRoutes(valid(hardshipScreening));

  it('tries one choice per way the conditions treat it', () => {
    const tenures = new Set(explored.routes.map((r) => r.answers.tenure));
    // "council" and "private" are alike to every condition: one of them is enough.
    expect([...tenures].sort()).toEqual(['council', 'owner']);
    expect(explored.routes.find((r) => r.answers.tenure === 'owner')?.steps).toEqual(['tenure', 'refused']);
  });

  it('tries numbers and money either side of each boundary', () => {
    const large = explored.routes.filter((r) => r.steps.includes('large-household'));
    const small = explored.routes.filter(
      (r) => r.steps.includes('household') && !r.steps.includes('large-household'),
    );
    expect(new Set(large.map((r) => r.answers.householdSize))).toEqual(new Set([4]));
    expect(new Set(small.map((r) => r.answers.householdSize))).toEqual(new Set([3]));
    expect(
      via(explored.routes, 'decide/low-income-soon').every((r) => r.answers.earnedIncome === 740000),
    ).toBe(true);
  });

  it('tries dates either side of a limit counted from today', () => {
    const eligible = via(explored.routes, 'decide/low-income-soon');
    // 5 January 2026 + 56 days = 2 March 2026, the last day that is still "within 56 days".
    expect(eligible.every((r) => r.answers.noticeDate === '2026-03-02')).toBe(true);
    expect(eligible).toHaveLength(2);
    expect(via(explored.routes, 'decide/otherwise')).toHaveLength(2);
    expect(explored.routes).toHaveLength(5);
  });

  it('moves the boundary with the clock it is given', () => {
    const later = exploreRoutes(hardshipScreening, { now: '2026-06-01T09:00:00Z' });
    expect(via(later.routes, 'decide/low-income-soon')[0]?.answers.noticeDate).toBe('2026-07-27');
  });
});

describe('approval steps with deadlines', () => {
  it('lets a deadline decide automatically, after the other parallel task approves', () => {
    const explored = exploreRoutes(valid(premisesLicence));
    const automatic = explored.routes.find((r) => r.decisions.some((d) => d.decision === 'deadlinePassed'));
    expect(automatic?.decisions.map((d) => `${d.taskId}:${d.decision}`)).toEqual([
      'finance-check:approve',
      'legal-check:deadlinePassed',
    ]);
    expect(automatic?.end).toEqual({ status: 'completed', outcome: 'approved', stepId: 'granted' });
    expect(explored.ends).toEqual({ granted: 3, refused: 2 });
    const sentBack = explored.routes.find((r) =>
      r.decisions.some((d) => d.decision === 'requestMoreInformation'),
    );
    expect(sentBack?.decisions.map((d) => `${d.taskId}:${d.decision}`)).toEqual([
      'finance-check:approve',
      'legal-check:requestMoreInformation',
      'finance-check:approve',
      'legal-check:approve',
    ]);
  });

  it('escalates a passed deadline, then the escalated task is approved', () => {
    const explored = exploreRoutes(valid(foiRequest));
    const escalated = explored.routes.find((r) => r.decisions[0]?.decision === 'deadlinePassed');
    expect(escalated?.decisions.map((d) => d.decision)).toEqual(['deadlinePassed', 'approve']);
    expect(escalated?.end.stepId).toBe('answered');
    expect(explored.problems).toEqual([]);
  });
});

describe('problems', () => {
  it('reports an answer the engine refuses instead of throwing', () => {
    const journey = valid(
      smallJourney('reference', { reference: { type: 'text' } }, [
        {
          id: 'reference',
          type: 'question',
          components: [
            { field: 'reference', label: 'Reference', validation: { pattern: '\\b[a-z0-9]{6}\\b' } },
          ],
          next: 'done',
        },
        end('done'),
      ]),
    );
    const explored = exploreRoutes(journey);
    expect(explored.routes).toEqual([]);
    expect(explored.problems).toHaveLength(1);
    expect(explored.problems[0]).toMatchObject({
      code: 'answer.rejected',
      stepId: 'reference',
      steps: ['reference'],
      input: { reference: 'Sample text' },
      error: {
        code: 'form.invalid',
        fields: [expect.objectContaining({ field: 'reference', code: 'pattern' })],
      },
    });
    expect(explored.problems[0]?.message).toContain('reference:');
  });

  it('does not count a loop with a way out as a problem', () => {
    const journey = valid(
      smallJourney('again', { again: { type: 'yesNo' } }, [
        {
          id: 'again',
          type: 'question',
          components: [{ field: 'again', label: 'Do you want to read the notice again?' }],
          next: [{ when: 'again', goTo: 'notice' }, { goTo: 'done' }],
        },
        { id: 'notice', type: 'content', title: 'Notice', body: 'Please read this.', next: 'again' },
        end('done'),
      ]),
    );
    const explored = exploreRoutes(journey);
    expect(explored.problems).toEqual([]);
    expect(explored.routes.map((r) => r.steps.join(' '))).toContain('again done');
    expect(explored.routes.map((r) => r.steps.join(' '))).toContain('again notice again done');
  });

  it('reports a step no answer can leave except by going round again', () => {
    const journey = valid(
      smallJourney('stuck', { size: { type: 'number' } }, [
        {
          id: 'size',
          type: 'question',
          components: [{ field: 'size', label: 'Size' }],
          next: [{ when: 'size > 5 and size < 3', goTo: 'done' }, { goTo: 'size-help' }],
        },
        { id: 'size-help', type: 'content', title: 'Help', body: 'Try again.', next: 'size' },
        end('done'),
      ]),
    );
    const explored = exploreRoutes(journey);
    expect(explored.routes).toEqual([]);
    // Reported where the loop closes: going on from the help page always comes back to it.
    expect(explored.problems.map((p) => [p.code, p.stepId])).toEqual([['route.loops', 'size-help']]);
    expect(explored.problems[0]?.steps).toEqual(['size', 'size-help']);
  });
});
