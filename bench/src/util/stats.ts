/** A distribution of timings (or sizes), summarised as the tables report it. */
export interface Summary {
  median: number;
  p99: number;
  mean: number;
  count: number;
}

/**
 * Median, 99th percentile and mean of a list of numbers.
 * @example summarise([3, 1, 2]) // { median: 2, p99: 3, mean: 2, count: 3 }
 */
export function summarise(values: readonly number[]): Summary {
  if (values.length === 0) return { median: Number.NaN, p99: Number.NaN, mean: Number.NaN, count: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const mean = sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
  const middle = sorted.length % 2 === 1 ? at(0.5) : (sorted[sorted.length / 2 - 1]! + at(0.5)) / 2;
  return { median: middle, p99: at(0.99), mean, count: sorted.length };
}

/** Microseconds since an `hrtime.bigint()` reading. */
export function microsecondsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1000;
}

/**
 * Times `fn` once per iteration after `warmup` untimed calls; returns microseconds per call.
 * @example summarise(timeEach(1000, () => validate(body), 100)).median
 */
export function timeEach(iterations: number, fn: (i: number) => void, warmup = 0): number[] {
  for (let i = 0; i < warmup; i++) fn(i);
  const times = new Array<number>(iterations);
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    fn(i);
    times[i] = microsecondsSince(start);
  }
  return times;
}

/**
 * Times a batch of `batch` calls and divides, for operations too short to time one by one.
 * @example summarise(timeBatched(200, 100, () => send())).median // µs per call
 */
export function timeBatched(rounds: number, batch: number, fn: (i: number) => void): number[] {
  const times = new Array<number>(rounds);
  let n = 0;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) fn(n++);
    times[r] = microsecondsSince(start) / batch;
  }
  return times;
}
