import { validateJourney } from '@fingerpost/schema';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PaymentCharge, PaymentHandler } from '../payment-handler';
import { paymentJourney } from '../test/payment-journey';
import { press, renderJourney } from '../test/render-journey';

const onPaymentPage = (takePayment?: PaymentHandler, language = 'en') => {
  const onChange = vi.fn();
  renderJourney(paymentJourney, {
    reference: 'GW-7K3D-9Q2F',
    language,
    onChange,
    ...(takePayment ? { takePayment } : {}),
  });
  press(language === 'cy' ? 'Parhau' : 'Continue');
  return onChange;
};

describe('PaymentPage', () => {
  it('is a valid journey to pay on', () => {
    expect(validateJourney(paymentJourney).ok).toBe(true);
  });

  it('shows what is paid for and the amount, and moves on once the payment succeeds', async () => {
    const charges: PaymentCharge[] = [];
    onPaymentPage(async (charge) => {
      charges.push(charge);
      return { paymentId: 'pay-001', state: 'success' };
    });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Pay for your garden waste collection' }),
    ).toBeTruthy();
    expect(screen.getByText('Garden waste collection, one year')).toBeTruthy();
    expect(screen.getByText('Pay £52.50')).toBeTruthy();
    press('Continue to payment');
    expect(await screen.findByRole('heading', { name: 'Subscription confirmed' })).toBeTruthy();
    expect(charges).toEqual([
      expect.objectContaining({
        stepId: 'pay',
        amount: 5250,
        description: 'Garden waste collection, one year',
        reference: 'GW-7K3D-9Q2F',
        language: 'en',
      }),
    ]);
  });

  it('shows “Your payment was not completed” after a declined payment, and a second try can succeed', async () => {
    const outcomes = ['failed', 'success'] as const;
    let attempt = 0;
    onPaymentPage(async () => {
      const state = outcomes[attempt] ?? 'success';
      attempt += 1;
      return { paymentId: `pay-${attempt}`, state, ...(state === 'failed' ? { code: 'P0010' } : {}) };
    });
    press('Continue to payment');
    expect(await screen.findByRole('heading', { name: 'Your payment was not completed' })).toBeTruthy();
    expect(screen.getByText('Your payment was declined or could not be taken.')).toBeTruthy();
    expect(screen.getByText(/No money has been taken from your account/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Your payment was not completed'));
    press('Try again');
    expect(await screen.findByRole('heading', { name: 'Subscription confirmed' })).toBeTruthy();
  });

  it('says a cancelled payment was cancelled', async () => {
    onPaymentPage(() => ({ paymentId: 'pay-c', state: 'cancelled' }));
    press('Continue to payment');
    expect(await screen.findByText('You cancelled your payment.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('records a payment sent to GOV.UK Pay before the resident leaves, and settles it on return', async () => {
    let saved: unknown;
    const onChange = onPaymentPage(async (charge) => {
      const result = charge.started('govuk-pay-abc');
      expect(result.ok).toBe(true);
      saved = onChange.mock.calls.at(-1)?.[1].snapshot();
      return undefined; // the host would now send the resident to GOV.UK Pay's page
    });
    press('Continue to payment');
    expect(await screen.findByText(/You have a payment in progress/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Continue to payment' })).toBeNull();
    expect(JSON.stringify(saved)).toContain('govuk-pay-abc');
  });

  it('keeps the resident on the page with a banner when the payment service fails', async () => {
    onPaymentPage(async () => {
      throw new Error('GOV.UK Pay is down');
    });
    press('Continue to payment');
    expect(await screen.findByText('Sorry, there is a problem with the payment service')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Important' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Continue to payment' })).toBeTruthy();
  });

  it('charges once when Continue to payment is pressed twice', async () => {
    let finish: (() => void) | undefined;
    const takePayment = vi.fn(
      () =>
        new Promise<{ paymentId: string; state: 'success' }>((resolve) => {
          finish = () => resolve({ paymentId: 'pay-once', state: 'success' });
        }),
    );
    onPaymentPage(takePayment);
    const button = screen.getByRole('button', { name: 'Continue to payment' });
    fireEvent.click(button);
    fireEvent.click(button);
    await act(async () => finish?.());
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Subscription confirmed' })).toBeTruthy());
    expect(takePayment).toHaveBeenCalledTimes(1);
  });

  it('speaks Welsh, and passes the language to the handler', async () => {
    const charges: PaymentCharge[] = [];
    onPaymentPage((charge) => {
      charges.push(charge);
      return { paymentId: 'pay-cy', state: 'expired' };
    }, 'cy');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Talu am eich casgliad gwastraff gardd' }),
    ).toBeTruthy();
    expect(screen.getByText('Talu £52.50')).toBeTruthy();
    press('Parhau i dalu');
    expect(await screen.findByRole('heading', { name: 'Ni chafodd eich taliad ei gwblhau' })).toBeTruthy();
    expect(screen.getByText(/Daeth eich sesiwn dalu i ben/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Rhoi cynnig arall arni' })).toBeTruthy();
    expect(charges[0]).toMatchObject({ language: 'cy', description: 'Casgliad gwastraff gardd, blwyddyn' });
  });

  it('shows the amount and says paying online is not offered when the host has no handler', () => {
    onPaymentPage();
    expect(screen.getByText('Pay £52.50')).toBeTruthy();
    expect(
      screen.getByText('You cannot pay online here. Contact the council to find out how to pay.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
