import { NotifyClient } from 'notifications-node-client';
import type { OutboxItem } from '../storage/types';
import { type DeliveryResult, delivered, describeError, failure } from './delivery';

/** GOV.UK Notify settings. */
export interface NotifySettings {
  /** A Notify API key (`name-<service id>-<secret>`); test keys send nothing to real people. */
  apiKey: string;
  /** Default https://api.notifications.service.gov.uk; a local fake in tests. */
  baseUrl?: string;
}

/** An email item's payload, as runtime/outputs.ts queues it. */
export interface EmailPayload {
  templateId: string;
  emailAddress: string;
  reference: string | null;
  personalisation: Record<string, unknown>;
}

export type SendEmail = (item: OutboxItem, signal: AbortSignal) => Promise<DeliveryResult>;

const NOTIFY_API = 'https://api.notifications.service.gov.uk';

function payloadOf(item: OutboxItem): EmailPayload | null {
  const p = item.payload as Partial<EmailPayload> | null;
  if (!p || typeof p.templateId !== 'string' || typeof p.emailAddress !== 'string') return null;
  return {
    templateId: p.templateId,
    emailAddress: p.emailAddress,
    reference: typeof p.reference === 'string' ? p.reference : null,
    personalisation: typeof p.personalisation === 'object' && p.personalisation ? p.personalisation : {},
  };
}

/** Notify fills every placeholder: an unanswered optional question is left blank, not "null". */
function personalisationFor(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, value ?? '']));
}

interface NotifyFailure {
  response?: { status?: number; data?: { errors?: Array<{ error?: string; message?: string }> } };
}

function notifyError(error: unknown): DeliveryResult {
  const response = (error as NotifyFailure | null)?.response;
  if (!response?.status) return failure(`GOV.UK Notify: ${describeError(error)}`);
  const reasons = (response.data?.errors ?? [])
    .map((e) => [e.error, e.message].filter(Boolean).join(': '))
    .join('; ');
  // Notify answers 400 to a request it will never accept (unknown template, missing placeholder,
  // bad address); 403 (a bad key), 429 (rate limit) and 5xx can come right on a later attempt.
  return failure(
    `GOV.UK Notify answered ${response.status}${reasons ? `: ${reasons}` : ''}`,
    response.status === 400,
  );
}

type RestClient = (options: Record<string, unknown>) => Promise<unknown>;

/**
 * Sends email items through GOV.UK Notify with notifications-node-client: the journey's template,
 * the resident's address, the item's personalisation and the application's reference. Each
 * request is bounded by `timeoutMs` and stops when the server does.
 * @example
 * const send = notifyEmailSender({ apiKey: process.env.FINGERPOST_NOTIFY_API_KEY! }, 10_000);
 * await send(item, signal) // { ok: true }
 */
export function notifyEmailSender(settings: NotifySettings, timeoutMs: number): SendEmail {
  const baseUrl = settings.baseUrl ?? NOTIFY_API;
  // The client sends through axios, whose request options take a timeout and an abort signal: a
  // client per email wraps it with that email's signal.
  const axios = (new NotifyClient(baseUrl, settings.apiKey).apiClient as { restClient: RestClient })
    .restClient;
  return async (item, signal) => {
    const payload = payloadOf(item);
    if (!payload) return failure('the email has no payload (erased, or not an email)', true);
    const client = new NotifyClient(baseUrl, settings.apiKey);
    client.setClient(((options: Record<string, unknown>) =>
      axios({ ...options, timeout: timeoutMs, signal })) as never);
    try {
      await client.sendEmail(payload.templateId, payload.emailAddress, {
        personalisation: personalisationFor(payload.personalisation),
        ...(payload.reference ? { reference: payload.reference } : {}),
      });
      return delivered;
    } catch (error) {
      return notifyError(error);
    }
  };
}

/** Email items when no Notify key is configured: kept and retried, in case one is configured. */
export const notifyNotConfigured: SendEmail = async () =>
  failure('GOV.UK Notify is not configured: set FINGERPOST_NOTIFY_API_KEY (or the notify option)');

/**
 * Notify settings from the environment: FINGERPOST_NOTIFY_API_KEY and, optionally,
 * FINGERPOST_NOTIFY_BASE_URL; null when no key is set.
 * @example notifyFromEnv(process.env) // { apiKey: 'live-…' } or null
 */
export function notifyFromEnv(env: Readonly<Record<string, string | undefined>>): NotifySettings | null {
  const apiKey = env.FINGERPOST_NOTIFY_API_KEY?.trim();
  if (!apiKey) return null;
  const baseUrl = env.FINGERPOST_NOTIFY_BASE_URL?.trim();
  return baseUrl ? { apiKey, baseUrl } : { apiKey };
}
