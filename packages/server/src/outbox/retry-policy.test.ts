import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, retryDelay } from './retry-policy';

describe('retryDelay', () => {
  it('waits 30 s, then twice as long after each further failure, up to 6 hours', () => {
    const waits = [1, 2, 3, 4, 5, 10, 11, 12, 40].map((n) => retryDelay(n, DEFAULT_RETRY_POLICY, () => 0));
    expect(waits).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000, 15_360_000, 21_600_000, 21_600_000, 21_600_000,
    ]);
  });

  it('adds up to a fifth at random, so failures together do not retry together', () => {
    expect(retryDelay(1, DEFAULT_RETRY_POLICY, () => 0.5)).toBe(33_000);
    expect(retryDelay(1, DEFAULT_RETRY_POLICY, () => 0.999_999)).toBeLessThanOrEqual(36_000);
    expect(retryDelay(12, DEFAULT_RETRY_POLICY, () => 0.5)).toBe(23_760_000);
  });

  it('follows a policy of its own', () => {
    const policy = { baseDelayMs: 100, maxDelayMs: 1_000, maxAttempts: 3 };
    expect([1, 2, 3, 4, 5].map((n) => retryDelay(n, policy, () => 0))).toEqual([100, 200, 400, 800, 1_000]);
  });
});
