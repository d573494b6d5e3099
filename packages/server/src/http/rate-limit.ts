import type { MiddlewareHandler } from 'hono';
import { clientAddress } from './client-address';
import { HttpError } from './http-error';

export interface RateLimitOptions {
  /** Requests allowed per window (the bucket's size); 600 by default. */
  limit?: number;
  /** The window the limit refills over, in milliseconds; one minute by default. */
  windowMs?: number;
  /** Take the client address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy?: boolean;
  /** Where time comes from (tests pass their own). */
  now?: () => number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/** Buckets kept before full ones are dropped: bounds memory under a flood of addresses. */
const MAX_BUCKETS = 50_000;

/**
 * A token bucket per client address: each request takes a token, tokens refill continuously at
 * `limit` per `windowMs`. An empty bucket answers 429 with Retry-After in whole seconds.
 * @example app.use('/api/v1/instances/*', tokenBucket({ limit: 600, windowMs: 60_000 }));
 */
export function tokenBucket(options: RateLimitOptions = {}): MiddlewareHandler {
  const limit = options.limit ?? 600;
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? Date.now;
  const perMs = limit / windowMs;
  const buckets = new Map<string, Bucket>();

  function prune(at: number): void {
    for (const [key, bucket] of buckets) {
      if (bucket.tokens + (at - bucket.updated) * perMs >= limit) buckets.delete(key);
    }
  }

  return async (c, next) => {
    const at = now();
    const key = clientAddress(c, options.trustProxy ?? false);
    const bucket = buckets.get(key) ?? { tokens: limit, updated: at };
    bucket.tokens = Math.min(limit, bucket.tokens + (at - bucket.updated) * perMs);
    bucket.updated = at;
    if (bucket.tokens < 1) {
      buckets.set(key, bucket);
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
      throw new HttpError(429, 'rate-limited', `Too many requests: try again in ${retryAfter} seconds`, {
        headers: { 'retry-after': String(retryAfter) },
      });
    }
    bucket.tokens -= 1;
    buckets.set(key, bucket);
    if (buckets.size > MAX_BUCKETS) prune(at);
    await next();
  };
}
