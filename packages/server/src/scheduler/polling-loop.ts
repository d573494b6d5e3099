/** One pass of a background job: whether more work may be waiting (run again at once). */
export type Pass = () => Promise<{ more: boolean }>;

export interface PollingLoop {
  /** Starts polling: a pass now, then one `intervalMs` after each pass ends. */
  start(): void;
  /**
   * Runs passes until one reports no more work, after any pass in progress (passes never overlap,
   * so when this resolves everything due when it was called has been handled). `onStart` and
   * `onEnd` run just before this call's first pass and just after its last, before any other pass.
   */
  drain(onStart?: () => void, onEnd?: () => void): Promise<void>;
  /** Stops polling and waits for the pass in progress; calling it again does nothing more. */
  stop(): Promise<void>;
}

/**
 * Runs a job's passes in the background, one at a time: after each pass the next waits
 * `intervalMs`, unless the pass says more is waiting (a full batch), when it runs at once so a
 * backlog drains quickly. A pass that throws is reported and polling goes on: the work stays
 * stored and is picked up again.
 * @example
 * const loop = pollingLoop(1000, async () => ({ more: (await claimAndFire()) === 100 }), console.error);
 * loop.start(); … await loop.stop();
 */
export function pollingLoop(intervalMs: number, pass: Pass, onError: (error: unknown) => void): PollingLoop {
  let chain: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  let started = false;
  let stopped = false;

  const passesUntilIdle = async () => {
    for (let more = true; more && !stopped; ) {
      try {
        more = (await pass()).more;
      } catch (error) {
        onError(error);
        more = false;
      }
    }
  };
  const serially = (work: () => Promise<void>): Promise<void> => {
    chain = chain.then(work);
    return chain;
  };
  const tick = () => {
    timer = null;
    void serially(passesUntilIdle).then(() => {
      if (stopped) return;
      timer = setTimeout(tick, intervalMs);
      // An embedding process may exit while a job waits for its next pass.
      timer.unref();
    });
  };

  return {
    start() {
      if (started || stopped) return;
      started = true;
      timer = setTimeout(tick, 0);
      timer.unref();
    },
    drain: (onStart, onEnd) =>
      serially(async () => {
        onStart?.();
        await passesUntilIdle();
        onEnd?.();
      }),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await chain;
    },
  };
}
