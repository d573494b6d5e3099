/*
 * How big each reliability suite runs. `pnpm test:reliability` sets FINGERPOST_RELIABILITY=full and
 * runs the sizes issue 10 names; the package's ordinary `vitest run` (and so CI) runs the smaller
 * sizes below, which exercise exactly the same code paths and assertions, to stay inside CI's time.
 */

export const FULL = process.env.FINGERPOST_RELIABILITY === 'full';

export interface Sizes {
  /** Crash safety: rounds per database, instances per round, submissions per round. */
  crash: { rounds: number; instances: number; submissions: number };
  /** Conflicting pairs (same instance, same version) per database. */
  conflictingPairs: number;
  /** Random or mutated API requests; every `snapshotEvery` of them the bystanders are compared. */
  hostileRequests: number;
  hostileOverHttp: number;
  /** Random journeys through the validator. */
  journeys: number;
  /** Random patterns through the pattern check. */
  patterns: number;
  /** Expressions over hostile names through parse, check and evaluate (beside the schema package's own 100,000). */
  expressions: number;
}

const FULL_SIZES: Sizes = {
  crash: { rounds: 20, instances: 200, submissions: 500 },
  conflictingPairs: 1000,
  hostileRequests: 100_000,
  hostileOverHttp: 5_000,
  journeys: 10_000,
  patterns: 20_000,
  expressions: 100_000,
};

const CI_SIZES: Sizes = {
  crash: { rounds: 4, instances: 200, submissions: 500 },
  conflictingPairs: 1000,
  hostileRequests: 10_000,
  hostileOverHttp: 1_000,
  journeys: 3_000,
  patterns: 2_000,
  expressions: 20_000,
};

export const SIZES: Sizes = FULL ? FULL_SIZES : CI_SIZES;

/** For test names: "(full size)", or which full size FINGERPOST_RELIABILITY=full runs instead. */
export function sizeNote(full: number, used: number): string {
  return used >= full
    ? '(full size)'
    : `(CI size; the full ${full.toLocaleString('en-GB')} with FINGERPOST_RELIABILITY=full)`;
}

export { FULL_SIZES };
