import type { LocalServer } from '../connected/http/serve-local';
import type { FakePay } from '../connected/pay/fake-pay-server';
import { startFakePayServer } from '../connected/pay/fake-pay-server';
import { createPayClient } from '../connected/pay/pay-client';
import { startTestServer, type TestServer } from './test-server';

export const FAKE_PAY_KEY = 'api_test_fingerpost';

export interface PayingTestServer {
  s: TestServer;
  fake: FakePay;
  pay: LocalServer;
  stop(): Promise<void>;
}

/**
 * A test server whose journeys take payments with a fake GOV.UK Pay on its own local port
 * (real HTTP both ways), publishing garden waste (which has a payment step) among the journeys.
 */
export async function startPayingTestServer(
  options: Parameters<typeof startTestServer>[0] = {},
): Promise<PayingTestServer> {
  const { fake, server: pay } = await startFakePayServer({ apiKey: FAKE_PAY_KEY });
  const client = createPayClient({ baseUrl: pay.url, apiKey: FAKE_PAY_KEY, timeoutMs: 2_000 });
  const s = await startTestServer({
    ...options,
    journeys: options.journeys ?? ['garden-waste', 'report-missed-bin'],
    overrides: { ...options.overrides, pay: () => client },
  });
  return {
    s,
    fake,
    pay,
    async stop() {
      await s.stop();
      await pay.close();
    },
  };
}
