import type { Clock } from '@fingerpost/core';
import { inParallel } from '../scheduler/in-parallel';
import { passCounts } from '../scheduler/pass-counts';
import { pollingLoop } from '../scheduler/polling-loop';
import type { OutboxItem, Storage } from '../storage/types';
import { type DeliveryResult, describeError } from './delivery';
import { type NotifySettings, notifyEmailSender, notifyNotConfigured } from './notify-email';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, retryDelay } from './retry-policy';
import { deliverWebhook } from './webhook';

export interface OutboxWorkerOptions extends Partial<RetryPolicy> {
  /** How often to look for items to deliver, in milliseconds (default 1,000). */
  intervalMs?: number;
  /** Items claimed at once (default 20). */
  batchSize?: number;
  /** Items of a batch delivered at the same time (default 4). */
  concurrency?: number;
  /** How long one delivery may take (default 10 s). */
  timeoutMs?: number;
  /**
   * How long a claim keeps other processes off an item (default 2 minutes). An item whose claim
   * is too nearly spent to finish within `timeoutMs` is left for the next claim instead.
   */
  leaseMs?: number;
  /** Jitter for retry delays: a number in [0, 1) (default Math.random). */
  random?: () => number;
  /** Where webhook signing secrets are read (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** The fetch webhooks are posted with (default the global fetch). */
  fetch?: typeof fetch;
}

/** Counts of delivery attempts: delivered, failed to be retried, and given up. */
export interface OutboxCounts {
  claimed: number;
  delivered: number;
  retrying: number;
  failed: number;
}

export interface OutboxWorker {
  /** Delivers everything due now (after any pass in progress); resolves with what this call did. */
  runOnce(): Promise<OutboxCounts>;
  /** Totals since the worker was made. */
  counts(): OutboxCounts;
  start(): void;
  /** Stops polling and interrupts deliveries in flight (they are retried); resolves when done. */
  stop(): Promise<void>;
}

const zero = (): OutboxCounts => ({ claimed: 0, delivered: 0, retrying: 0, failed: 0 });

const describeItem = (item: OutboxItem) =>
  `${item.kind} output "${item.outputId}" of application ${item.instanceId} (outbox item ${item.id})`;

/**
 * The transactional outbox's delivery worker. Outputs are queued in the same write as the change
 * that triggers them; this worker claims due items under a lease (so processes sharing a database
 * share them), delivers each (signed webhook POST, or a GOV.UK Notify email), and marks it
 * delivered, or failed with the next attempt after an exponential backoff with jitter — given up
 * as 'failed' after `maxAttempts`, or at once when the failure is permanent. Delivery is at least
 * once: a receiver deduplicates by the X-Fingerpost-Delivery header.
 * @example
 * const worker = outboxWorker({ storage, clock }, { notify: { apiKey } }, console.error);
 * worker.start(); … await worker.stop();
 */
export function outboxWorker(
  deps: { storage: Storage; clock: Clock },
  options: OutboxWorkerOptions & { notify?: NotifySettings | null } = {},
  log: (line: string) => void = () => {},
): OutboxWorker {
  const { storage, clock } = deps;
  const batchSize = options.batchSize ?? 20;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const leaseMs = options.leaseMs ?? 120_000;
  const policy: RetryPolicy = {
    baseDelayMs: options.baseDelayMs ?? DEFAULT_RETRY_POLICY.baseDelayMs,
    maxDelayMs: options.maxDelayMs ?? DEFAULT_RETRY_POLICY.maxDelayMs,
    maxAttempts: options.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts,
  };
  const random = options.random ?? Math.random;
  const sendEmail = options.notify ? notifyEmailSender(options.notify, timeoutMs) : notifyNotConfigured;
  const webhookDeps = {
    fetch: options.fetch ?? fetch,
    env: options.env ?? process.env,
    timeoutMs,
  };
  const stopping = new AbortController();
  const counts = passCounts(zero);

  const attempt = (item: OutboxItem): Promise<DeliveryResult> => {
    if (item.kind === 'webhook') return deliverWebhook(item, { ...webhookDeps, signal: stopping.signal });
    return sendEmail(item, stopping.signal);
  };

  const settle = async (item: OutboxItem, result: DeliveryResult): Promise<keyof OutboxCounts> => {
    const now = clock();
    if (result.ok) {
      await storage.completeOutbox(item.id, now.toISOString());
      return 'delivered';
    }
    const attempts = item.attempts + 1;
    const giveUp = result.permanent || attempts >= policy.maxAttempts;
    // An attempt cut short by shutdown is tried again at once, by whichever process is running.
    const wait = stopping.signal.aborted ? 0 : retryDelay(attempts, policy, random);
    await storage.failOutbox(item.id, result.error, new Date(now.getTime() + wait).toISOString(), giveUp);
    if (giveUp)
      log(
        `fingerpost: gave up delivering the ${describeItem(item)} after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${result.error}`,
      );
    return giveUp ? 'failed' : 'retrying';
  };

  const handle = async (item: OutboxItem, claimedAt: number): Promise<keyof OutboxCounts | null> => {
    // Leave an item whose claim would run out mid-delivery: another process may take it then.
    if (clock().getTime() - claimedAt > leaseMs - timeoutMs) return null;
    if (stopping.signal.aborted) return null;
    try {
      return await settle(item, await attempt(item));
    } catch (error) {
      log(`fingerpost: could not record delivery of the ${describeItem(item)}: ${describeError(error)}`);
      return null;
    }
  };

  const pass = async () => {
    const claimedAt = clock().getTime();
    const items = await storage.claimOutbox(new Date(claimedAt).toISOString(), batchSize, leaseMs);
    const outcomes = await inParallel(items, options.concurrency ?? 4, (item) => handle(item, claimedAt));
    counts.add('claimed', items.length);
    for (const outcome of outcomes) if (outcome) counts.add(outcome);
    return { more: items.length === batchSize && !stopping.signal.aborted };
  };
  const loop = pollingLoop(options.intervalMs ?? 1_000, pass, (error) =>
    log(`fingerpost: the outbox worker could not claim items: ${describeError(error)}`),
  );

  return {
    runOnce: () => counts.drain(loop),
    counts: () => counts.totals(),
    start: () => loop.start(),
    async stop() {
      stopping.abort();
      await loop.stop();
    },
  };
}
