import type { Clock } from '@fingerpost/core';
import { type Journey, validateJourney } from '@fingerpost/schema';
import { type FieldProblem, HttpError } from '../http/http-error';
import type { JourneyVersionRecord, Storage } from '../storage/types';
import { journeySummary } from './catalogue';

/** A journey version as designers see it. */
export interface VersionSummary {
  id: string;
  version: string;
  status: 'draft' | 'published';
  title: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export interface ValidationReport {
  valid: boolean;
  errors: FieldProblem[];
}

export function versionSummary(record: JourneyVersionRecord): VersionSummary {
  return {
    id: record.journeyId,
    version: record.version,
    status: record.status,
    title: journeySummary(record).title,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    publishedAt: record.publishedAt,
  };
}

/** The validator's findings as field problems: `field` is the JSON Pointer into the journey. */
export function validationReport(definition: unknown): ValidationReport {
  const result = validateJourney(definition);
  if (result.ok) return { valid: true, errors: [] };
  return {
    valid: false,
    errors: result.errors.map((e) => ({ field: e.path, code: e.code, message: e.message })),
  };
}

const immutable = (id: string, version: string) =>
  new HttpError(
    409,
    'journey.published-immutable',
    `${id} ${version} is published and cannot change: save a new version`,
  );

/**
 * Designers' drafts: saved as they are (a draft may be unfinished and invalid), validated on
 * request, published only when valid. A published version never changes; instances keep running
 * on the version they started with.
 */
export class Drafts {
  constructor(private readonly deps: { storage: Storage; clock: Clock }) {}

  private async existing(id: string, version: string): Promise<JourneyVersionRecord> {
    const record = await this.deps.storage.getJourneyVersion(id, version);
    if (!record)
      throw new HttpError(404, 'journey.version-not-found', `There is no version ${version} of "${id}"`);
    return record;
  }

  /** Creates or replaces a draft; `created` says which. The body's id and version must be the path's. */
  async save(
    id: string,
    version: string,
    definition: Record<string, unknown>,
  ): Promise<{ created: boolean; summary: VersionSummary; validation: ValidationReport }> {
    const mismatch: FieldProblem[] = [];
    if (definition.id !== id)
      mismatch.push({
        field: 'id',
        code: 'mismatch',
        message: `The journey's id must be "${id}", as in the address`,
      });
    if (definition.version !== version)
      mismatch.push({
        field: 'version',
        code: 'mismatch',
        message: `The journey's version must be "${version}", as in the address`,
      });
    if (mismatch.length > 0)
      throw new HttpError(422, 'body.invalid', 'The journey does not match the address', {
        errors: mismatch,
      });
    const before = await this.deps.storage.getJourneyVersion(id, version);
    if (before?.status === 'published') throw immutable(id, version);
    const at = this.deps.clock().toISOString();
    const record: JourneyVersionRecord = {
      journeyId: id,
      version,
      status: 'draft',
      definition: definition as unknown as Journey,
      createdAt: before?.createdAt ?? at,
      updatedAt: at,
      publishedAt: null,
    };
    const saved = await this.deps.storage.putJourneyVersion(record);
    if (!saved.ok) throw immutable(id, version);
    return {
      created: before === null,
      summary: versionSummary(record),
      validation: validationReport(definition),
    };
  }

  async get(id: string, version: string): Promise<VersionSummary & { definition: unknown }> {
    const record = await this.existing(id, version);
    return { ...versionSummary(record), definition: record.definition };
  }

  async list(id: string): Promise<VersionSummary[]> {
    const records = await this.deps.storage.listJourneyVersions(id);
    if (records.length === 0) throw new HttpError(404, 'journey.not-found', `There is no journey "${id}"`);
    return records.map(versionSummary);
  }

  /** Every version of every journey, drafts included: by journey id, then by semantic version. */
  async listAll(): Promise<VersionSummary[]> {
    return (await this.deps.storage.listJourneyVersions()).map(versionSummary);
  }

  async validate(id: string, version: string): Promise<ValidationReport> {
    return validationReport((await this.existing(id, version)).definition);
  }

  /** Publishes a valid draft: 422 with the validator's errors otherwise, 409 if already published. */
  async publish(id: string, version: string): Promise<VersionSummary> {
    const record = await this.existing(id, version);
    if (record.status === 'published') throw immutable(id, version);
    const report = validationReport(record.definition);
    if (!report.valid)
      throw new HttpError(
        422,
        'journey.invalid',
        `${id} ${version} has problems to fix before it can be published`,
        {
          errors: report.errors,
        },
      );
    const at = this.deps.clock().toISOString();
    const published = await this.deps.storage.publishJourneyVersion(id, version, at);
    if (!published.ok) {
      if (published.reason === 'already-published') throw immutable(id, version);
      throw new HttpError(404, 'journey.version-not-found', `There is no version ${version} of "${id}"`);
    }
    return versionSummary({ ...record, status: 'published', publishedAt: at, updatedAt: at });
  }

  async remove(id: string, version: string): Promise<void> {
    const record = await this.existing(id, version);
    if (record.status === 'published') throw immutable(id, version);
    await this.deps.storage.deleteDraft(id, version);
  }
}
