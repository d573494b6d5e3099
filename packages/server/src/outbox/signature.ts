import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header carrying the body's HMAC-SHA256: `sha256=<hex>`. */
export const SIGNATURE_HEADER = 'X-Fingerpost-Signature';
/** The header carrying the outbox item's id: the same on every retry, so receivers can deduplicate. */
export const DELIVERY_HEADER = 'X-Fingerpost-Delivery';

/**
 * The signature of a webhook body: `sha256=` and the hex HMAC-SHA256 of the exact bytes sent,
 * keyed with the shared secret.
 * @example signWebhookBody('{"event":"submitted"}', 's3cret') // 'sha256=6b0c…'
 */
export function signWebhookBody(rawBody: string | Uint8Array, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/**
 * For receivers: whether a signature header matches the raw body (compare before parsing it),
 * in constant time.
 * @example
 * const raw = await request.text();
 * if (!verifyWebhookSignature(raw, request.headers.get('x-fingerpost-signature'), secret)) return 401;
 */
export function verifyWebhookSignature(
  rawBody: string | Uint8Array,
  header: string | null | undefined,
  secret: string,
): boolean {
  if (!header) return false;
  const expected = Buffer.from(signWebhookBody(rawBody, secret));
  const given = Buffer.from(header.trim());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
