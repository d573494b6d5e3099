import type { Journey } from '@fingerpost/schema';
import { createActor } from 'xstate';
import { type Clock, momentOf } from '../clock';
import { compiledFrom } from '../compile/compile-journey';
import type { CompiledJourney } from '../compile/compiled-journey';
import { History, RESIDENT } from '../history';
import { type JourneyRun, journeyRun } from './journey-run';
import type { RunCore } from './run-core';

export interface StartOptions {
  /** Where time comes from; "today" is the Europe/London date of its instant. */
  clock: Clock;
  /** The resident's language; English when absent or not one of the journey's languages. */
  language?: string;
  /** The host's id for this application. */
  instanceId?: string;
  /** The reference number the resident is given (the host makes it, e.g. BB-7K3D-9Q2F). */
  reference?: string;
}

/**
 * Starts a resident's application on the journey's first step.
 * @example
 * const run = startJourney(journey, { clock: () => new Date(), language: 'cy', reference: 'BB-7K3D-9Q2F' });
 * const result = run.submit('date-of-birth', { 'dateOfBirth-day': '27', 'dateOfBirth-month': '3', 'dateOfBirth-year': '1950' });
 * if (!result.ok) console.log(result.error.fields); // errors to show on the page
 */
export function startJourney(journey: Journey | CompiledJourney, options: StartOptions): JourneyRun {
  const compiled = compiledFrom(journey);
  const now = momentOf(options.clock);
  const language =
    options.language && compiled.journey.languages.includes(options.language) ? options.language : 'en';
  const history = new History(compiled.journey.version);
  history.append(now.at, 'started', RESIDENT, { language }, compiled.journey.start);
  const actor = createActor(compiled.machine, { input: { origin: now } });
  const core: RunCore = {
    compiled,
    actor,
    history,
    clock: options.clock,
    language,
    instanceId: options.instanceId ?? null,
    reference: options.reference ?? null,
    lastRejected: null,
  };
  // Without an error observer XState rethrows asynchronously, which would crash a host's process.
  actor.subscribe({ error: () => {} });
  actor.start();
  return journeyRun(core);
}
