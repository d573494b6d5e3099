import { JourneyDraft } from '../build/journey-draft';
import { slugFrom } from '../build/names';
import { arrayAt, describeValue, isObject, type JsonObject, objectAt, stringAt } from '../build/read';
import { reportUnusedTopLevel } from '../build/top-level';
import {
  type ConditionContext,
  type Resolution,
  type Translation,
  translateCondition,
} from '../conditions/translate';
import type { ImportOptions, ImportResult } from '../types';
import { xgovConditions } from './xgov-conditions';
import { checkAnswersStep, descriptionOf, endStep } from './xgov-ends';
import { mapXgovFields } from './xgov-fields';
import { pageNext, reachablePages } from './xgov-links';
import { writeXgovOutputs } from './xgov-outputs';
import { isSummaryController, type XgovPage, xgovLists, xgovPages, xgovText } from './xgov-source';
import { xgovPageStep } from './xgov-steps';
import { reportSectionsAndLists } from './xgov-unused';

const USED = new Set([
  'name',
  'startPage',
  'pages',
  'sections',
  'conditions',
  'lists',
  'outputs',
  'version',
  'declaration',
  'skipSummary',
  'specialPages',
]);

const failure = (
  code: 'import.not-a-form' | 'import.no-pages' | 'import.no-start',
  message: string,
  path: string,
): ImportResult => ({
  ok: false,
  error: { code, message, path },
});

/**
 * Imports an XGovFormBuilder (digital-form-builder, schema version 2) form definition.
 * @example importXgov(JSON.parse(text), {}) // { ok: true, journey, report }
 */
export function importXgov(input: unknown, options: ImportOptions): ImportResult {
  if (!isObject(input))
    return failure(
      'import.not-a-form',
      'An XGovFormBuilder form definition is a JSON object with "pages"',
      '',
    );
  const definition: JsonObject = input;
  if (arrayAt(definition, 'pages').length === 0)
    return failure(
      'import.no-pages',
      'The form definition has no "pages": there is nothing to import',
      '/pages',
    );
  const draft = new JourneyDraft();
  const lists = xgovLists(definition);
  const pages = xgovPages(definition, lists);
  const byPath = new Map<string, XgovPage>();
  for (const page of pages) if (!byPath.has(page.path)) byPath.set(page.path, page);
  const startPath = stringAt(definition, 'startPage') ?? pages[0]?.path;
  const startPage = startPath ? byPath.get(startPath) : undefined;
  if (!startPage)
    return failure(
      'import.no-start',
      `The start page "${startPath ?? ''}" is not one of the form's pages`,
      '/startPage',
    );
  if (definition.version !== undefined && definition.version !== 2)
    draft.report.approximated(
      '/version',
      `schema version ${describeValue(definition.version)}`,
      'read as schema version 2',
    );

  const summary = pages.find((p) => isSummaryController(p.controller));
  const reachable = reachablePages(startPage, byPath);
  for (const page of pages) {
    if (!reachable.has(page) && page !== summary)
      draft.report.dropped(page.pointer, `page "${page.path}"`, 'no route from the start page reaches it');
  }
  const asked = pages.filter((p) => reachable.has(p) && p !== summary);
  const stepIdOf = new Map(asked.map((p) => [p, draft.stepIds.take(slugFrom(p.path))]));
  const withCheckAnswers = summary !== undefined && definition.skipSummary !== true;
  const checkAnswersId = withCheckAnswers ? draft.stepIds.take('check-answers') : undefined;
  const endId = draft.stepIds.take('confirmation');
  const afterLastPage = checkAnswersId ?? endId;

  const { byKey, repeated, pageFields } = mapXgovFields(asked, draft);
  const conditions = xgovConditions(definition);
  const context: ConditionContext = {
    scope: draft.scope(),
    resolveName: (path) => {
      const condition = path.length === 1 ? conditions.get(path[0]!) : undefined;
      if (condition) return conditionResolution(condition.name);
      const key = path.join('.');
      const field = byKey.get(key);
      if (field) return { kind: 'field', field };
      if (repeated.has(key))
        return {
          kind: 'unknown',
          message: `"${key}" is asked for each item of a list, so it has no single answer`,
        };
      const near = [...byKey.keys()].find((k) => k.endsWith(`.${key}`) || key.endsWith(`.${k}`));
      return {
        kind: 'unknown',
        message: `no question is called "${key}"${near ? ` (did you mean "${near}"?)` : ''}`,
      };
    },
    resolveCondition: (name) => conditionResolution(name),
  };
  const referenced = new Set<string>();
  function conditionResolution(name: string): Resolution {
    referenced.add(name);
    const condition = conditions.get(name);
    if (!condition) return { kind: 'unknown', message: `no condition is called "${name}"` };
    if (!condition.ok) return { kind: 'unknown', message: `the condition "${name}" ${condition.reason}` };
    return { kind: 'condition', name, expr: condition.expr };
  }
  const translations = new Map<string, Translation>();
  const translated = (name: string): Translation => {
    let result = translations.get(name);
    if (!result) {
      const condition = conditions.get(name);
      result = !condition
        ? { ok: false, reason: `no condition is called "${name}", so the runner never follows this link` }
        : !condition.ok
          ? { ok: false, reason: condition.reason }
          : translateCondition(condition.expr, context);
      translations.set(name, result);
      if (condition?.ok && result.ok) {
        const what = `${condition.form} condition "${name}"`;
        if (result.notes.length > 0)
          draft.report.approximated(
            condition.pointer,
            what,
            `${result.expression}: ${result.notes.join('; ')}`,
          );
        else draft.report.mapped(condition.pointer, what, `the expression ${result.expression}`);
      } else if (condition) {
        draft.report.dropped(condition.pointer, `condition "${name}"`, result.ok ? '' : result.reason);
      }
    }
    return result;
  };

  const targetOf = (path: string): string | undefined =>
    summary && path === summary.path ? afterLastPage : stepIdOf.get(byPath.get(path) as XgovPage);
  for (const page of asked) {
    const next = pageNext(page, targetOf, translated, afterLastPage, draft);
    const step = xgovPageStep(page, stepIdOf.get(page)!, pageFields.get(page)!, next, definition, draft);
    draft.addStep(step, page.pointer);
  }
  if (checkAnswersId && summary)
    draft.addStep(checkAnswersStep(checkAnswersId, summary, definition, endId, draft), summary.pointer);
  else if (summary)
    draft.report.approximated(
      summary.pointer,
      'summary page',
      'the form skips its summary ("skipSummary"): there is no check answers page',
    );
  draft.addStep(endStep(endId, definition, draft), '');

  for (const condition of conditions.values()) {
    if (translations.has(condition.name)) continue;
    if (referenced.has(condition.name))
      draft.report.mapped(condition.pointer, `condition "${condition.name}"`, 'used inside other conditions');
    else
      draft.report.dropped(
        condition.pointer,
        `condition "${condition.name}"`,
        'no link of the imported pages uses it',
      );
  }
  reportSectionsAndLists(definition, asked, draft);
  writeXgovOutputs(definition, byKey, draft);
  reportUnusedTopLevel(definition, USED, draft);
  const name = xgovText(definition.name);
  const title = draft.texts.fromSource(name, '/name');
  const id = options.id ?? (name ? slugFrom(name.en, 'form') : (options.defaultId ?? 'imported-form'));
  return draft.finish({
    id,
    title: title ?? draft.texts.fromSourceOr(undefined, '/name', id),
    description: descriptionOf(title, draft),
    owner: { name: stringAt(objectAt(definition, 'metadata'), 'organisation') ?? 'Imported form' },
    start: stepIdOf.get(startPage)!,
  });
}
