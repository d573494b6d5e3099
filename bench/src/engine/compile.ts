import { clearCompiledJourneys, compileJourney } from '@fingerpost/core';
import { validateJourney } from '@fingerpost/schema';
import { describeJourney } from '../journeys/description';
import { toFingerpost } from '../journeys/to-fingerpost';
import { summarise, timeEach } from '../util/stats';
import { xstateCreateMs } from './baselines';

export interface CompileRow {
  steps: number;
  fields: number;
  validateMs: number;
  compileMs: number;
  xstateMs: number;
}

/**
 * Compile time of generated journeys of `pages` question pages (one question each, kinds
 * rotating, 20% conditional) plus the end step, with the compile cache cleared before every run.
 */
export function measureCompile(pages: number, runs: number): CompileRow {
  const journey = toFingerpost(describeJourney(pages, 1));
  const validated = validateJourney(journey);
  if (!validated.ok) throw new Error(`generated journey is invalid: ${JSON.stringify(validated.errors[0])}`);
  const validateMs =
    summarise(timeEach(Math.max(1, Math.ceil(runs / 2)), () => validateJourney(journey))).median / 1000;
  const compileOnce = () => {
    clearCompiledJourneys();
    compileJourney(journey);
  };
  const compileMs = summarise(timeEach(runs, compileOnce, 1)).median / 1000;
  clearCompiledJourneys();
  return {
    steps: journey.steps.length,
    fields: Object.keys(journey.fields).length,
    validateMs,
    compileMs,
    xstateMs: xstateCreateMs(journey.steps.length, Math.max(3, runs)),
  };
}

/** The journey the compile profile uses, so a missed target can say where compile time goes. */
export function compileWorkload(pages: number, runs: number): () => void {
  const journey = toFingerpost(describeJourney(pages, 1));
  return () => {
    for (let i = 0; i < runs; i++) {
      clearCompiledJourneys();
      compileJourney(journey);
    }
    clearCompiledJourneys();
  };
}
