import { describe, expect, it } from 'vitest';
import { type JourneyRun, startJourney } from '../src/index';
import { blueBadge } from './fixtures/blue-badge';
import { testClock } from './fixtures/clock';
import { ok, refused } from './helpers';

const dob = { 'dateOfBirth-day': '27', 'dateOfBirth-month': '3', 'dateOfBirth-year': '1950' };

function start(): JourneyRun {
  return startJourney(blueBadge, {
    clock: testClock('2026-03-02T10:00:00Z'),
    reference: 'BB-7K3D-9Q2F',
    instanceId: 'app-1',
  });
}

/** A PIP claimant who reaches check your answers. */
function toCheckAnswers(): JourneyRun {
  const run = start();
  ok(run.submit('date-of-birth', dob));
  ok(run.submit('benefits', { benefit: 'pip' }));
  ok(run.submit('pip-points', { pipPoints: '10' }));
  ok(run.submit('name', { fullName: 'Ann Smith', phone: '' }));
  return run;
}

describe('pages', () => {
  it('starts on the first page, with its question ready to render', () => {
    const view = start().view();
    expect(view.status).toBe('inProgress');
    expect(view.step.id).toBe('date-of-birth');
    expect(view.step.components[0]).toMatchObject({
      field: 'dateOfBirth',
      type: 'date',
      label: 'What is your date of birth?',
      visible: true,
    });
    expect(view.backTarget).toBeNull();
    expect(view.reference).toBe('BB-7K3D-9Q2F');
    expect(view.instanceId).toBe('app-1');
    expect(view.allowedActions).toEqual(['submit', 'withdraw', 'feedback']);
  });

  it('refuses a page with errors, keeps what was typed and stays on the page', () => {
    const run = start();
    const result = run.submit('date-of-birth', {
      'dateOfBirth-day': '31',
      'dateOfBirth-month': '2',
      'dateOfBirth-year': '1950',
    });
    expect(refused(result)).toBe('form.invalid');
    if (result.ok) return;
    expect(result.error.fields?.[0]?.field).toBe('dateOfBirth');
    const view = run.view();
    expect(view.step.id).toBe('date-of-birth');
    expect(view.errors).toHaveLength(1);
    expect(view.step.components[0]?.raw).toEqual({ day: '31', month: '2', year: '1950' });
    expect(view.step.components[0]?.error?.message).toMatch(/real date/);
    expect(run.history().map((e) => e.type)).toEqual(['started']);
    ok(run.submit('date-of-birth', dob));
    expect(run.view().errors).toEqual([]);
  });

  it('uses today in London for date rules: a birth date of today is not in the past', () => {
    const run = startJourney(blueBadge, { clock: testClock('2026-06-30T23:30:00Z') });
    const today = { 'dateOfBirth-day': '1', 'dateOfBirth-month': '7', 'dateOfBirth-year': '2026' };
    expect(refused(run.submit('date-of-birth', today))).toBe('form.invalid');
  });

  it('refuses a page that is not the current one, or does not exist', () => {
    const run = start();
    expect(refused(run.submit('benefits', { benefit: 'pip' }))).toBe('step.not-current');
    expect(refused(run.submit('no-such-page', {}))).toBe('step.unknown');
    expect(refused(run.submit('screening', {}))).toBe('step.not-current');
  });

  it('follows the first transition whose condition holds, else the default', () => {
    const run = start();
    ok(run.submit('date-of-birth', dob));
    expect(ok(run.submit('benefits', { benefit: 'pip' })).step.id).toBe('pip-points');
    ok(run.back());
    expect(ok(run.submit('benefits', { benefit: 'none' })).step.id).toBe('walking');
  });

  it('goes back through the pages seen, never onto the eligibility step, keeping the answers', () => {
    const run = toCheckAnswers();
    expect(run.view().backTarget).toBe('name');
    expect(ok(run.back()).step.id).toBe('name');
    expect(ok(run.back()).step.id).toBe('pip-points');
    const view = run.view();
    expect(view.step.components[0]?.value).toBe(10);
    ok(run.back());
    expect(ok(run.back()).step.id).toBe('date-of-birth');
    expect(refused(run.back())).toBe('back.not-allowed');
    expect(run.history().filter((e) => e.type === 'wentBack')).toHaveLength(4);
  });
});

describe('eligibility', () => {
  it('records the rule that decided and its reason', () => {
    const run = toCheckAnswers();
    expect(run.view().eligibility).toEqual({
      stepId: 'screening',
      result: 'eligible',
      rule: 'pip-moving-around',
      reason: 'You scored 8 points or more for moving around in your PIP assessment.',
    });
    const decided = run.history().find((e) => e.type === 'eligibilityDecided');
    expect(decided).toMatchObject({
      actor: { kind: 'system' },
      stepId: 'screening',
      data: { rule: 'pip-moving-around', result: 'eligible' },
    });
  });

  it('ends an ineligible application early, saying why and what to do instead', () => {
    const run = start();
    ok(run.submit('date-of-birth', dob));
    ok(run.submit('benefits', { benefit: 'none' }));
    const view = ok(run.submit('walking', { walkingDifficulty: 'no' }));
    expect(view.status).toBe('completed');
    expect(view.step.id).toBe('not-eligible');
    expect(view.outcome).toMatchObject({
      kind: 'ineligible',
      rule: 'otherwise',
      reason: 'You do not get a qualifying benefit and do not have a difficulty walking.',
      alternatives: expect.stringContaining('Motability'),
    });
    expect(view.allowedActions).toEqual(['feedback']);
    expect(refused(run.submit('not-eligible', {}))).toBe('journey.completed');
    expect(refused(run.back())).toBe('journey.completed');
    expect(run.history().at(-1)).toMatchObject({ type: 'completed', data: { outcome: 'ineligible' } });
  });

  it('sends a resident with a walking difficulty for further assessment', () => {
    const run = start();
    ok(run.submit('date-of-birth', dob));
    ok(run.submit('benefits', { benefit: 'none' }));
    const view = ok(run.submit('walking', { walkingDifficulty: 'yes' }));
    expect(view.step.id).toBe('name');
    expect(view.eligibility?.result).toBe('furtherAssessment');
  });
});

describe('check your answers', () => {
  it('lists each answer on the route with its change link, "Not provided" for a blank optional one', () => {
    const view = toCheckAnswers().view();
    expect(view.step.id).toBe('check');
    expect(view.step.declaration).toBe('I confirm the information I have given is correct.');
    expect(view.answers.map((a) => [a.field, a.display, a.changeTarget])).toEqual([
      ['dateOfBirth', '27 March 1950', 'date-of-birth'],
      ['benefit', 'Personal Independence Payment (PIP)', 'benefits'],
      ['pipPoints', '10', 'pip-points'],
      ['fullName', 'Ann Smith', 'name'],
      ['phone', 'Not provided', 'name'],
    ]);
    expect(view.allowedActions).toContain('change');
    expect(view.progress.stepsCompleted).toBe(4);
  });

  it('returns to check your answers straight after a change that keeps the route', () => {
    const run = toCheckAnswers();
    const page = ok(run.change('name'));
    expect(page.step.id).toBe('name');
    expect(page.step.components[0]?.value).toBe('Ann Smith');
    expect(page.backTarget).toBe('check');
    const back = ok(run.submit('name', { fullName: 'Ann Jones', phone: '01632 960001' }));
    expect(back.step.id).toBe('check');
    expect(back.answers.find((a) => a.field === 'fullName')?.display).toBe('Ann Jones');
  });

  it('skips pages already answered after a change, asking only newly needed ones', () => {
    const run = toCheckAnswers();
    ok(run.change('date-of-birth'));
    expect(ok(run.submit('date-of-birth', { ...dob, 'dateOfBirth-year': '1951' })).step.id).toBe('check');
    ok(run.change('benefits'));
    const walking = ok(run.submit('benefits', { benefit: 'none' }));
    expect(walking.step.id).toBe('walking');
    const back = ok(run.submit('walking', { walkingDifficulty: 'yes' }));
    expect(back.step.id).toBe('check');
    expect(back.eligibility?.rule).toBe('walking-difficulty');
  });

  it('drops answers from the branch no longer taken, and records which', () => {
    const run = toCheckAnswers();
    ok(run.change('benefits'));
    expect(ok(run.submit('benefits', { benefit: 'dla' })).step.id).toBe('walking');
    expect(run.answers).toHaveProperty('pipPoints', 10);
    const view = ok(run.submit('walking', { walkingDifficulty: 'no' }));
    expect(view.step.id).toBe('check');
    expect(view.eligibility?.rule).toBe('dla-higher-rate');
    expect(run.answers).not.toHaveProperty('pipPoints');
    expect(view.answers.map((a) => a.field)).not.toContain('pipPoints');
    const dropped = run.history().find((e) => e.type === 'answersDropped');
    expect(dropped?.data).toEqual({ fields: ['pipPoints'], reason: 'notOnRoute' });
    expect(JSON.stringify(run.snapshot())).not.toContain('"pipPoints":10');
  });

  it('refuses to change from anywhere but check your answers, or a page not on the route', () => {
    const run = start();
    expect(refused(run.change('date-of-birth'))).toBe('change.not-allowed');
    const done = toCheckAnswers();
    expect(refused(done.change('walking'))).toBe('change.not-allowed');
    expect(refused(done.change('screening'))).toBe('change.not-allowed');
  });
});

describe('withdrawing and feedback', () => {
  it('withdraws at any point before the end', () => {
    const run = toCheckAnswers();
    const view = ok(run.withdraw('Moved away'));
    expect(view.status).toBe('completed');
    expect(view.outcome?.kind).toBe('withdrawn');
    expect(run.history().find((e) => e.type === 'withdrawn')?.data).toEqual({ reason: 'Moved away' });
    expect(refused(run.withdraw())).toBe('journey.completed');
  });

  it('records page feedback with the journey version and step, even after the end', () => {
    const run = start();
    ok(run.feedback({ kind: 'pageNotUseful', comment: 'I did not know my points' }));
    ok(run.withdraw());
    ok(run.feedback({ kind: 'satisfaction', rating: 4, comment: 'Quick' }));
    const given = run.history().filter((e) => e.type === 'feedbackGiven');
    expect(given[0]).toMatchObject({
      stepId: 'date-of-birth',
      journeyVersion: '1.0.0',
      data: { kind: 'pageNotUseful', rating: null },
    });
    expect(given[1]).toMatchObject({ data: { kind: 'satisfaction', rating: 4, comment: 'Quick' } });
  });

  it('refuses feedback it cannot record', () => {
    const run = start();
    expect(refused(run.feedback({ kind: 'satisfaction' }))).toBe('feedback.invalid');
    expect(refused(run.feedback({ kind: 'satisfaction', rating: 9 as 5 }))).toBe('feedback.invalid');
    expect(refused(run.feedback({ kind: 'problem', stepId: 'nowhere' }))).toBe('feedback.invalid');
    expect(refused(run.feedback({ kind: 'bogus' as 'problem' }))).toBe('feedback.invalid');
  });
});
