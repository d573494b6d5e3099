import type { Runtime } from '../runtime/runtime';
import { type FireOutcome, fireDeadline } from './fire-deadline';
import { inParallel } from './in-parallel';
import { passCounts } from './pass-counts';
import { pollingLoop } from './polling-loop';

export interface DeadlineSchedulerOptions {
  /** How often to look for due deadlines, in milliseconds (default 1,000). */
  intervalMs?: number;
  /** Deadlines claimed at once (default 100); a full batch is followed at once by the next. */
  batchSize?: number;
  /**
   * How long a claim keeps other processes off a deadline (default 60 s). A process that dies
   * holding claims delays those deadlines by at most this long; it must exceed the time a batch
   * takes to fire.
   */
  leaseMs?: number;
  /** Deadlines of one batch fired at the same time (default 4). */
  concurrency?: number;
}

/** Counts of deadline outcomes (see FireOutcome). */
export interface DeadlineCounts {
  claimed: number;
  fired: number;
  settled: number;
  notDue: number;
  failed: number;
}

export interface DeadlineScheduler {
  /** Fires everything due now (after any pass in progress); resolves with what this call did. */
  runOnce(): Promise<DeadlineCounts>;
  /** Totals since the scheduler was made. */
  counts(): DeadlineCounts;
  start(): void;
  /** Stops polling; resolves once the pass in progress has finished. */
  stop(): Promise<void>;
}

const zero = (): DeadlineCounts => ({ claimed: 0, fired: 0, settled: 0, notDue: 0, failed: 0 });

const COUNTED: Record<FireOutcome['kind'], keyof DeadlineCounts> = {
  fired: 'fired',
  settled: 'settled',
  'not-due': 'notDue',
  failed: 'failed',
};

/**
 * The durable deadline scheduler: polls storage for due deadlines, claims a batch under a lease
 * (FOR UPDATE SKIP LOCKED on PostgreSQL, so processes sharing a database share the work), and sends
 * each its `deadlinePassed` event through the runtime. Deadlines are stored in the same write as
 * the task they belong to, so one that fell due while no server ran fires on the next start.
 * Time comes from the runtime's clock.
 * @example
 * const scheduler = deadlineScheduler(runtime, { intervalMs: 1000 }, console.error);
 * scheduler.start(); … await scheduler.stop();
 */
export function deadlineScheduler(
  runtime: Runtime,
  options: DeadlineSchedulerOptions = {},
  log: (line: string) => void = () => {},
): DeadlineScheduler {
  const batchSize = options.batchSize ?? 100;
  const leaseMs = options.leaseMs ?? 60_000;
  const concurrency = options.concurrency ?? 4;
  const counts = passCounts(zero);

  const pass = async () => {
    const now = runtime.clock().toISOString();
    const due = await runtime.storage.claimDueDeadlines(now, batchSize, leaseMs);
    const outcomes = await inParallel(due, concurrency, (d) => fireDeadline(runtime.instances, d));
    outcomes.forEach((outcome, index) => {
      counts.add(COUNTED[outcome.kind]);
      if (outcome.kind === 'failed') {
        const d = due[index];
        log(
          `fingerpost: deadline ${d?.taskId} of application ${d?.instanceId} could not fire (retried when its claim runs out): ${String(outcome.error)}`,
        );
      }
    });
    counts.add('claimed', due.length);
    return { more: due.length === batchSize };
  };
  const loop = pollingLoop(options.intervalMs ?? 1_000, pass, (error) =>
    log(`fingerpost: the deadline scheduler could not read due deadlines: ${String(error)}`),
  );

  return {
    runOnce: () => counts.drain(loop),
    counts: () => counts.totals(),
    start: () => loop.start(),
    stop: () => loop.stop(),
  };
}
