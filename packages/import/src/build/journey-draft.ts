import {
  type ExpressionScope,
  type Field,
  type Journey,
  journeyScope,
  type Output,
  type Owner,
  reachableFrom,
  type ServiceArea,
  type Step,
  stepsById,
  type Text,
  validateJourney,
} from '@fingerpost/schema';
import { ReportBuilder } from '../report';
import type { ImportResult } from '../types';
import { fieldNames, type NameAllocator, slugFrom, stepIds } from './names';
import { TextRegistry } from './texts';

export interface JourneyMeta {
  id: string;
  title: Text;
  description: Text;
  owner: Owner;
  serviceArea?: ServiceArea;
  start: string;
  startPage?: Journey['startPage'];
}

/**
 * A journey being built from a source form: its data model, steps and outputs, the texts (so the
 * languages can be decided at the end) and the report. `finish` removes what no route reaches,
 * settles the languages and validates, so an import either gives a valid journey or says why not.
 */
export class JourneyDraft {
  readonly fields: Record<string, Field> = {};
  readonly steps: Step[] = [];
  readonly outputs: Output[] = [];
  readonly texts = new TextRegistry();
  readonly report = new ReportBuilder();
  readonly fieldNames: NameAllocator = fieldNames();
  readonly stepIds: NameAllocator = stepIds();
  private readonly stepSources = new Map<string, string>();

  /** The data model so far, for checking translated conditions. */
  scope(): ExpressionScope {
    return journeyScope({ fields: this.fields });
  }

  addStep(step: Step, sourcePath: string): void {
    this.steps.push(step);
    this.stepSources.set(step.id, sourcePath);
  }

  finish(meta: JourneyMeta): ImportResult {
    this.pruneUnreachable(meta.start);
    const draft: Journey = {
      // Ids given by callers or derived from file names are made web-address safe here, once.
      id: slugFrom(meta.id, 'form'),
      version: '1.0.0',
      title: meta.title,
      description: meta.description,
      serviceArea: meta.serviceArea ?? 'other',
      owner: meta.owner,
      languages: ['en'],
      ...(meta.startPage ? { startPage: meta.startPage } : {}),
      fields: this.fields,
      start: meta.start,
      steps: this.steps as unknown as Journey['steps'],
      ...(this.outputs.length > 0 ? { outputs: this.outputs } : {}),
    };
    const { value, languages } = this.texts.finish(draft, this.report);
    const journey: Journey = { ...value, languages };
    const validated = validateJourney(journey);
    if (!validated.ok) {
      const first = validated.errors[0]!;
      return {
        ok: false,
        error: {
          code: 'import.invalid-result',
          message: `The imported journey is not valid: ${first.message} (at ${first.path || '/'} in the journey; ${validated.errors.length} problem${validated.errors.length === 1 ? '' : 's'} in all)`,
          path: '',
        },
      };
    }
    return { ok: true, journey: validated.journey, report: this.report.report() };
  }

  /** Steps no route reaches (their links were dropped, or no page led to them) are removed. */
  private pruneUnreachable(start: string): void {
    const reachable = reachableFrom([start], stepsById({ steps: this.steps as unknown as Journey['steps'] }));
    for (let i = this.steps.length - 1; i >= 0; i--) {
      const step = this.steps[i]!;
      if (reachable.has(step.id)) continue;
      this.steps.splice(i, 1);
      const source = this.stepSources.get(step.id) ?? '';
      const why = 'no route reaches this page in the imported journey, so it was left out';
      const moved = source === '' ? 0 : this.report.demote(source, why);
      if (moved === 0) this.report.dropped(source, `step "${step.id}"`, why);
    }
  }
}
