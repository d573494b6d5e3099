import type { OutboxItem } from '../storage/types';
import { type DeliveryResult, delivered, describeError, failure } from './delivery';
import { DELIVERY_HEADER, SIGNATURE_HEADER, signWebhookBody } from './signature';

/** A webhook item's payload, as runtime/outputs.ts queues it. */
export interface WebhookPayload {
  url: string;
  /** The environment variable holding the signing secret; null: the journey sends unsigned. */
  secretEnv: string | null;
  body: unknown;
}

export interface WebhookDeps {
  fetch: typeof fetch;
  /** Where signing secrets are read (process.env in production). */
  env: Readonly<Record<string, string | undefined>>;
  timeoutMs: number;
  /** Aborted when the server stops. */
  signal: AbortSignal;
}

function payloadOf(item: OutboxItem): WebhookPayload | null {
  const p = item.payload as Partial<WebhookPayload> | null;
  if (!p || typeof p.url !== 'string' || !('body' in p)) return null;
  return { url: p.url, secretEnv: typeof p.secretEnv === 'string' ? p.secretEnv : null, body: p.body };
}

function httpUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * POSTs a webhook item's body as JSON, signed with HMAC-SHA256 (`X-Fingerpost-Signature:
 * sha256=<hex>`) when the journey names a secret, with the item's id as `X-Fingerpost-Delivery`
 * (the same on every retry: the receiver's idempotency key). A 2xx answer is delivered; anything
 * else, a timeout or a network error is retried. Redirects are not followed.
 * @example
 * await deliverWebhook(item, { fetch, env: process.env, timeoutMs: 10_000, signal })
 */
export async function deliverWebhook(item: OutboxItem, deps: WebhookDeps): Promise<DeliveryResult> {
  const payload = payloadOf(item);
  if (!payload) return failure('the webhook has no payload (erased, or not a webhook)', true);
  const url = httpUrl(payload.url);
  if (!url) return failure(`"${payload.url}" is not an http(s) address`, true);
  const raw = JSON.stringify(payload.body);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'Fingerpost',
    [DELIVERY_HEADER]: item.id,
  };
  if (payload.secretEnv !== null) {
    const secret = deps.env[payload.secretEnv];
    if (!secret) return failure(`the signing secret ${payload.secretEnv} is not set in the environment`);
    headers[SIGNATURE_HEADER] = signWebhookBody(raw, secret);
  }
  try {
    const response = await deps.fetch(url, {
      method: 'POST',
      headers,
      body: raw,
      redirect: 'manual',
      signal: AbortSignal.any([deps.signal, AbortSignal.timeout(deps.timeoutMs)]),
    });
    const text = await response.text().catch(() => '');
    if (response.status >= 200 && response.status < 300) return delivered;
    return failure(`${url.origin} answered ${response.status}${text ? `: ${text.slice(0, 200)}` : ''}`);
  } catch (error) {
    return failure(`${url.origin}: ${describeError(error)}`);
  }
}
