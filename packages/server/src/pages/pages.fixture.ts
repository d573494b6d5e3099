import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Journey } from '@fingerpost/schema';
import type { Hono } from 'hono';
import { createApp } from '../app';
import type { AddressProvider } from '../connected/address/types';
import type { Scanner } from '../connected/scanning/types';
import type { PayClientFor } from '../runtime/payments';
import { createRuntime, type Runtime } from '../runtime/runtime';
import { openStorage } from '../storage/index';
import type { Storage } from '../storage/types';
import { createPages, pagesErrorRenderer } from './index';

const EXAMPLES = join(__dirname, '..', '..', '..', '..', 'examples');

/** An example journey from examples/. */
export function exampleJourney(id: string): Journey {
  return JSON.parse(readFileSync(join(EXAMPLES, id, 'journey.json'), 'utf8')) as Journey;
}

export const CASEWORKER_TOKEN = 'caseworker-token-for-tests';

export interface PagesHarness {
  app: Hono;
  runtime: Runtime;
  storage: Storage;
  close(): Promise<void>;
}

/** The whole app (API and pages) over in-memory SQLite with the journeys published. */
export async function pagesHarness(
  journeys: Journey[],
  options: {
    clock?: () => Date;
    roles?: string[];
    trustProxy?: boolean;
    bodyLimit?: number;
    addresses?: AddressProvider;
    scanner?: Scanner;
    log?: (line: string) => void;
    /** GOV.UK Pay (a fake on a local port) for payment steps. */
    pay?: PayClientFor;
  } = {},
): Promise<PagesHarness> {
  const storage = openStorage('sqlite::memory:');
  await storage.migrate();
  const at = '2026-01-05T09:00:00.000Z';
  for (const journey of journeys) {
    await storage.putJourneyVersion({
      journeyId: journey.id,
      version: journey.version,
      status: 'draft',
      definition: journey,
      createdAt: at,
      updatedAt: at,
      publishedAt: null,
    });
    await storage.publishJourneyVersion(journey.id, journey.version, at);
  }
  const runtime = createRuntime({
    storage,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.scanner ? { scanner: options.scanner } : {}),
    ...(options.pay ? { pay: options.pay } : {}),
  });
  const tokens = { caseworkers: { [CASEWORKER_TOKEN]: { id: 'casey', roles: options.roles ?? [] } } };
  const app = createApp({
    runtime,
    tokens,
    rateLimit: false,
    log: () => {},
    renderError: pagesErrorRenderer(),
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    pages: (rt, services) =>
      createPages(rt, {
        sessionSecret: 'test secret',
        trustProxy: options.trustProxy ?? false,
        log: options.log ?? (() => {}),
        ...(options.addresses ? { addresses: options.addresses } : {}),
        ...services,
      }),
  });
  return { app, runtime, storage, close: () => storage.close() };
}

export interface PageResponse {
  status: number;
  location: string | null;
  html: string;
  headers: Headers;
}

/**
 * A browser without JavaScript, over app.request: keeps the session cookie, posts forms with the
 * CSRF token of the last page it saw, and follows redirects when asked.
 */
export class FormClient {
  private cookie = '';
  csrf = '';

  constructor(private readonly app: Hono) {}

  private remember(response: Response): void {
    const set = response.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
  }

  private async read(response: Response): Promise<PageResponse> {
    this.remember(response);
    const html = await response.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(html);
    if (token) this.csrf = token[1]!;
    return {
      status: response.status,
      location: response.headers.get('location'),
      html,
      headers: response.headers,
    };
  }

  async get(path: string): Promise<PageResponse> {
    return this.read(await this.app.request(path, { headers: this.cookie ? { cookie: this.cookie } : {} }));
  }

  async post(
    path: string,
    fields: Record<string, string | string[]>,
    withToken = true,
  ): Promise<PageResponse> {
    const form = new URLSearchParams();
    if (withToken) form.append('_csrf', this.csrf);
    for (const [name, value] of Object.entries(fields)) {
      for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
    }
    return this.read(
      await this.app.request(path, {
        method: 'POST',
        body: form,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          ...(this.cookie ? { cookie: this.cookie } : {}),
        },
      }),
    );
  }

  async postMultipart(path: string, form: FormData): Promise<PageResponse> {
    form.append('_csrf', this.csrf);
    return this.read(
      await this.app.request(path, {
        method: 'POST',
        body: form,
        headers: this.cookie ? { cookie: this.cookie } : {},
      }),
    );
  }

  /** Follows a redirect to the page it names. */
  async follow(response: PageResponse): Promise<PageResponse> {
    if (!response.location) throw new Error(`Expected a redirect, got ${response.status}`);
    return this.get(response.location);
  }
}
