import { type Journey, validateJourney } from '@fingerpost/schema';
import { describe, expect, it } from 'vitest';
import { exploreRoutes } from '../explore/explore-routes';
import { runScenario } from '../scenarios/run-scenario';
import type { JourneyRun } from './journey-run';
import { restoreJourney } from './restore';
import { startJourney } from './start';

/** Garden waste: £52 a bin a year, half price with Council Tax Reduction. */
const definition = {
  id: 'garden-waste-fee',
  version: '1.0.0',
  title: { en: 'Garden waste', cy: 'Gwastraff gardd' },
  description: { en: 'For the payment step tests.', cy: 'Ar gyfer profion y cam talu.' },
  serviceArea: 'other',
  owner: { name: 'Anytown Council' },
  languages: ['en', 'cy'],
  start: 'bins',
  fields: {
    bins: { type: 'number' },
    reduction: { type: 'yesNo' },
  },
  steps: [
    {
      id: 'bins',
      type: 'question',
      components: [{ field: 'bins', label: { en: 'How many bins?', cy: 'Sawl bin?' } }],
      next: 'reduction',
    },
    {
      id: 'reduction',
      type: 'question',
      components: [
        {
          field: 'reduction',
          label: { en: 'Do you get Council Tax Reduction?', cy: 'Ydych chi’n cael Gostyngiad Treth Gyngor?' },
        },
      ],
      next: 'check',
    },
    {
      id: 'check',
      type: 'checkAnswers',
      title: { en: 'Check your answers', cy: 'Gwiriwch eich atebion' },
      next: 'pay',
    },
    {
      id: 'pay',
      type: 'payment',
      title: { en: 'Pay for your garden waste collection', cy: 'Talu am eich casgliad gwastraff gardd' },
      description: { en: 'Garden waste collection, one year', cy: 'Casgliad gwastraff gardd, blwyddyn' },
      amount: 'if(reduction, £26, £52) * bins',
      next: 'done',
    },
    { id: 'done', type: 'end', outcome: 'submitted', title: { en: 'Subscribed', cy: 'Wedi tanysgrifio' } },
  ],
};
const validated = validateJourney(definition);
if (!validated.ok) throw new Error(JSON.stringify(validated.errors));
const gardenWaste: Journey = validated.journey;

const clock = () => new Date('2026-04-01T09:00:00Z');

function toPayment(bins: string, reduction: 'yes' | 'no'): JourneyRun {
  const run = startJourney(gardenWaste, { clock });
  expect(run.submit('bins', { bins }).ok).toBe(true);
  expect(run.submit('reduction', { reduction }).ok).toBe(true);
  expect(run.submit('check', {}).ok).toBe(true);
  return run;
}

const paymentEvents = (run: JourneyRun) =>
  run
    .history()
    .filter((e) => e.type.startsWith('payment'))
    .map((e) => ({ type: e.type, ...e.data }));

describe('a payment step', () => {
  it('shows the amount worked out from the answers, in pence, with the description', () => {
    const run = toPayment('2', 'no');
    const view = run.view();
    expect(view.step).toMatchObject({
      id: 'pay',
      type: 'payment',
      title: 'Pay for your garden waste collection',
    });
    expect(view.step.payment).toEqual({
      amount: 10400,
      description: 'Garden waste collection, one year',
      latest: null,
    });
    expect(view.allowedActions).toEqual(['paymentStarted', 'back', 'withdraw', 'feedback']);
    expect(view.backTarget).toBe('check');
    expect(run.view({ language: 'cy' }).step.payment?.description).toBe('Casgliad gwastraff gardd, blwyddyn');
    expect(toPayment('1', 'yes').view().step.payment?.amount).toBe(2600);
    const back = run.back();
    expect(back.ok && back.view.step.id).toBe('check');
    expect(run.submit('check', {}).ok && run.view().step.id).toBe('pay');
  });

  it('waits while the payment is with the provider, then moves on when it succeeds', () => {
    const run = toPayment('1', 'no');
    const started = run.paymentStarted('pay', 'pay-1');
    expect(started.ok && started.view.step.id).toBe('pay');
    expect(started.ok && started.view.allowedActions).toEqual(['paymentSettled', 'withdraw', 'feedback']);
    expect(run.back()).toMatchObject({ ok: false, error: { code: 'payment.in-progress' } });
    expect(run.view().backTarget).toBeNull();
    const settled = run.paymentSettled('pay', { paymentId: 'pay-1', state: 'success' });
    expect(settled.ok && settled.view.status).toBe('completed');
    expect(settled.ok && settled.view.step.id).toBe('done');
    expect(paymentEvents(run)).toEqual([
      { type: 'paymentStarted', paymentId: 'pay-1', amount: 5200, attempt: 1 },
      { type: 'paymentSettled', paymentId: 'pay-1', amount: 5200, state: 'success' },
    ]);
    expect(run.view().payments).toEqual([
      expect.objectContaining({ paymentId: 'pay-1', amount: 5200, state: 'success', refunded: 0 }),
    ]);
  });

  it('stays on the step after a declined, cancelled or expired payment, and a new attempt can succeed', () => {
    const run = toPayment('1', 'no');
    for (const [i, state] of (['failed', 'cancelled', 'expired'] as const).entries()) {
      expect(run.paymentStarted('pay', `try-${i}`).ok).toBe(true);
      const result = run.paymentSettled('pay', { paymentId: `try-${i}`, state, code: 'P0010' });
      expect(result.ok && result.view.step.id).toBe('pay');
      expect(result.ok && result.view.step.payment?.latest).toMatchObject({ paymentId: `try-${i}`, state });
      expect(result.ok && result.view.allowedActions).toContain('paymentStarted');
    }
    expect(run.paymentStarted('pay', 'try-3').ok).toBe(true);
    expect(run.paymentSettled('pay', { paymentId: 'try-3', state: 'success' }).ok).toBe(true);
    expect(run.view().step.id).toBe('done');
    expect(run.view().payments.map((p) => [p.attempt, p.state])).toEqual([
      [1, 'failed'],
      [2, 'cancelled'],
      [3, 'expired'],
      [4, 'success'],
    ]);
    expect(paymentEvents(run)[1]).toEqual({
      type: 'paymentSettled',
      paymentId: 'try-0',
      amount: 5200,
      state: 'failed',
      code: 'P0010',
    });
  });

  it('never records a payment twice: repeats are no-ops, contradictions and strangers are refused', () => {
    const run = toPayment('1', 'no');
    expect(run.paymentStarted('pay', 'p1').ok).toBe(true);
    expect(run.paymentStarted('pay', 'p1').ok).toBe(true);
    expect(run.paymentStarted('pay', 'p2')).toMatchObject({
      ok: false,
      error: { code: 'payment.in-progress' },
    });
    expect(run.paymentSettled('pay', { paymentId: 'nope', state: 'success' })).toMatchObject({
      ok: false,
      error: { code: 'payment.unknown' },
    });
    expect(run.paymentSettled('pay', { paymentId: 'p1', state: 'failed' }).ok).toBe(true);
    expect(run.paymentSettled('pay', { paymentId: 'p1', state: 'failed' }).ok).toBe(true);
    expect(run.paymentSettled('pay', { paymentId: 'p1', state: 'success' })).toMatchObject({
      ok: false,
      error: { code: 'payment.already-settled' },
    });
    expect(run.paymentStarted('pay', 'p1')).toMatchObject({ ok: false, error: { code: 'payment.invalid' } });
    expect(run.paymentStarted('pay', '../../etc')).toMatchObject({
      ok: false,
      error: { code: 'payment.invalid' },
    });
    expect(paymentEvents(run).map((e) => e.type)).toEqual(['paymentStarted', 'paymentSettled']);
  });

  it('is refused anywhere but on the payment step', () => {
    const run = startJourney(gardenWaste, { clock });
    expect(run.paymentStarted('pay', 'p1')).toMatchObject({ ok: false, error: { code: 'step.not-current' } });
    expect(run.paymentStarted('bins', 'p1')).toMatchObject({
      ok: false,
      error: { code: 'step.not-current' },
    });
    expect(run.submit('pay', {}).ok).toBe(false);
  });

  it('passes straight on when there is nothing to pay', () => {
    const run = toPayment('0', 'no');
    expect(run.view().step.id).toBe('done');
    expect(run.view().payments).toEqual([]);
  });

  it('survives a snapshot mid-payment and settles after restore', () => {
    const run = toPayment('1', 'yes');
    run.paymentStarted('pay', 'p1');
    const stored = JSON.parse(JSON.stringify(run.snapshot()));
    const restored = restoreJourney(gardenWaste, stored, { clock });
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.run.view().step.payment?.latest).toMatchObject({
      paymentId: 'p1',
      state: 'started',
      amount: 2600,
    });
    expect(restored.run.paymentSettled('pay', { paymentId: 'p1', state: 'success' }).ok).toBe(true);
    expect(restored.run.view().step.id).toBe('done');
    const corrupt = {
      ...stored,
      machine: { ...stored.machine, context: { ...stored.machine.context, payments: 'x' } },
    };
    expect(restoreJourney(gardenWaste, corrupt, { clock })).toMatchObject({
      ok: false,
      error: { code: 'snapshot.invalid', path: '/machine/context/payments' },
    });
  });

  it('records refunds by a caseworker, never more than was paid', () => {
    const run = toPayment('1', 'no');
    run.paymentStarted('pay', 'p1');
    run.paymentSettled('pay', { paymentId: 'p1', state: 'success' });
    const officer = { kind: 'caseworker' as const, id: 'officer-1', role: 'waste-officer' };
    expect(
      run.paymentRefunded({ paymentId: 'p1', amount: 2000, refundId: 'r1', reason: 'Moved house' }, officer)
        .ok,
    ).toBe(true);
    expect(run.paymentRefunded({ paymentId: 'p1', amount: 3300, refundId: 'r2' }, officer)).toMatchObject({
      ok: false,
      error: { code: 'payment.refund-invalid' },
    });
    expect(run.paymentRefunded({ paymentId: 'zz', amount: 1, refundId: 'r3' }, officer)).toMatchObject({
      ok: false,
      error: { code: 'payment.unknown' },
    });
    expect(run.view().payments[0]?.refunded).toBe(2000);
    const refund = run.history().find((e) => e.type === 'paymentRefunded');
    expect(refund).toMatchObject({
      actor: officer,
      stepId: 'pay',
      data: { paymentId: 'p1', amount: 2000, refundId: 'r1', reason: 'Moved house' },
    });
  });
});

describe('payments in scenarios and explored routes', () => {
  const toPay = [
    { submit: 'bins', answers: { bins: '1' } },
    { submit: 'reduction', answers: { reduction: 'no' } },
    { submit: 'check' },
  ];

  it('a scenario states how the payment ends', () => {
    const result = runScenario(gardenWaste, {
      name: 'declined, then paid',
      actions: [...toPay, { pay: 'pay', outcome: 'failed' }, { expect: { step: 'pay' } }, { pay: 'pay' }],
      expect: { status: 'completed', step: 'done' },
    });
    expect(result.failures).toEqual([]);
    expect(result.transitions).toContainEqual(['pay', 'done']);
    const priced = runScenario(gardenWaste, {
      name: 'the amount asked',
      actions: [...toPay, { expect: { amountToPay: '£52' } }, { expect: { amountToPay: 5000 } }],
      expect: {},
    });
    expect(priced.failures).toEqual([
      'actions[4] (expect): amountToPay: expected 5000 but the step asks 5200p',
    ]);
    const wrong = runScenario(gardenWaste, { name: 'too early', actions: [{ pay: 'pay' }], expect: {} });
    expect(wrong.failures[0]).toContain('expected to be on "pay"');
  });

  it('the route explorer pays and reaches the end', () => {
    const explored = exploreRoutes(gardenWaste);
    expect(explored.problems).toEqual([]);
    expect(explored.ends.done).toBeGreaterThan(0);
  });
});
