export interface RetryPolicy {
  /** The wait after the first failed attempt, doubled after each further one (default 30 s). */
  baseDelayMs: number;
  /** The longest wait between attempts (default 6 hours). */
  maxDelayMs: number;
  /** Attempts before an item is given up as failed (default 14: about a day of trying). */
  maxAttempts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseDelayMs: 30_000,
  maxDelayMs: 6 * 3_600_000,
  maxAttempts: 14,
};

/**
 * How long to wait before the next attempt, after `failedAttempts` failures (1 or more):
 * base × 2^(failures − 1), capped, then up to a fifth longer at random so that items which
 * failed together (a receiver that was down) do not all come back at the same moment.
 * `random` returns a number in [0, 1).
 * @example retryDelay(3, DEFAULT_RETRY_POLICY, () => 0) // 120_000 (30 s, 1 min, 2 min…)
 */
export function retryDelay(failedAttempts: number, policy: RetryPolicy, random: () => number): number {
  const exponent = Math.max(0, failedAttempts - 1);
  const capped = Math.min(policy.baseDelayMs * 2 ** Math.min(exponent, 52), policy.maxDelayMs);
  return Math.round(capped * (1 + 0.2 * random()));
}
