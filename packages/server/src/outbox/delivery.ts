/**
 * One attempt at delivering an outbox item: delivered, or failed with a reason for the item's
 * `lastError`. A `permanent` failure (a payload that can never be sent, a request the provider
 * refuses as invalid) is given up at once rather than retried.
 */
export type DeliveryResult = { ok: true } | { ok: false; error: string; permanent: boolean };

export const delivered: DeliveryResult = { ok: true };

export const failure = (error: string, permanent = false): DeliveryResult => ({
  ok: false,
  error,
  permanent,
});

/** An error as one short line (timeouts and aborts named as such). */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'timed out';
    if (error.name === 'AbortError') return 'interrupted: the server is stopping';
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
  }
  return String(error);
}
