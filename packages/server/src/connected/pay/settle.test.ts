import { describe, expect, it } from 'vitest';
import { interpretPayment } from './settle';
import type { Payment, PaymentState } from './types';

const payment = (state: PaymentState): Payment => ({
  paymentId: 'abc123',
  state,
  amount: 4000,
  reference: 'GW-2026-7',
  description: 'Garden waste collection',
  createdDate: '2026-04-01T10:00:00.000Z',
});

describe('interpretPayment', () => {
  it.each([
    [{ status: 'created', finished: false }, 'pending'],
    [{ status: 'started', finished: false }, 'pending'],
    [{ status: 'submitted', finished: false }, 'pending'],
    [{ status: 'capturable', finished: false }, 'pending'],
    [{ status: 'success', finished: true }, 'success'],
    [{ status: 'failed', finished: true, code: 'P0010', message: 'Payment method rejected' }, 'failed'],
    [{ status: 'failed', finished: true, code: 'P0020', message: 'Payment expired' }, 'expired'],
    [
      { status: 'failed', finished: true, code: 'P0030', message: 'Payment was cancelled by the user' },
      'cancelled',
    ],
    [
      { status: 'cancelled', finished: true, code: 'P0040', message: 'Payment was cancelled by the service' },
      'cancelled',
    ],
    [
      { status: 'error', finished: true, code: 'P0050', message: 'Payment provider returned an error' },
      'failed',
    ],
  ] as const)('%j is %s', (state, outcome) => {
    expect(interpretPayment(payment(state)).outcome).toBe(outcome);
  });

  it('explains each failure in words a caseworker can read', () => {
    expect(interpretPayment(payment({ status: 'failed', finished: true, code: 'P0020' }))).toMatchObject({
      reason: { code: 'P0020', message: 'The payment expired: it was not completed within 90 minutes' },
    });
  });

  it("keeps GOV.UK Pay's own message for a code it adds later", () => {
    expect(
      interpretPayment(
        payment({ status: 'failed', finished: true, code: 'P0099', message: 'Something new' }),
      ),
    ).toMatchObject({ outcome: 'failed', reason: { code: 'P0099', message: 'Something new' } });
  });
});
