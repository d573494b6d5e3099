import { describe, expect, it } from 'vitest';
import { startJourney } from '../src/index';
import { blueBadge } from './fixtures/blue-badge';
import { testClock } from './fixtures/clock';
import { ok } from './helpers';

// A result's view is built only when read; it must still show the run right after that action.
describe('an action’s view', () => {
  it('shows the run as it was after the action, even when read after later actions', () => {
    const clock = testClock('2026-03-02T10:00:00Z');
    const run = startJourney(blueBadge, { clock });
    const first = run.submit('date-of-birth', { dateOfBirth: '1950-03-27' });
    const second = run.submit('benefits', { benefit: 'pip' });
    ok(run.submit('pip-points', { pipPoints: '10' }));
    const firstView = ok(first);
    expect(firstView.step.id).toBe('benefits');
    expect(firstView.answers.map((row) => row.field)).toEqual(['dateOfBirth']);
    expect(firstView.backTarget).toBe('date-of-birth');
    expect(ok(second).step.id).toBe('pip-points');
    expect(ok(second).answers.map((row) => row.field)).toEqual(['dateOfBirth', 'benefit']);
  });

  it('is the same view the run gives when asked straight after, and is kept once built', () => {
    const clock = testClock('2026-03-02T10:00:00Z');
    const run = startJourney(blueBadge, { clock });
    const result = run.submit('date-of-birth', { dateOfBirth: '1950-03-27' });
    const now = run.view();
    expect(ok(result)).toEqual(now);
    expect(ok(result)).toBe(ok(result));
    expect(JSON.parse(JSON.stringify(result))).toEqual({ ok: true, view: JSON.parse(JSON.stringify(now)) });
  });

  it('of a finished application stays as it was after later feedback', () => {
    const clock = testClock('2026-03-02T10:00:00Z');
    const run = startJourney(blueBadge, { clock });
    ok(run.submit('date-of-birth', { dateOfBirth: '1950-03-27' }));
    ok(run.submit('benefits', { benefit: 'none' }));
    const ended = run.submit('walking', { walkingDifficulty: 'no' });
    const viewThen = run.view();
    ok(run.feedback({ kind: 'satisfaction', rating: 2, comment: 'Too long' }));
    expect(ok(ended)).toEqual(viewThen);
    expect(ok(ended).outcome?.kind).toBe('ineligible');
  });

  it('builds its check-your-answers rows when first read, as they were at that moment', () => {
    const clock = testClock('2026-03-02T10:00:00Z');
    const run = startJourney(blueBadge, { clock });
    ok(run.submit('date-of-birth', { dateOfBirth: '1950-03-27' }));
    const early = run.view();
    ok(run.submit('benefits', { benefit: 'pip' }));
    // Read only now, after a later page: still the rows of its own moment, in JSON too.
    expect(early.answers.map((row) => row.field)).toEqual(['dateOfBirth']);
    expect(JSON.parse(JSON.stringify(early)).answers).toEqual(early.answers);
    expect(early.answers).toBe(early.answers);
    // A host may replace them (the server sends none with pages that do not show them).
    early.answers = [];
    expect(JSON.parse(JSON.stringify(early)).answers).toEqual([]);
  });
});
