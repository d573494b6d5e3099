/**
 * A seeded generator (mulberry32) for the suites' own choices (when to kill, how to spread work),
 * so a failure can be replayed: the seed is printed, and FINGERPOST_RELIABILITY_SEED sets it.
 */
export interface Rng {
  seed: number;
  /** [0, 1) */
  next(): number;
  /** A whole number in [0, n). */
  below(n: number): number;
  /** Hex characters, for markers no two submissions share. */
  hex(length: number): string;
}

export function seededRandom(label: string): Rng {
  const fromEnv = Number(process.env.FINGERPOST_RELIABILITY_SEED);
  const seed = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : (Date.now() ^ (process.pid << 8)) >>> 0;
  console.info(`${label}: seed ${seed} (FINGERPOST_RELIABILITY_SEED=${seed} replays it)`);
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    seed,
    next,
    below: (n) => Math.floor(next() * n),
    hex: (length) => Array.from({ length }, () => Math.floor(next() * 16).toString(16)).join(''),
  };
}
