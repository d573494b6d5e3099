import {
  type Clock,
  type JourneyRun,
  type JourneyView,
  LruCache,
  restoreJourney,
  type ViewOptions,
} from '@fingerpost/core';
import { HttpError } from '../http/http-error';
import { StorageError } from '../storage/errors';
import type { FeedbackRecord, InstanceRecord, Storage } from '../storage/types';
import { applyAction, type InstanceAction, postsAnswers } from './actions';
import type { JourneyCatalogue, PublishedJourney } from './catalogue';
import { httpErrorOf } from './engine-errors';
import { fileFieldsOf, resolveFileAnswers } from './file-answers';
import { cryptoRandom, type RandomBytes, resumeToken, tokenHash, UUID_PATTERN } from './ids';
import {
  admit,
  type InstanceAccess,
  instanceErased,
  instanceNotFound,
  versionConflict,
} from './instance-access';
import { type InstanceMeta, instanceWrite } from './instance-write';
import { KeyedLock } from './keyed-lock';
import { momentOf } from './moment';
import { validationFailedEvent } from './persisted-events';
import { newInstance } from './start-instance';
import { fullSnapshot } from './stored-snapshot';

/** The resident's view of an application, with the version number to send back for concurrency. */
export type InstanceView = JourneyView & { instanceId: string; version: number };

export interface StartedInstance {
  instanceId: string;
  /** Shown once: only its hash is stored. */
  resumeToken: string;
  view: InstanceView;
}

export interface ActOutcome {
  view: InstanceView;
  feedback: FeedbackRecord[];
}

/** An application held in memory between requests, as of its last committed write. */
interface HotInstance {
  meta: InstanceMeta;
  run: JourneyRun;
  journey: PublishedJourney;
}

export interface InstancesOptions {
  storage: Storage;
  catalogue: JourneyCatalogue;
  clock: Clock;
  random?: RandomBytes;
  /** How many applications to keep restored in memory (default 5,000). */
  hotCapacity?: number;
}

const ID = new RegExp(UUID_PATTERN);
const metaOf = ({ snapshot: _snapshot, ...meta }: InstanceRecord): InstanceMeta => meta;

/**
 * Starts, shows and changes applications. Every change is one storage write checked against the
 * version it was based on, made while the instance's in-process lock is held, and acknowledged
 * only once it has committed. Hot runs skip the restore on most requests; a stale one (another
 * process wrote since) shows up as a conflict on write and is reloaded once.
 */
export class Instances {
  private readonly hot: LruCache<HotInstance>;
  private readonly locks = new KeyedLock();
  private readonly random: RandomBytes;

  constructor(private readonly options: InstancesOptions) {
    this.hot = new LruCache(options.hotCapacity ?? 5_000);
    this.random = options.random ?? cryptoRandom;
  }

  private now(): { at: string; today: string } {
    return momentOf(this.options.clock);
  }

  private viewOf(hot: HotInstance, options?: ViewOptions, view?: JourneyView): InstanceView {
    // Each view is a fresh object: adding to it keeps the parts the engine builds only when read.
    return Object.assign(view ?? hot.run.view(options), {
      instanceId: hot.meta.id,
      version: hot.meta.version,
    });
  }

  /** Starts an application on the latest published version of a journey. */
  async start(journeyId: string, options: { language?: string } = {}): Promise<StartedInstance> {
    const journey = await this.options.catalogue.latest(journeyId);
    if (!journey)
      throw new HttpError(404, 'journey.not-found', `There is no published journey "${journeyId}"`);
    const token = resumeToken(this.random);
    for (let attempt = 0; ; attempt++) {
      const fresh = newInstance(journey, tokenHash(token), {
        clock: this.options.clock,
        random: this.random,
        ...(options.language ? { language: options.language } : {}),
      });
      try {
        const result = await this.options.storage.createInstance(fresh.write);
        if (!result.ok)
          throw new HttpError(503, 'instance.not-created', 'The application could not be saved: try again');
        const hot: HotInstance = {
          meta: metaOf({ ...fresh.write.instance, version: result.version }),
          run: fresh.run,
          journey,
        };
        this.hot.set(hot.meta.id, hot);
        return { instanceId: hot.meta.id, resumeToken: token, view: this.viewOf(hot, undefined, fresh.view) };
      } catch (error) {
        // A reference is 40 random bits: a clash is rare, and a fresh one settles it.
        if (error instanceof StorageError && error.code === 'storage.reference-taken' && attempt < 3)
          continue;
        throw error;
      }
    }
  }

  /** Restores an instance from its stored record (erased instances have nothing to restore). */
  private async restore(record: InstanceRecord, journey: PublishedJourney): Promise<HotInstance> {
    if (record.erasedAt !== null) throw instanceErased();
    const snapshot = await fullSnapshot(record.snapshot, () => this.options.storage.listEvents(record.id));
    const restored = restoreJourney(journey.compiled, snapshot, { clock: this.options.clock });
    if (!restored.ok)
      throw new HttpError(
        500,
        'instance.unreadable',
        `Application ${record.id} cannot be restored: ${restored.error.message}`,
      );
    const hot: HotInstance = { meta: metaOf(record), run: restored.run, journey };
    this.hot.set(record.id, hot);
    return hot;
  }

  private async journeyOf(record: InstanceRecord): Promise<PublishedJourney> {
    const journey = await this.options.catalogue.version(record.journeyId, record.journeyVersion);
    if (!journey)
      throw new HttpError(
        500,
        'journey.missing',
        `Journey ${record.journeyId} ${record.journeyVersion} is not published`,
      );
    return journey;
  }

  /** The stored record, or 404 (also for ids that cannot be instance ids, before asking storage). */
  async record(instanceId: string): Promise<InstanceRecord> {
    const record = ID.test(instanceId) ? await this.options.storage.getInstance(instanceId) : null;
    if (!record) throw instanceNotFound();
    return record;
  }

  /** The hot run as of the stored version: reads the row, restores only when the version moved on. */
  private async current(instanceId: string, access: InstanceAccess): Promise<HotInstance> {
    const record = await this.record(instanceId);
    admit(metaOf(record), access);
    const hot = this.hot.get(instanceId);
    if (hot && hot.meta.version === record.version) return hot;
    return this.restore(record, await this.journeyOf(record));
  }

  /** Checks the caller may open the instance (the pages use this for their session). */
  authorise(instanceId: string, access: InstanceAccess): Promise<InstanceMeta> {
    return this.lockedRead(instanceId, access, (hot) => ({ ...hot.meta }));
  }

  private lockedRead<T>(
    instanceId: string,
    access: InstanceAccess,
    read: (hot: HotInstance) => Promise<T> | T,
  ): Promise<T> {
    return this.locks.run(instanceId, async () => read(await this.current(instanceId, access)));
  }

  /** The application as it stands. */
  view(instanceId: string, access: InstanceAccess, options?: ViewOptions): Promise<InstanceView> {
    return this.lockedRead(instanceId, access, (hot) => this.viewOf(hot, options));
  }

  /** The answers and the view (for the caseworker's case view). */
  inspect(instanceId: string, access: InstanceAccess, options?: ViewOptions) {
    return this.lockedRead(instanceId, access, (hot) => ({
      view: this.viewOf(hot, options),
      answers: structuredClone(hot.run.answers) as Record<string, unknown>,
      journey: hot.journey,
      dueDeadlines: hot.run.dueDeadlines(),
    }));
  }

  /** Whether storage has moved past a hot run (which is then forgotten). */
  private async isStale(hot: HotInstance): Promise<boolean> {
    const stored = await this.options.storage.getInstance(hot.meta.id);
    if (stored?.version === hot.meta.version) return false;
    this.hot.delete(hot.meta.id);
    return true;
  }

  /** Forgets a hot run (after an erasure or purge elsewhere). */
  evict(instanceId: string): void {
    this.hot.delete(instanceId);
  }

  /** Runs work on an instance under its lock (erasure). */
  exclusive<T>(instanceId: string, work: () => Promise<T>): Promise<T> {
    return this.locks.run(instanceId, work);
  }

  /**
   * Applies one action and commits it. `expectedVersion`, when given, must be the stored version
   * (409 otherwise). A refused page is recorded too (its errors, for analytics and to show it
   * again) and answers 422.
   */
  act(
    instanceId: string,
    access: InstanceAccess,
    action: InstanceAction,
    expectedVersion?: number,
  ): Promise<ActOutcome> {
    return this.locks.run(instanceId, async () => {
      for (let attempt = 0; attempt < 2; attempt++) {
        const cached = attempt === 0 ? this.hot.get(instanceId) : undefined;
        let hot: HotInstance;
        if (cached) {
          admit(cached.meta, access);
          hot = cached;
        } else hot = await this.current(instanceId, access);
        if (expectedVersion !== undefined && expectedVersion !== hot.meta.version) {
          // A hot run may be behind another process's write: only the stored version can say 409.
          if (cached) continue;
          throw versionConflict(hot.meta.version, expectedVersion);
        }
        const outcome = await this.commit(hot, action, Boolean(cached));
        if (outcome === 'retry') continue;
        return outcome;
      }
      const record = await this.record(instanceId);
      throw versionConflict(record.version, expectedVersion ?? record.version - 1);
    });
  }

  private async commit(
    hot: HotInstance,
    action: InstanceAction,
    cached: boolean,
  ): Promise<ActOutcome | 'retry'> {
    const definition = hot.journey.record.definition;
    if (postsAnswers(action)) {
      const fields = fileFieldsOf(definition, action.stepId);
      const files = await resolveFileAnswers(this.options.storage, hot.meta.id, fields, action.answers);
      if (!files.ok)
        throw new HttpError(422, 'form.invalid', 'There is a problem', {
          errors: files.errors,
          extra: { version: hot.meta.version },
        });
      action = { ...action, answers: files.answers };
    }
    const historyBefore = hot.run.history().length;
    const result = applyAction(hot.run, action);
    const { at, today } = this.now();
    if (!result.ok && result.error.code !== 'form.invalid') {
      // A hot run behind another process's write may refuse what the stored state allows.
      if (cached && (await this.isStale(hot))) return 'retry';
      throw httpErrorOf(result.error, { version: hot.meta.version });
    }
    const view = result.ok ? result.view : hot.run.view();
    const extraEvents = result.ok
      ? []
      : [validationFailedEvent(view.step.id, result.error.fields ?? [], at, hot.meta.journeyVersion)];
    const write = instanceWrite({
      meta: hot.meta,
      journey: definition,
      run: hot.run,
      view,
      historyBefore,
      extraEvents,
      expectedVersion: hot.meta.version,
      at,
      today,
      random: this.random,
    });
    const stored = await this.options.storage.updateInstance(write);
    if (!stored.ok) {
      this.hot.delete(hot.meta.id);
      if (stored.reason === 'not-found') throw instanceNotFound();
      if (cached) return 'retry';
      if (!result.ok) throw httpErrorOf(result.error);
      const record = await this.record(hot.meta.id);
      throw versionConflict(record.version, hot.meta.version);
    }
    hot.meta = metaOf({ ...write.instance, version: stored.version });
    if (!result.ok) throw httpErrorOf(result.error, { version: stored.version });
    return { view: this.viewOf(hot, undefined, view), feedback: write.feedback };
  }
}
