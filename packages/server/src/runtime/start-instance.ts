import { type Clock, type JourneyRun, type JourneyView, startJourney } from '@fingerpost/core';
import type { InstanceWrite } from '../storage/types';
import type { PublishedJourney } from './catalogue';
import { defaultPrefix, type RandomBytes, referenceNumber, uuid } from './ids';
import { type InstanceMeta, instanceWrite } from './instance-write';
import { momentOf } from './moment';

/**
 * A new application on a published journey: a fresh id and reference number, the engine's run on
 * its first step, and the write that creates it (its `started` event and anything the journey did
 * on the way to the first page).
 */
export function newInstance(
  journey: PublishedJourney,
  resumeTokenHash: string,
  options: { clock: Clock; random: RandomBytes; language?: string },
): { run: JourneyRun; view: JourneyView; write: InstanceWrite } {
  const definition = journey.record.definition;
  const id = uuid(options.random);
  const reference = referenceNumber(
    definition.referencePrefix ?? defaultPrefix(definition.id),
    options.random,
  );
  const run = startJourney(journey.compiled, {
    clock: options.clock,
    instanceId: id,
    reference,
    ...(options.language ? { language: options.language } : {}),
  });
  const { at, today } = momentOf(options.clock);
  const view = run.view();
  const meta: InstanceMeta = {
    id,
    journeyId: definition.id,
    journeyVersion: definition.version,
    status: view.status,
    currentStep: view.step.id,
    outcome: null,
    reference,
    language: view.language,
    resumeTokenHash,
    version: 0,
    createdAt: at,
    updatedAt: at,
    completedAt: null,
    erasedAt: null,
  };
  const write = instanceWrite({
    meta,
    journey: definition,
    run,
    view,
    historyBefore: 0,
    expectedVersion: 0,
    at,
    today,
    random: options.random,
  });
  return { run, view, write };
}
