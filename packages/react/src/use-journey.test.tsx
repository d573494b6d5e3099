import type { Journey } from '@fingerpost/schema';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { permitJourney } from './test/permit-journey';
import { fixedClock } from './test/render-journey';
import { useJourney } from './use-journey';

const start = (journey: Journey = permitJourney, options = {}) =>
  renderHook(({ j }) => useJourney(j, { clock: fixedClock, ...options }), { initialProps: { j: journey } });

describe('useJourney', () => {
  it('starts on the journey’s first page', () => {
    const { result } = start();
    expect(result.current.view.step.id).toBe('your-name');
    expect(result.current.view.status).toBe('inProgress');
    expect(result.current.view.step.components[0]?.label).toBe('What is your name?');
  });

  it('moves on when a page is answered, and back again', () => {
    const { result } = start();
    act(() => {
      expect(result.current.submit({ fullName: 'Ada Lovelace' }).ok).toBe(true);
    });
    expect(result.current.view.step.id).toBe('contact');
    act(() => {
      result.current.back();
    });
    expect(result.current.view.step.id).toBe('your-name');
    expect(result.current.view.step.components[0]?.value).toBe('Ada Lovelace');
  });

  it('keeps the resident on the page with the engine’s errors when an answer is missing', () => {
    const { result } = start();
    let outcome: ReturnType<typeof result.current.submit> | undefined;
    act(() => {
      outcome = result.current.submit({ fullName: '' });
    });
    expect(outcome?.ok).toBe(false);
    expect(result.current.view.step.id).toBe('your-name');
    expect(result.current.view.errors).toEqual([
      expect.objectContaining({ field: 'fullName', code: 'required' }),
    ]);
    expect(result.current.lastError?.code).toBe('form.invalid');
  });

  it('says which questions show as the resident answers, using the journey’s own conditions', () => {
    const { result } = start();
    act(() => {
      result.current.submit({ fullName: 'Ada' });
      result.current.submit({ email: 'ada@example.com' });
    });
    expect(result.current.view.step.id).toBe('pet');
    expect(result.current.visibleFields({ hasPet: 'yes' })).toEqual(['hasPet', 'petName']);
    expect(result.current.visibleFields({ hasPet: 'no' })).toEqual(['hasPet']);
  });

  it('carries on where it was when the journey is edited, and uses the new text', () => {
    const { result, rerender } = start();
    act(() => {
      result.current.submit({ fullName: 'Ada' });
    });
    const edited = structuredClone(permitJourney);
    const contact = edited.steps[1];
    if (contact?.type === 'question') contact.title = 'How can we contact you?';
    rerender({ j: edited });
    expect(result.current.view.step.id).toBe('contact');
    expect(result.current.view.step.title).toBe('How can we contact you?');
    expect(result.current.run.answers).toEqual({ fullName: 'Ada' });
  });

  it('starts again when the edited journey no longer has the resident’s page', () => {
    const { result, rerender } = start();
    act(() => {
      result.current.submit({ fullName: 'Ada' });
    });
    const edited = structuredClone(permitJourney);
    edited.steps = edited.steps.filter((s) => s.id !== 'contact') as Journey['steps'];
    const first = edited.steps[0];
    if (first?.type === 'question') first.next = 'pet';
    rerender({ j: edited });
    expect(result.current.view.step.id).toBe('your-name');
  });

  it('restarts from the first page with nothing kept', () => {
    const { result } = start();
    act(() => {
      result.current.submit({ fullName: 'Ada' });
    });
    act(() => result.current.restart());
    expect(result.current.view.step.id).toBe('your-name');
    expect(result.current.run.answers).toEqual({});
  });

  it('tells the host about every change, with the run to save', () => {
    const onChange = vi.fn();
    const { result } = start(permitJourney, { onChange });
    act(() => {
      result.current.submit({ fullName: 'Ada' });
    });
    const [view, run] = onChange.mock.calls.at(-1) ?? [];
    expect(view.step.id).toBe('contact');
    expect(run.snapshot().journey.id).toBe(permitJourney.id);
  });

  it('resumes an application from a saved snapshot', () => {
    const first = start();
    act(() => {
      first.result.current.submit({ fullName: 'Ada' });
    });
    const saved = first.result.current.run.snapshot();
    const { result } = start(permitJourney, { snapshot: saved });
    expect(result.current.view.step.id).toBe('contact');
    expect(result.current.run.answers).toEqual({ fullName: 'Ada' });
  });

  it('runs its XState actor: the view is the actor’s state', () => {
    const { result } = start();
    expect(result.current.actorRef.getSnapshot().context.view).toBe(result.current.view);
  });
});

describe('useJourney payments', () => {
  const onPayment = async (options = {}) => {
    const { paymentJourney } = await import('./test/payment-journey');
    const hook = start(paymentJourney, options);
    act(() => {
      hook.result.current.submit({});
    });
    return hook;
  };

  it('lets the host start and settle a payment itself, as after a redirect back from GOV.UK Pay', async () => {
    const { result } = await onPayment();
    expect(result.current.canTakePayment).toBe(false);
    act(() => {
      expect(result.current.paymentStarted('govuk-pay-1').ok).toBe(true);
    });
    expect(result.current.view.allowedActions).toContain('paymentSettled');
    act(() => {
      expect(result.current.paymentSettled({ paymentId: 'govuk-pay-1', state: 'success' }).ok).toBe(true);
    });
    expect(result.current.view.status).toBe('completed');
    expect(result.current.view.payments).toEqual([
      expect.objectContaining({ paymentId: 'govuk-pay-1', amount: 5250, state: 'success' }),
    ]);
  });

  it('refuses pay() without a handler, with a typed error', async () => {
    const { result } = await onPayment();
    let outcome: Awaited<ReturnType<typeof result.current.pay>> | undefined;
    await act(async () => {
      outcome = await result.current.pay();
    });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'payment.no-handler' } });
    expect(result.current.view.step.id).toBe('pay');
  });

  it('passes on the engine’s refusal of a settlement for a payment never started', async () => {
    const { result } = await onPayment({ takePayment: () => undefined });
    act(() => {
      const refused = result.current.paymentSettled({ paymentId: 'nope', state: 'success' });
      expect(refused.ok).toBe(false);
    });
    expect(result.current.lastError?.code).toBe('payment.unknown');
  });
});
