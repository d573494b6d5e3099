import type { Clock } from '@fingerpost/core';
import type { Principal } from '../auth/principal';
import type { InstanceRecord, Storage } from '../storage/types';
import { instanceNotFound } from './instance-access';
import type { Instances } from './instances';

/** What is left of an erased application's snapshot: where it stood, and who erased it when. */
export interface ErasedSnapshot {
  format: 'fingerpost.erased/1';
  journey: { id: string; version: string };
  status: InstanceRecord['status'];
  currentStep: string;
  outcome: string | null;
  erasedAt: string;
  erasedBy: string;
  reason: string | null;
}

export interface ErasureResult {
  instanceId: string;
  erasedAt: string;
  /** False when it had already been erased (erasing twice is harmless). */
  erasedNow: boolean;
}

/**
 * Erases an application's personal data on request (UK GDPR Article 17): the snapshot is replaced
 * by a tombstone without answers, and storage removes event data, files, feedback comments and
 * undelivered outputs in the same transaction, recording an `instanceErased` event. The instance
 * row, its reference and its history of what happened when stay, for the council's records.
 */
export async function eraseInstance(
  deps: { storage: Storage; instances: Instances; clock: Clock },
  instanceId: string,
  by: Principal,
  reason: string | null,
): Promise<ErasureResult> {
  return deps.instances.exclusive(instanceId, async () => {
    const record = await deps.instances.record(instanceId);
    if (record.erasedAt !== null) return { instanceId, erasedAt: record.erasedAt, erasedNow: false };
    const at = deps.clock().toISOString();
    const tombstone: ErasedSnapshot = {
      format: 'fingerpost.erased/1',
      journey: { id: record.journeyId, version: record.journeyVersion },
      status: record.status,
      currentStep: record.currentStep,
      outcome: record.outcome,
      erasedAt: at,
      erasedBy: by.id,
      reason,
    };
    const erased = await deps.storage.eraseInstance(instanceId, at, tombstone);
    deps.instances.evict(instanceId);
    if (!erased) throw instanceNotFound();
    return { instanceId, erasedAt: at, erasedNow: true };
  });
}
