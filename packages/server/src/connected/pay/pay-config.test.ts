import { describe, expect, it } from 'vitest';
import { startFakePayServer } from './fake-pay-server';
import { journeyKeyVariable, payClientsFromEnv } from './pay-config';

describe('GOV.UK Pay accounts from the environment', () => {
  it('is absent when no key is set', () => {
    expect(payClientsFromEnv({ FINGERPOST_PAY_BASE_URL: 'http://127.0.0.1:1' })).toBeUndefined();
  });

  it('names a journey’s own key after its id', () => {
    expect(journeyKeyVariable('garden-waste')).toBe('FINGERPOST_PAY_API_KEY_GARDEN_WASTE');
  });

  it('uses a journey’s own key before the server’s, against the configured base URL', async () => {
    const { fake, server } = await startFakePayServer({ apiKey: 'api_test_garden' });
    try {
      const payFor = payClientsFromEnv({
        FINGERPOST_PAY_API_KEY: 'api_test_everyone_else',
        FINGERPOST_PAY_API_KEY_GARDEN_WASTE: 'api_test_garden',
        FINGERPOST_PAY_BASE_URL: server.url,
      });
      const payment = {
        amount: 5250,
        reference: 'GW-1',
        description: 'Garden waste',
        returnUrl: 'https://council.example/back',
      };
      expect((await payFor?.('garden-waste')?.createPayment(payment))?.ok).toBe(true);
      const other = await payFor?.('blue-badge')?.createPayment(payment);
      expect(other).toMatchObject({ ok: false, error: { code: 'pay.unauthorised' } });
      expect(fake.requests.map((r) => r.authorization)).toEqual([
        'Bearer api_test_garden',
        'Bearer api_test_everyone_else',
      ]);
    } finally {
      await server.close();
    }
  });

  it('has no account for a journey when only other journeys have keys', () => {
    const payFor = payClientsFromEnv({ FINGERPOST_PAY_API_KEY_GARDEN_WASTE: 'api_test_garden' });
    expect(payFor?.('blue-badge')).toBeNull();
    expect(payFor?.('garden-waste')).not.toBeNull();
  });
});
