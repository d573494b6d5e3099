import type { NotifySettings } from '../outbox/notify-email';
import { type OutboxWorker, type OutboxWorkerOptions, outboxWorker } from '../outbox/outbox-worker';
import { outputWarnings } from '../outbox/output-settings';
import type { Runtime } from '../runtime/runtime';
import {
  type DeadlineScheduler,
  type DeadlineSchedulerOptions,
  deadlineScheduler,
} from './deadline-scheduler';
import { DEFAULT_PURGE_INTERVAL_MS, type PurgeJob, purgeJob } from './purge-job';

export interface BackgroundOptions {
  /** The deadline scheduler's settings; false runs none in this process. */
  deadlines?: DeadlineSchedulerOptions | false;
  /** The outbox delivery worker's settings; false runs none in this process. */
  outbox?: OutboxWorkerOptions | false;
  /** GOV.UK Notify for email outputs; null or absent: email items wait (and are retried). */
  notify?: NotifySettings | null;
  /** How often the retention purge runs (default daily, and at start-up); 0 never. */
  purgeIntervalMs?: number;
}

/** The jobs a server process runs beside its HTTP requests; null where turned off. */
export interface BackgroundWorkers {
  deadlines: DeadlineScheduler | null;
  outbox: OutboxWorker | null;
  purge: PurgeJob | null;
  /** Stops them all, waiting for work in progress (deliveries in flight are interrupted and retried). */
  stop(): Promise<void>;
}

/** Says at start-up which outputs cannot be delivered as configured (they wait, and are retried). */
function warnAboutOutputs(runtime: Runtime, options: BackgroundOptions, log: (line: string) => void): void {
  const env = (options.outbox ? options.outbox.env : undefined) ?? process.env;
  runtime.journeys
    .listLatest()
    .then((records) => {
      const journeys = records.map((r) => r.definition);
      for (const line of outputWarnings(journeys, { notify: Boolean(options.notify), env })) log(line);
    })
    .catch(() => {
      // Storage trouble at start-up is reported by whatever needs storage next.
    });
}

/**
 * Starts the background jobs of a server process: fire due deadlines, deliver the outbox, purge
 * expired applications. Every process of a deployment runs them: storage leases share the work.
 * @example
 * const workers = startBackgroundWorkers(runtime, { notify: { apiKey } }, console.error);
 * … await workers.stop();
 */
export function startBackgroundWorkers(
  runtime: Runtime,
  options: BackgroundOptions,
  log: (line: string) => void,
): BackgroundWorkers {
  const deadlines = options.deadlines === false ? null : deadlineScheduler(runtime, options.deadlines, log);
  const outbox =
    options.outbox === false
      ? null
      : outboxWorker(
          { storage: runtime.storage, clock: runtime.clock },
          { ...options.outbox, notify: options.notify ?? null },
          log,
        );
  const interval = options.purgeIntervalMs ?? DEFAULT_PURGE_INTERVAL_MS;
  const purge = interval > 0 ? purgeJob(runtime, interval, log) : null;
  for (const worker of [deadlines, outbox, purge]) worker?.start();
  if (outbox) warnAboutOutputs(runtime, options, log);
  let stopping: Promise<void> | null = null;
  return {
    deadlines,
    outbox,
    purge,
    stop() {
      stopping ??= Promise.all([deadlines?.stop(), outbox?.stop(), purge?.stop()]).then(() => {});
      return stopping;
    },
  };
}
