import type { Clock, FeedbackInput } from '@fingerpost/core';
import type { Principal } from '../auth/principal';
import type { Scanner } from '../connected/scanning/types';
import { HttpError } from '../http/http-error';
import type { FeedbackRecord, FileRecord, Storage } from '../storage/types';
import { type VersionAnalytics, versionAnalytics } from './analytics';
import { Cases } from './cases';
import { JourneyCatalogue } from './catalogue';
import { Drafts } from './drafts';
import { type ErasureResult, eraseInstance } from './erasure';
import { storeUpload, type Upload } from './files';
import { cryptoRandom, type RandomBytes } from './ids';
import type { InstanceAccess } from './instance-access';
import { Instances } from './instances';
import { journeyFeedback } from './journey-feedback';
import { type PayClientFor, Payments } from './payments';
import { type PurgeReport, purgeExpired } from './retention';
import { ReviewComments } from './review-comments';
import { ReviewLinks } from './review-links';

export interface RuntimeOptions {
  storage: Storage;
  /** Where time comes from (default: the system clock). */
  clock?: Clock;
  /** Where randomness comes from (default: node:crypto). */
  random?: RandomBytes;
  /** Applications kept restored in memory (default 5,000). */
  hotCapacity?: number;
  /** Scans every upload before it is stored (clamd in production); without one, uploads are not scanned. */
  scanner?: Scanner;
  /** The GOV.UK Pay account each journey takes payments with (see payClientsFromEnv); none: payment steps say the service is unavailable. */
  pay?: PayClientFor;
  /** Where problems with connected services are logged (default: nowhere). */
  log?: (line: string) => void;
}

/**
 * The instance service behind the JSON API and the resident pages: published journeys, applications
 * (start, view, act), files, caseworkers' tasks and cases, designers' drafts, analytics, erasure and
 * retention. Everything goes through storage; nothing is acknowledged before it is committed.
 * @example
 * const runtime = createRuntime({ storage: await openStorage('sqlite:./fingerpost.db') });
 * const { instanceId, resumeToken, view } = await runtime.instances.start('report-missed-bin');
 * await runtime.instances.act(instanceId, { kind: 'resident', token: resumeToken },
 *   { type: 'submit', stepId: view.step.id, answers: { binType: 'rubbish' } }, view.version);
 */
export interface Runtime {
  readonly storage: Storage;
  readonly clock: Clock;
  readonly journeys: JourneyCatalogue;
  readonly instances: Instances;
  readonly cases: Cases;
  readonly drafts: Drafts;
  /** Co-design: review links for a journey version, and the comments left through them. */
  readonly reviewLinks: ReviewLinks;
  readonly reviewComments: ReviewComments;
  readonly payments: Payments;
  upload(instanceId: string, access: InstanceAccess, upload: Upload): Promise<FileRecord>;
  journeyFeedback(journeyId: string, input: FeedbackInput): Promise<FeedbackRecord>;
  analytics(
    journeyId: string,
    version?: string,
  ): Promise<{ journeyId: string; versions: VersionAnalytics[] }>;
  erase(instanceId: string, by: Principal, reason: string | null): Promise<ErasureResult>;
  purgeExpired(): Promise<PurgeReport>;
}

const byVersion = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/** Assembles the runtime over a storage (already migrated). */
export function createRuntime(options: RuntimeOptions): Runtime {
  const storage = options.storage;
  const clock = options.clock ?? (() => new Date());
  const random = options.random ?? cryptoRandom;
  const journeys = new JourneyCatalogue(storage);
  const instances = new Instances({
    storage,
    catalogue: journeys,
    clock,
    random,
    ...(options.hotCapacity !== undefined ? { hotCapacity: options.hotCapacity } : {}),
  });
  const cases = new Cases({ storage, instances, catalogue: journeys, clock });
  const drafts = new Drafts({ storage, clock });
  const reviewLinks = new ReviewLinks({ storage, clock, random });
  const payments = new Payments(instances, options.pay ?? (() => null), options.log);
  return {
    storage,
    clock,
    journeys,
    instances,
    cases,
    drafts,
    reviewLinks,
    reviewComments: new ReviewComments({ storage, clock, random }, reviewLinks),
    payments,
    upload: (instanceId, access, upload) =>
      storeUpload(
        { storage, instances, clock, random, ...(options.scanner ? { scanner: options.scanner } : {}) },
        instanceId,
        access,
        upload,
      ),
    journeyFeedback: (journeyId, input) =>
      journeyFeedback({ storage, catalogue: journeys, clock, random }, journeyId, input),
    async analytics(journeyId, version) {
      const records = (await storage.listJourneyVersions(journeyId)).filter((r) => r.status === 'published');
      if (records.length === 0)
        throw new HttpError(404, 'journey.not-found', `There is no published journey "${journeyId}"`);
      const [events, feedback] = await Promise.all([
        storage.listJourneyEvents(journeyId, version),
        storage.listFeedback(journeyId, version),
      ]);
      const versions = new Set([...records.map((r) => r.version), ...events.map((e) => e.journeyVersion)]);
      const chosen = [...versions].filter((v) => version === undefined || v === version).sort(byVersion);
      if (version !== undefined && chosen.length === 0)
        throw new HttpError(
          404,
          'journey.version-not-found',
          `Version ${version} of "${journeyId}" is not published`,
        );
      return {
        journeyId,
        versions: chosen.map((v) =>
          versionAnalytics(
            v,
            records.find((r) => r.version === v)?.definition,
            events.filter((e) => e.journeyVersion === v),
            feedback.filter((f) => f.journeyVersion === v),
          ),
        ),
      };
    },
    erase: (instanceId, by, reason) => eraseInstance({ storage, instances, clock }, instanceId, by, reason),
    purgeExpired: () => purgeExpired({ storage, clock }),
  };
}
