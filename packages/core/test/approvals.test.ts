import { describe, expect, it } from 'vitest';
import { type JourneyRun, startJourney } from '../src/index';
import { foiRequest, hardshipGrant, premisesLicence } from './fixtures/approvals';
import { blueBadge } from './fixtures/blue-badge';
import { type TestClock, testClock } from './fixtures/clock';
import { ok, refused } from './helpers';

const officer = { actor: 'u-17', role: 'officer' };

function submittedBadge(clock: TestClock): JourneyRun {
  const run = startJourney(blueBadge, { clock });
  ok(run.submit('date-of-birth', { dateOfBirth: '1950-03-27' }));
  ok(run.submit('benefits', { benefit: 'pip' }));
  ok(run.submit('pip-points', { pipPoints: '10' }));
  ok(run.submit('name', { fullName: 'Ann Smith' }));
  ok(run.submit('check', {}));
  return run;
}

function submittedLicence(clock: TestClock): JourneyRun {
  const run = startJourney(premisesLicence, { clock });
  ok(run.submit('premises', { premisesName: 'The Crown', fee: '£190.00' }));
  ok(run.submit('check', {}));
  return run;
}

function submittedFoi(clock: TestClock): JourneyRun {
  const run = startJourney(foiRequest, { clock });
  ok(run.submit('request', { request: 'How many potholes were filled in 2026?' }));
  ok(run.submit('contact', { email: 'sam@example.org' }));
  ok(run.submit('check', {}));
  return run;
}

describe('an officer approval', () => {
  it('waits for a decision, showing the task and what the viewing role may decide', () => {
    const run = submittedBadge(testClock('2026-03-02T10:00:00Z'));
    const view = run.view({ role: 'officer' });
    expect(view.status).toBe('awaitingDecision');
    expect(view.tasks).toEqual([
      expect.objectContaining({
        id: 'assess',
        status: 'open',
        roles: ['officer'],
        dueAt: '2026-03-17T00:00:00.000Z',
        allowedDecisions: ['approve', 'reject', 'requestMoreInformation'],
      }),
    ]);
    expect(run.view({ role: 'manager' }).tasks[0]?.allowedDecisions).toEqual([]);
    expect(refused(run.submit('check', {}))).toBe('step.not-current');
    expect(refused(run.back())).toBe('back.not-allowed');
  });

  it('approves, setting the badge expiry three years from the day of approval', () => {
    const clock = testClock('2026-03-02T10:00:00Z');
    const run = submittedBadge(clock);
    clock.set('2026-03-09T15:00:00Z');
    const view = ok(run.decide('assess', 'approve', officer));
    expect(view.outcome).toMatchObject({ kind: 'approved', title: 'Your Blue Badge has been approved' });
    expect(run.answers.badgeExpiry).toBe('2029-03-09');
    expect(run.history().find((e) => e.type === 'decided')).toMatchObject({
      actor: { kind: 'caseworker', id: 'u-17', role: 'officer' },
    });
  });

  it('refuses wrong roles, unknown tasks and decisions the task does not allow, changing nothing', () => {
    const run = submittedLicence(testClock('2026-03-02T10:00:00Z'));
    const before = JSON.stringify(run.snapshot());
    expect(refused(run.decide('finance-check', 'approve', { actor: 'u1', role: 'legal' }))).toBe(
      'task.wrong-role',
    );
    expect(
      refused(
        run.decide('finance-check', 'requestMoreInformation', {
          actor: 'u1',
          role: 'finance',
          comment: 'x',
          pages: ['premises'],
        }),
      ),
    ).toBe('task.decision-not-allowed');
    expect(refused(run.decide('nope', 'approve', { actor: 'u1', role: 'finance' }))).toBe('task.unknown');
    expect(refused(run.decide('finance-check', 'maybe' as 'approve', { actor: 'u1', role: 'finance' }))).toBe(
      'task.decision-not-allowed',
    );
    expect(JSON.stringify(run.snapshot())).toBe(before);
  });
});

describe('parallel and sequential approvals', () => {
  it('needs both finance and legal to approve; a task decided is closed', () => {
    const run = submittedLicence(testClock('2026-03-02T10:00:00Z'));
    expect(run.view().tasks.map((t) => t.id)).toEqual(['finance-check', 'legal-check']);
    const half = ok(run.decide('finance-check', 'approve', { actor: 'f1', role: 'finance' }));
    expect(half.status).toBe('awaitingDecision');
    expect(refused(run.decide('finance-check', 'reject', { actor: 'f1', role: 'finance' }))).toBe(
      'task.closed',
    );
    expect(ok(run.decide('legal-check', 'approve', { actor: 'l1', role: 'legal' })).outcome?.kind).toBe(
      'approved',
    );
  });

  it('is rejected by any one rejection, cancelling the other task', () => {
    const run = submittedLicence(testClock('2026-03-02T10:00:00Z'));
    const view = ok(
      run.decide('legal-check', 'reject', { actor: 'l1', role: 'legal', reason: 'Conditions not met' }),
    );
    expect(view.outcome?.kind).toBe('rejected');
    expect(view.outcome?.reason).toBe('Conditions not met');
    expect(view.tasks.map((t) => t.status)).toEqual(['cancelled', 'rejected']);
    expect(refused(run.decide('finance-check', 'approve', { actor: 'f1', role: 'finance' }))).toBe(
      'journey.completed',
    );
  });

  it('runs an officer stage, then a manager stage', () => {
    const run = startJourney(hardshipGrant, { clock: testClock('2026-03-02T10:00:00Z') });
    ok(run.submit('amount', { amount: '250' }));
    ok(run.submit('check', {}));
    expect(refused(run.decide('authorise', 'approve', { actor: 'm1', role: 'manager' }))).toBe(
      'task.unknown',
    );
    const second = ok(run.decide('recommend', 'approve', { actor: 'o1', role: 'officer' }));
    expect(second.step.id).toBe('manager-stage');
    expect(second.tasks.map((t) => [t.id, t.status])).toEqual([
      ['recommend', 'approved'],
      ['authorise', 'open'],
    ]);
    expect(refused(run.decide('recommend', 'approve', { actor: 'o1', role: 'officer' }))).toBe('task.closed');
    expect(ok(run.decide('authorise', 'approve', { actor: 'm1', role: 'manager' })).outcome?.kind).toBe(
      'approved',
    );
  });
});

describe('requesting more information', () => {
  it('sends the resident to the named pages only, then back into the same approval', () => {
    const clock = testClock('2026-03-02T10:00:00Z');
    const run = submittedBadge(clock);
    const sent = ok(
      run.decide('assess', 'requestMoreInformation', {
        ...officer,
        comment: 'Please check your PIP points',
        pages: ['pip-points'],
      }),
    );
    expect(sent.status).toBe('moreInformationRequested');
    expect(sent.step.id).toBe('pip-points');
    expect(sent.moreInformation).toEqual({
      comment: 'Please check your PIP points',
      pages: ['pip-points'],
      round: 1,
    });
    expect(sent.tasks[0]?.status).toBe('waitingForResident');
    expect(refused(run.decide('assess', 'approve', officer))).toBe('task.closed');
    const check = ok(run.submit('pip-points', { pipPoints: '12' }));
    expect(check.step.id).toBe('check');
    expect(check.answers.filter((a) => a.changeTarget !== null).map((a) => a.stepId)).toEqual(['pip-points']);
    expect(refused(run.change('name'))).toBe('step.not-allowed');
    ok(run.change('pip-points'));
    ok(run.submit('pip-points', { pipPoints: '9' }));
    const back = ok(run.submit('check', {}));
    expect(back.status).toBe('awaitingDecision');
    expect(back.step.id).toBe('officer-review');
    expect(back.tasks[0]?.status).toBe('open');
    expect(run.history().map((e) => e.type)).toEqual(
      expect.arrayContaining(['moreInformationRequested', 'applicationResubmitted']),
    );
  });

  it('is repeatable, each round recorded', () => {
    const run = submittedBadge(testClock('2026-03-02T10:00:00Z'));
    for (const round of [1, 2]) {
      ok(
        run.decide('assess', 'requestMoreInformation', {
          ...officer,
          comment: `Round ${round}`,
          pages: ['name'],
        }),
      );
      ok(run.submit('name', { fullName: `Ann Smith ${round}` }));
      ok(run.submit('check', {}));
    }
    const rounds = run
      .history()
      .filter((e) => e.type === 'moreInformationRequested')
      .map((e) => e.data.round);
    expect(rounds).toEqual([1, 2]);
    expect(run.view().progress.rounds).toBe(2);
    expect(ok(run.decide('assess', 'approve', officer)).outcome?.kind).toBe('approved');
  });

  it('needs a comment and pages the resident can revisit', () => {
    const run = submittedBadge(testClock('2026-03-02T10:00:00Z'));
    expect(refused(run.decide('assess', 'requestMoreInformation', { ...officer, pages: ['name'] }))).toBe(
      'task.comment-required',
    );
    expect(
      refused(run.decide('assess', 'requestMoreInformation', { ...officer, comment: 'x', pages: [] })),
    ).toBe('task.invalid-pages');
    // Not revisitable by this task, not on the route, and not a question page.
    for (const page of ['date-of-birth', 'walking', 'check']) {
      expect(
        refused(run.decide('assess', 'requestMoreInformation', { ...officer, comment: 'x', pages: [page] })),
      ).toBe('task.invalid-pages');
    }
  });
});

describe('deadlines', () => {
  it('counts working days across the Christmas 2026 bank holidays', () => {
    const run = submittedFoi(testClock('2026-12-24T11:00:00Z'));
    expect(run.dueDeadlines()).toEqual([{ taskId: 'reply', dueAt: '2027-01-27T00:00:00.000Z' }]);
  });

  it('refuses a deadline that has not passed, then escalates to the manager', () => {
    const clock = testClock('2026-12-24T11:00:00Z');
    const run = submittedFoi(clock);
    clock.set('2027-01-26T23:59:59Z');
    expect(refused(run.deadlinePassed('reply'))).toBe('task.not-due');
    clock.set('2027-01-27T00:00:00Z');
    const view = ok(run.deadlinePassed('reply'));
    expect(view.tasks[0]).toMatchObject({ roles: ['foi-manager'], escalated: true, dueAt: null });
    expect(refused(run.decide('reply', 'approve', { actor: 'o1', role: 'foi-officer' }))).toBe(
      'task.wrong-role',
    );
    expect(run.dueDeadlines()).toEqual([]);
    expect(refused(run.deadlinePassed('reply'))).toBe('task.no-deadline');
    expect(ok(run.decide('reply', 'approve', { actor: 'm1', role: 'foi-manager' })).outcome?.kind).toBe(
      'approved',
    );
  });

  it('stops the clock while the resident clarifies, then recounts the working days left', () => {
    const clock = testClock('2026-03-02T09:00:00Z');
    const run = submittedFoi(clock);
    expect(run.dueDeadlines()[0]?.dueAt).toBe('2026-03-30T23:00:00.000Z');
    clock.set('2026-03-04T12:00:00Z');
    ok(
      run.decide('reply', 'requestMoreInformation', {
        actor: 'o1',
        role: 'foi-officer',
        comment: 'Which roads?',
        pages: ['request'],
      }),
    );
    expect(run.view().tasks[0]?.paused).toBe(true);
    expect(run.dueDeadlines()).toEqual([]);
    clock.set('2026-03-13T12:00:00Z');
    ok(run.submit('request', { request: 'Potholes filled on the A38 in 2026' }));
    ok(run.submit('check', {}));
    // 18 working days were left; counted from Monday 16 March past Easter they end on Friday 10 April.
    expect(run.dueDeadlines()).toEqual([{ taskId: 'reply', dueAt: '2026-04-10T23:00:00.000Z' }]);
    expect(run.view().tasks[0]?.paused).toBe(false);
  });

  it('keeps a calendar deadline running when the task does not pause', () => {
    const clock = testClock('2026-03-02T10:00:00Z');
    const run = submittedLicence(clock);
    const due = run.dueDeadlines()[0]?.dueAt;
    expect(due).toBe('2026-03-16T10:00:00.000Z');
    ok(
      run.decide('legal-check', 'requestMoreInformation', {
        actor: 'l1',
        role: 'legal',
        comment: 'Opening hours?',
        pages: ['premises'],
      }),
    );
    clock.advanceDays(3);
    ok(run.submit('premises', { premisesName: 'The Crown', fee: '190' }));
    ok(run.submit('check', {}));
    expect(run.dueDeadlines()).toEqual([{ taskId: 'legal-check', dueAt: due }]);
  });

  it('decides automatically when the journey says so, giving the reason', () => {
    const clock = testClock('2026-03-02T10:00:00Z');
    const run = submittedLicence(clock);
    ok(run.decide('finance-check', 'approve', { actor: 'f1', role: 'finance' }));
    clock.set('2026-03-16T10:00:00Z');
    const view = ok(run.deadlinePassed('legal-check'));
    expect(view.outcome?.kind).toBe('approved');
    expect(run.history().find((e) => e.type === 'deadlinePassed')).toMatchObject({
      actor: { kind: 'system' },
      data: { action: 'decide', decision: 'approve', reason: 'Deemed granted: no decision within 14 days.' },
    });
  });

  it('rejects automatically at a manager stage left too long, with the reason on the outcome', () => {
    const clock = testClock('2026-03-02T10:00:00Z');
    const run = startJourney(hardshipGrant, { clock });
    ok(run.submit('amount', { amount: '250' }));
    ok(run.submit('check', {}));
    ok(run.decide('recommend', 'approve', { actor: 'o1', role: 'officer' }));
    expect(run.dueDeadlines()).toEqual([{ taskId: 'authorise', dueAt: '2026-03-04T10:00:00.000Z' }]);
    clock.advanceHours(48);
    const view = ok(run.deadlinePassed('authorise'));
    expect(view.outcome).toMatchObject({ kind: 'rejected', reason: 'Not authorised in time.' });
  });

  it('refuses deadlines of tasks with none', () => {
    const run = submittedLicence(testClock('2026-03-02T10:00:00Z'));
    expect(refused(run.deadlinePassed('finance-check'))).toBe('task.no-deadline');
    expect(refused(run.deadlinePassed('missing'))).toBe('task.unknown');
  });
});
