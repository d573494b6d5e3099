import type { PayClientFor } from '../../runtime/payments';
import { createPayClient } from './pay-client';
import type { PayClient } from './types';

export const GOVUK_PAY_BASE_URL = 'https://publicapi.payments.service.gov.uk';

/** FINGERPOST_PAY_API_KEY_GARDEN_WASTE for the journey "garden-waste". */
export const journeyKeyVariable = (journeyId: string): string =>
  `FINGERPOST_PAY_API_KEY_${journeyId.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;

/**
 * The GOV.UK Pay accounts payment steps use, from the environment: `FINGERPOST_PAY_API_KEY` for
 * every journey, or `FINGERPOST_PAY_API_KEY_<JOURNEY_ID>` (upper case, hyphens as underscores) for
 * one journey's own account, which wins; `FINGERPOST_PAY_BASE_URL` (default GOV.UK Pay's) and
 * `FINGERPOST_PAY_TIMEOUT_MS`. Undefined when no key is set at all.
 * @example
 * const pay = payClientsFromEnv({ FINGERPOST_PAY_API_KEY_GARDEN_WASTE: 'api_test_…' });
 * pay?.('garden-waste'); // a client with that key; pay?.('blue-badge') is null
 */
export function payClientsFromEnv(env: Record<string, string | undefined>): PayClientFor | undefined {
  const hasKey = Object.entries(env).some(
    ([name, value]) =>
      value && (name === 'FINGERPOST_PAY_API_KEY' || name.startsWith('FINGERPOST_PAY_API_KEY_')),
  );
  if (!hasKey) return undefined;
  const baseUrl = env.FINGERPOST_PAY_BASE_URL || GOVUK_PAY_BASE_URL;
  const timeout = Number(env.FINGERPOST_PAY_TIMEOUT_MS);
  const clients = new Map<string, PayClient>();
  return (journeyId) => {
    const apiKey = env[journeyKeyVariable(journeyId)] || env.FINGERPOST_PAY_API_KEY;
    if (!apiKey) return null;
    let client = clients.get(apiKey);
    if (!client) {
      client = createPayClient({ baseUrl, apiKey, ...(timeout > 0 ? { timeoutMs: timeout } : {}) });
      clients.set(apiKey, client);
    }
    return client;
  };
}
