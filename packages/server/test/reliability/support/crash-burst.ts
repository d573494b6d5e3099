import { CRASH_JOURNEY_ID, CRASH_SUBMISSIONS } from './crash-journey';
import type { Rng } from './random';

/** One step submission of the burst, and what the client heard back. */
export interface Submission {
  stepId: string;
  field: string | null;
  /** The marker this submission carried (the field's answer); null for check your answers. */
  value: string | null;
  /** 'acknowledged': a 2xx arrived; 'lost': the connection failed (the kill); otherwise the status. */
  outcome: 'acknowledged' | 'lost' | 'unsent' | number;
  /** The version the 2xx view gave. */
  version?: number;
}

/** One application of the burst: started, then submitting its pages one after another. */
export interface Chain {
  instanceId: string | null;
  token: string | null;
  startOutcome: 'acknowledged' | 'lost' | number;
  submissions: Submission[];
}

export interface BurstResult {
  chains: Chain[];
  /** 2xx responses (starts and submissions) heard before the kill was sent. */
  acknowledgedBeforeKill: number;
  killAfter: number;
}

async function post(url: string, token: string | null, body: unknown): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

/** How many submissions each chain makes: `total` spread over `chains`, each between 1 and all pages. */
export function spread(total: number, chains: number, rng: Rng): number[] {
  const max = CRASH_SUBMISSIONS.length;
  if (total > chains * max) throw new RangeError(`${total} submissions do not fit in ${chains} applications`);
  const plan = Array.from({ length: chains }, () => 1);
  for (let left = total - chains; left > 0; ) {
    const i = rng.below(chains);
    if (plan[i]! < max) {
      plan[i]!++;
      left--;
    }
  }
  return plan;
}

/**
 * Fires every chain at once (each starts its application, then submits its pages in order with a
 * marker of its own), and calls `kill` at a random moment: after a random number of 2xx responses,
 * plus a random few milliseconds, so the kill lands among requests in flight.
 */
export async function burst(
  baseUrl: string,
  plan: number[],
  label: string,
  rng: Rng,
  kill: () => Promise<void>,
): Promise<BurstResult> {
  const total = plan.length + plan.reduce((a, b) => a + b, 0);
  const killAfter = rng.below(total);
  const jitterMs = rng.below(5);
  let acknowledged = 0;
  let acknowledgedBeforeKill = -1;
  let killing: Promise<void> | null = null;
  const triggerKill = () => {
    killing ??= new Promise<void>((r) => setTimeout(r, jitterMs)).then(() => {
      acknowledgedBeforeKill = acknowledged;
      return kill();
    });
  };
  const acknowledge = () => {
    acknowledged++;
    if (acknowledged >= killAfter) triggerKill();
  };
  if (killAfter === 0) triggerKill();

  const runChain = async (count: number, index: number): Promise<Chain> => {
    const chain: Chain = { instanceId: null, token: null, startOutcome: 'lost', submissions: [] };
    try {
      const r = await post(`${baseUrl}/api/v1/journeys/${CRASH_JOURNEY_ID}/instances`, null, {});
      if (!r.ok) {
        chain.startOutcome = r.status;
        return chain;
      }
      // A start counts as acknowledged only once its body arrived: without it the resident has no token.
      const body = (await r.json().catch(() => null)) as {
        instanceId: string;
        resumeToken: string;
        view: { version: number };
      } | null;
      if (!body) return chain;
      chain.startOutcome = 'acknowledged';
      acknowledge();
      chain.instanceId = body.instanceId;
      chain.token = body.resumeToken;
      let version = body.view.version;
      for (const step of CRASH_SUBMISSIONS.slice(0, count)) {
        const value = step.field ? `${label}-a${index}-${step.stepId}-${rng.hex(10)}` : null;
        const submission: Submission = { ...step, value, outcome: 'lost' };
        chain.submissions.push(submission);
        const answers = step.field && value ? { [step.field]: value } : {};
        const response = await post(
          `${baseUrl}/api/v1/instances/${body.instanceId}/steps/${step.stepId}`,
          body.resumeToken,
          { answers, version },
        );
        if (!response.ok) {
          submission.outcome = response.status;
          return chain;
        }
        submission.outcome = 'acknowledged';
        acknowledge();
        const view = (await response.json().catch(() => null)) as { version: number } | null;
        if (!view) return chain;
        version = view.version;
        submission.version = version;
      }
    } catch {
      // The connection failed: the server was killed with this request in flight (or before it).
    }
    return chain;
  };

  const chains = await Promise.all(plan.map(runChain));
  triggerKill();
  await killing;
  // Submissions never sent (their chain stopped earlier) are listed as such, for the record.
  chains.forEach((chain, i) => {
    for (const step of CRASH_SUBMISSIONS.slice(chain.submissions.length, plan[i])) {
      chain.submissions.push({ ...step, value: null, outcome: 'unsent' });
    }
  });
  return { chains, acknowledgedBeforeKill, killAfter };
}
