import type { Next, Transition } from '@fingerpost/schema';
import { formPageStep } from '../build/form-step';
import { JourneyDraft } from '../build/journey-draft';
import { slugFrom } from '../build/names';
import { nextOf } from '../build/next';
import { arrayAt, isObject, type JsonObject, objectAt, stringAt } from '../build/read';
import { BUILT_IN } from '../build/texts';
import { reportUnusedTopLevel } from '../build/top-level';
import {
  type ConditionContext,
  type ConditionField,
  type Resolution,
  translateCondition,
} from '../conditions/translate';
import type { ImportOptions, ImportResult } from '../types';
import { defraConditions } from './defra-conditions';
import { mapFields, type PageFields, reportUnused, sectionCaption, terminalStep } from './defra-pages';
import {
  type DefraPage,
  DefraTexts,
  defraLists,
  defraPages,
  isDefraStatus,
  isDefraSummary,
  isDefraTerminal,
} from './defra-source';

const USED = new Set([
  'name',
  'engine',
  'schema',
  'startPage',
  'pages',
  'conditions',
  'sections',
  'lists',
  'declaration',
  'metadata',
]);

const failure = (
  code: 'import.not-a-form' | 'import.no-pages',
  message: string,
  path: string,
): ImportResult => ({
  ok: false,
  error: { code, message, path },
});

/**
 * Imports a DEFRA forms-engine V2 form definition. Pages are asked in order; a page with a
 * `condition` is skipped when it does not hold, so each page leads to the first later page whose
 * condition holds. Terminal pages end the journey.
 * @example importDefra(JSON.parse(text), {}) // { ok: true, journey, report }
 */
export function importDefra(input: unknown, options: ImportOptions): ImportResult {
  if (!isObject(input))
    return failure('import.not-a-form', 'A DEFRA form definition is a JSON object with "pages"', '');
  const definition: JsonObject = input;
  if (definition.engine === 'V1' || (definition.engine === undefined && usesV1Conditions(definition)))
    return failure(
      'import.not-a-form',
      "This is a DEFRA V1 definition, which has XGovFormBuilder's shape: import it with --from xgov",
      '/engine',
    );
  if (arrayAt(definition, 'pages').length === 0)
    return failure(
      'import.no-pages',
      'The form definition has no "pages": there is nothing to import',
      '/pages',
    );
  const draft = new JourneyDraft();
  const texts = new DefraTexts(definition);
  const lists = defraLists(definition, texts);
  const all = defraPages(definition, lists, texts);
  for (const page of all.filter(isDefraStatus))
    draft.report.dropped(
      page.pointer,
      `status page "${page.path}"`,
      "the Fingerpost server shows an application's status itself",
    );
  const summary = all.find(isDefraSummary);
  const flow = all.filter((p) => p !== summary && !isDefraStatus(p));
  if (flow.length === 0)
    return failure('import.no-pages', 'The form has no pages that ask anything', '/pages');

  const stepIdOf = new Map(flow.map((p) => [p, draft.stepIds.take(slugFrom(p.path))]));
  const checkAnswersId = summary ? draft.stepIds.take('check-answers') : undefined;
  const endId = draft.stepIds.take('confirmation');
  const afterLast = checkAnswersId ?? endId;

  const byComponent = new Map<string, ConditionField>();
  const repeated = new Set<string>();
  const pageFields = new Map<DefraPage, PageFields>();
  for (const page of flow) pageFields.set(page, mapFields(page, byComponent, repeated, texts, draft));

  const conditions = defraConditions(definition, lists);
  const used = new Set<string>();
  const conditionResolution = (id: string): Resolution => {
    used.add(id);
    const condition = conditions.get(id);
    if (!condition) return { kind: 'unknown', message: `no condition has the id "${id}"` };
    if (!condition.ok)
      return { kind: 'unknown', message: `the condition "${condition.name}" ${condition.reason}` };
    return { kind: 'condition', name: id, expr: condition.expr };
  };
  const context: ConditionContext = {
    scope: draft.scope(),
    resolveName: ([id]) => {
      const field = id ? byComponent.get(id) : undefined;
      if (field) return { kind: 'field', field };
      if (id && repeated.has(id))
        return {
          kind: 'unknown',
          message: 'the question is asked for each item of a list, so it has no single answer',
        };
      return { kind: 'unknown', message: `no question has the id "${id ?? ''}"` };
    },
    resolveCondition: conditionResolution,
  };
  const pageCondition = new Map<DefraPage, string | undefined>();
  for (const page of flow) {
    if (!page.condition) continue;
    const condition = conditions.get(page.condition);
    const at = `${page.pointer}/condition`;
    const what = `condition "${condition?.name ?? page.condition}" on page "${page.path}"`;
    const resolved = conditionResolution(page.condition);
    const translation =
      resolved.kind === 'condition'
        ? translateCondition(resolved.expr, context)
        : { ok: false as const, reason: resolved.kind === 'unknown' ? resolved.message : '' };
    if (translation.ok) {
      pageCondition.set(page, translation.expression);
      if (translation.notes.length > 0)
        draft.report.approximated(at, what, `${translation.expression}: ${translation.notes.join('; ')}`);
      else draft.report.mapped(at, what, `the page is asked when ${translation.expression}`);
    } else {
      draft.report.dropped(at, what, `${translation.reason}; the page is always asked`);
    }
  }

  /** Where the resident goes after flow page `index` (-1: from the start). */
  const nextAfter = (index: number): Next => {
    const transitions: Transition[] = [];
    for (const page of flow.slice(index + 1)) {
      const when = pageCondition.get(page);
      if (when === undefined) return nextOf(transitions, stepIdOf.get(page)!);
      transitions.push({ when, goTo: stepIdOf.get(page)! });
    }
    return nextOf(transitions, afterLast);
  };

  let start = stepIdOf.get(flow[0]!)!;
  const first = nextAfter(-1);
  if (typeof first === 'string') start = first;
  else {
    start = draft.stepIds.take('start');
    draft.addStep(
      {
        id: start,
        type: 'branch',
        description: 'The first page depends on conditions',
        next: first as Transition[] as [Transition, ...Transition[]],
      },
      '',
    );
  }
  flow.forEach((page, index) => {
    const id = stepIdOf.get(page)!;
    const fields = pageFields.get(page)!;
    if (isDefraTerminal(page)) {
      draft.addStep(terminalStep(page, id, fields.parts, draft), page.pointer);
      return;
    }
    const step = formPageStep(
      {
        id,
        path: page.path,
        pointer: page.pointer,
        ...(page.title ? { title: page.title } : {}),
        ...sectionCaption(page, definition, texts, draft),
        parts: fields.parts,
        ...(fields.group ? { group: fields.group } : {}),
        ...(fields.itemName ? { itemName: fields.itemName } : {}),
        next: nextAfter(index),
      },
      draft,
    );
    draft.addStep(step, page.pointer);
  });
  if (summary && checkAnswersId) {
    const title =
      draft.texts.fromSource(summary.title, `${summary.pointer}/title`) ??
      draft.texts.builtIn(BUILT_IN.checkAnswersTitle);
    const declaration = draft.texts.fromSource(
      texts.text(definition.declaration, ['declaration']),
      '/declaration',
    );
    draft.report.mapped(summary.pointer, 'summary page', `the check answers step "${checkAnswersId}"`);
    draft.addStep(
      {
        id: checkAnswersId,
        type: 'checkAnswers',
        title,
        ...(declaration ? { declaration } : {}),
        next: endId,
      },
      summary.pointer,
    );
  }
  draft.addStep(
    { id: endId, type: 'end', outcome: 'submitted', title: draft.texts.builtIn(BUILT_IN.submittedTitle) },
    '',
  );

  reportUnused(definition, flow, used, draft);
  reportUnusedTopLevel(definition, USED, draft);
  const name = texts.text(definition.name, ['name']);
  const title = draft.texts.fromSource(name, '/name');
  const id =
    options.id ??
    (name && name.en.trim() !== '' ? slugFrom(name.en, 'form') : (options.defaultId ?? 'imported-form'));
  draft.report.approximated(
    '/name',
    'description',
    'the form has no description: its name is used on the start page',
  );
  return draft.finish({
    id,
    title: title ?? draft.texts.fromSourceOr(undefined, '/name', id),
    description: draft.texts.fromSourceOr(name, '/name', id),
    owner: { name: stringAt(objectAt(definition, 'metadata'), 'organisation') ?? 'Imported form' },
    start,
  });
}

function usesV1Conditions(definition: JsonObject): boolean {
  return arrayAt(definition, 'conditions').some((c) => isObject(c) && 'value' in c && !('items' in c));
}
