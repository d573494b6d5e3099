import { type ExpressionScope, type Journey, journeyScope, type Step } from '@fingerpost/schema';
import { englandAndWales } from '../calendar/england-and-wales';
import type { WorkingDayCalendar } from '../calendar/working-days';
import { JourneyCompileError } from '../errors';
import { compileExpression } from '../expression';
import { compilePageForm } from '../forms/index';
import { PageValidators } from '../forms/page-validators';
import { journeySetup } from '../machine/journey-machine';
import { compileRoutes, compileRules } from '../routing';
import { LruCache } from './cache';
import type { CompiledJourney, CompiledStep } from './compiled-journey';
import { WITHDRAWN_STATE } from './compiled-journey';
import { machineConfig } from './machine-config';

export interface CompileOptions {
  /** Working days for deadlines; England and Wales bank holidays when absent. */
  calendar?: WorkingDayCalendar;
}

const cache = new LruCache<CompiledJourney>(100);

function compileStep(
  step: Step,
  index: number,
  journey: Journey,
  scope: ExpressionScope,
  validators: PageValidators,
): CompiledStep {
  const path = `/steps/${index}`;
  const base = { step, routes: [], rules: [], form: null, fields: [], onApproved: [], amount: null };
  switch (step.type) {
    case 'question':
      return {
        ...base,
        routes: compileRoutes(step.next, `${path}/next`, scope),
        form: compilePageForm(step, journey, validators),
        fields: step.components.map((c) => c.field),
      };
    case 'addAnother':
      return {
        ...base,
        routes: compileRoutes(step.next, `${path}/next`, scope),
        form: compilePageForm(step, journey, validators),
        fields: [step.group],
      };
    case 'content':
    case 'feedback':
    case 'branch':
    case 'checkAnswers':
      return { ...base, routes: compileRoutes(step.next, `${path}/next`, scope) };
    case 'payment':
      return {
        ...base,
        routes: compileRoutes(step.next, `${path}/next`, scope),
        amount:
          typeof step.amount === 'number'
            ? step.amount
            : compileExpression(step.amount, `${path}/amount`, scope),
      };
    case 'eligibility':
      return { ...base, rules: compileRules(step, path, scope) };
    case 'approval':
      return {
        ...base,
        onApproved: Object.entries(step.onApproved?.set ?? {}).flatMap(([field, source]) =>
          source === undefined
            ? []
            : [[field, compileExpression(source, `${path}/onApproved/set/${field}`, scope)] as const],
        ),
      };
    case 'end':
      return base;
  }
}

function compileFresh(journey: Journey, calendar: WorkingDayCalendar): CompiledJourney {
  const steps = new Map<string, CompiledStep>();
  const scope = journeyScope(journey);
  const validators = new PageValidators();
  journey.steps.forEach((step, index) => {
    if (steps.has(step.id)) {
      throw new JourneyCompileError(
        'journey.duplicate-step',
        `Two steps have the id "${step.id}"`,
        `/steps/${index}/id`,
      );
    }
    steps.set(step.id, compileStep(step, index, journey, scope, validators));
  });
  if (!steps.has(journey.start)) {
    throw new JourneyCompileError(
      'journey.unknown-step',
      `The start step "${journey.start}" does not exist`,
      '/start',
    );
  }
  const withdrawnEnd = journey.steps.find((s) => s.type === 'end' && s.outcome === 'withdrawn');
  const withdrawnState = withdrawnEnd?.id ?? WITHDRAWN_STATE;
  const config = machineConfig(journey, steps, withdrawnState);
  const machine = journeySetup({ steps, start: journey.start, calendar }).createMachine(config as never);
  return {
    kind: 'fingerpost.compiled-journey',
    journey,
    key: `${journey.id}@${journey.version}`,
    machine,
    steps,
    calendar,
    withdrawnState,
  };
}

/**
 * Compiles a validated journey into an XState machine with its page forms and parsed conditions.
 * Results are cached by journey id and version, so a server compiles each published version once.
 * Throws JourneyCompileError for a journey the validator would refuse.
 * @example
 * const compiled = compileJourney(journey);
 * const run = startJourney(compiled, { clock: () => new Date() });
 */
export function compileJourney(journey: Journey, options: CompileOptions = {}): CompiledJourney {
  const calendar = options.calendar ?? englandAndWales;
  const key = `${journey.id}@${journey.version}`;
  const cached = cache.get(key);
  if (cached && cached.calendar === calendar) return cached;
  const compiled = compileFresh(journey, calendar);
  cache.set(key, compiled);
  return compiled;
}

/**
 * Forgets compiled journeys: for tools that edit a draft without changing its version.
 * @example clearCompiledJourneys()
 */
export function clearCompiledJourneys(): void {
  cache.clear();
}

/** A journey or its compiled form, compiled (from the cache) when needed. */
export function compiledFrom(journey: Journey | CompiledJourney): CompiledJourney {
  return 'kind' in journey && journey.kind === 'fingerpost.compiled-journey'
    ? journey
    : compileJourney(journey as Journey);
}
