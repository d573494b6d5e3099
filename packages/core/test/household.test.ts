import { describe, expect, it } from 'vitest';
import { type JourneyRun, startJourney } from '../src/index';
import { testClock } from './fixtures/clock';
import { singlePersonDiscount } from './fixtures/household';
import { ok, refused } from './helpers';

function toAdults(language?: string): JourneyRun {
  const run = startJourney(singlePersonDiscount, {
    clock: testClock('2026-05-11T09:00:00Z'),
    ...(language ? { language } : {}),
  });
  ok(run.submit('before-you-start', {}));
  ok(run.submit('account', { accountNumber: '12345678' }));
  ok(run.submit('others', { othersLiveHere: 'yes' }));
  return run;
}

describe('content pages and branches', () => {
  it('shows a content page and goes on with Continue; a branch is never rested on', () => {
    const run = startJourney(singlePersonDiscount, { clock: testClock('2026-05-11T09:00:00Z') });
    expect(run.view().step).toMatchObject({
      type: 'content',
      title: 'Before you start',
      body: 'You need your Council Tax account number.',
    });
    ok(run.submit('before-you-start', {}));
    ok(run.submit('account', { accountNumber: '12345678' }));
    expect(ok(run.submit('others', { othersLiveHere: 'no' })).step.id).toBe('check');
    expect(ok(run.back()).step.id).toBe('others');
  });
});

describe('add another', () => {
  it('adds, changes and removes items, listing them by their summary field', () => {
    const run = toAdults();
    expect(run.view().step).toMatchObject({ id: 'adults', type: 'addAnother', items: [], itemName: 'adult' });
    ok(run.addItem('adults', { name: 'Sam Lee', reason: 'student' }));
    ok(run.addItem('adults', { name: 'Kim Ray', reason: 'carer' }));
    expect(run.view().step.items?.map((i) => i.summary)).toEqual(['Sam Lee', 'Kim Ray']);
    ok(run.changeItem('adults', 0, { name: 'Sam Leigh', reason: 'student' }));
    ok(run.removeItem('adults', 1));
    expect(run.answers.adults).toEqual([{ name: 'Sam Leigh', reason: 'student' }]);
    expect(run.history().map((e) => e.type)).toEqual(
      expect.arrayContaining(['itemAdded', 'itemChanged', 'itemRemoved']),
    );
  });

  it('checks each item like a page, keeping what was typed', () => {
    const run = toAdults();
    const result = run.addItem('adults', { name: '', reason: 'student' });
    expect(refused(result)).toBe('form.invalid');
    expect(run.view().errors[0]?.field).toBe('name');
    expect(run.view().step.components[1]?.raw).toBe('student');
    expect(run.answers.adults).toBeUndefined();
  });

  it('needs at least the minimum before finishing and no more than the maximum', () => {
    const run = toAdults();
    const finish = run.submit('adults', {});
    expect(refused(finish)).toBe('form.invalid');
    if (!finish.ok) expect(finish.error.fields?.[0]?.code).toBe('minItems');
    for (const name of ['A One', 'B Two', 'C Three']) ok(run.addItem('adults', { name, reason: 'carer' }));
    const full = run.addItem('adults', { name: 'D Four', reason: 'carer' });
    expect(refused(full)).toBe('form.invalid');
    if (!full.ok) expect(full.error.fields?.[0]?.code).toBe('maxItems');
    expect(ok(run.submit('adults', {})).step.id).toBe('check');
  });

  it('refuses items that do not exist and list actions on other pages', () => {
    const run = toAdults();
    expect(refused(run.changeItem('adults', 0, { name: 'X', reason: 'carer' }))).toBe('item.unknown');
    expect(refused(run.removeItem('adults', -1))).toBe('item.unknown');
    expect(refused(run.addItem('account', { name: 'X' }))).toBe('step.not-current');
  });

  it('drops the list when the resident changes to living alone', () => {
    const run = toAdults();
    ok(run.addItem('adults', { name: 'Sam Lee', reason: 'student' }));
    ok(run.submit('adults', {}));
    expect(run.view().answers.find((a) => a.field === 'adults')?.display).toContain('Sam Lee');
    ok(run.change('others'));
    expect(ok(run.submit('others', { othersLiveHere: 'no' })).step.id).toBe('check');
    expect(run.answers).not.toHaveProperty('adults');
    expect(run.history().find((e) => e.type === 'answersDropped')?.data.fields).toEqual(['adults']);
  });
});

describe('feedback step and Welsh', () => {
  it('records the satisfaction rating from a feedback step and goes on', () => {
    const run = toAdults();
    ok(run.addItem('adults', { name: 'Sam Lee', reason: 'student' }));
    ok(run.submit('adults', {}));
    expect(ok(run.submit('check', {})).step.id).toBe('how-was-it');
    expect(refused(run.submit('how-was-it', { rating: '7' }))).toBe('form.invalid');
    const end = ok(run.submit('how-was-it', { rating: '5', comment: 'Easy' }));
    expect(end.outcome?.kind).toBe('submitted');
    const feedback = run.history().filter((e) => e.type === 'feedbackGiven');
    expect(feedback).toEqual([
      expect.objectContaining({
        stepId: 'how-was-it',
        data: { kind: 'satisfaction', rating: 5, comment: 'Easy' },
      }),
    ]);
  });

  it('shows every text in Welsh when asked, and the journey’s own withdrawn end', () => {
    const run = toAdults('cy');
    const view = run.view();
    expect(view.language).toBe('cy');
    expect(view.journey.title).toBe('Gwneud cais am ostyngiad person sengl');
    expect(view.step.title).toBe('Oedolion sy’n byw gyda chi');
    expect(view.step.components.map((c) => c.label)).toEqual(['Enw llawn', 'Pam nad ydynt yn cyfrif?']);
    expect(view.step.components[1]?.options.map((o) => o.label)).toEqual(['Myfyriwr amser llawn', 'Gofalwr']);
    expect(run.view({ language: 'en' }).step.title).toBe('Adults who live with you');
    const withdrawn = ok(run.withdraw());
    expect(withdrawn.outcome).toMatchObject({
      kind: 'withdrawn',
      stepId: 'gave-up',
      title: 'Rydych wedi tynnu’ch cais yn ôl',
    });
  });
});
