import type { PollingLoop } from './polling-loop';

/**
 * What a background worker has done: in all since it started, and during the `runOnce` call whose
 * passes are running (passes never overlap, so one "current" tally is enough).
 * @example const counts = passCounts(() => ({ claimed: 0, failed: 0 })); counts.add('claimed', 3);
 */
export function passCounts<C extends { [K in keyof C]: number }>(zero: () => C) {
  const totals = zero();
  let current = zero();
  return {
    add(key: keyof C, n = 1): void {
      (totals[key] as number) += n;
      (current[key] as number) += n;
    },
    totals: (): C => ({ ...totals }),
    /** Runs passes until there is no more work, and answers what those passes did. */
    async drain(loop: PollingLoop): Promise<C> {
      let counts = zero();
      await loop.drain(
        () => {
          current = zero();
        },
        () => {
          counts = current;
          current = zero();
        },
      );
      return counts;
    },
  };
}
