import { createHmac } from 'node:crypto';
import { Hono } from 'hono';
import { type LocalServer, serveLocally } from '../../connected/http/serve-local';

/** One POST the receiver got. */
export interface ReceivedWebhook {
  deliveryId: string | null;
  signature: string | null;
  /** Whether the signature is the HMAC-SHA256 of the raw body with the receiver's secret. */
  signatureValid: boolean;
  contentType: string | null;
  raw: string;
  status: number;
}

export interface WebhookReceiver extends LocalServer {
  /** Requests that arrived, answered or not (a hanging request counts here only). */
  arrived: number;
  received: ReceivedWebhook[];
  /** Requests answered 2xx, once per delivery id (what a deduplicating receiver would act on). */
  accepted(): ReceivedWebhook[];
  /** Statuses for the next requests, in order; 200 after them. */
  answer(...statuses: number[]): void;
  /** Never answer (until the client gives up). */
  hang(on: boolean): void;
}

/**
 * A council system receiving Fingerpost webhooks, for tests: it checks each signature with its own
 * HMAC (not Fingerpost's helper), records every request, and answers as told.
 */
export async function startWebhookReceiver(secret: string): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  let statuses: number[] = [];
  let hanging = false;
  const app = new Hono();
  app.post('/hook', async (c) => {
    const raw = await c.req.text();
    receiver.arrived++;
    if (hanging) await new Promise(() => {});
    const signature = c.req.header('x-fingerpost-signature') ?? null;
    const expected = `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
    const status = statuses.shift() ?? 200;
    received.push({
      deliveryId: c.req.header('x-fingerpost-delivery') ?? null,
      signature,
      signatureValid: signature === expected,
      contentType: c.req.header('content-type') ?? null,
      raw,
      status,
    });
    return c.text(status < 300 ? 'ok' : 'try later', status as 200);
  });
  const server = await serveLocally(app.fetch);
  const receiver: WebhookReceiver = {
    ...server,
    arrived: 0,
    received,
    accepted() {
      const seen = new Set<string | null>();
      return received.filter((r) => {
        if (r.status >= 300 || seen.has(r.deliveryId)) return false;
        seen.add(r.deliveryId);
        return true;
      });
    },
    answer(...next) {
      statuses = next;
    },
    hang(on) {
      hanging = on;
    },
  };
  return receiver;
}
