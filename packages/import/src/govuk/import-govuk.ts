import type { Field, Next, Step, Text } from '@fingerpost/schema';
import { JourneyDraft } from '../build/journey-draft';
import { fieldNameFrom, NameAllocator, questionWords, slugFrom } from '../build/names';
import { markdownToText } from '../build/plain-text';
import { arrayAt, booleanAt, type JsonObject, scalarText, stringAt } from '../build/read';
import { BUILT_IN } from '../build/texts';
import { reportUnusedTopLevel } from '../build/top-level';
import type { ImportOptions, ImportResult } from '../types';
import { type GovukQuestion, guidanceText, mapGovukQuestion } from './govuk-answers';
import { govukNext } from './govuk-routing';
import {
  type GovukDocuments,
  type GovukStep,
  govukDocuments,
  govukSteps,
  govukText,
  stepText,
} from './govuk-source';

const USED = new Set([
  'name',
  'form_slug',
  'steps',
  'start_page',
  'available_languages',
  'language',
  'declaration_text',
  'what_happens_next_markdown',
  'support_email',
  'support_phone',
  'support_url',
  'support_url_text',
]);
// Bookkeeping of the GOV.UK Forms platform, with no meaning for the form itself.
const BOOKKEEPING = [
  'id',
  'form_id',
  'created_at',
  'updated_at',
  'live_at',
  'first_made_live_at',
  'creator_id',
  'organisation_id',
  'external_id',
  'state',
  'has_draft_version',
  'has_live_version',
  'has_routing_errors',
  'ready_for_live',
  'incomplete_tasks',
  'task_statuses',
  'question_section_completed',
  'declaration_section_completed',
  'share_preview_completed',
  'welsh_completed',
];

const failure = (
  code: 'import.not-a-form' | 'import.no-pages' | 'import.no-start',
  message: string,
  path: string,
): ImportResult => ({
  ok: false,
  error: { code, message, path },
});

/**
 * Imports a GOV.UK Forms form document (or the English and Welsh documents of one form).
 * @example importGovukForms(JSON.parse(text), {}) // { ok: true, journey, report }
 */
export function importGovukForms(input: unknown, options: ImportOptions): ImportResult {
  const documents = govukDocuments(input);
  if ('problem' in documents) return failure('import.not-a-form', documents.problem, '');
  const { english, base } = documents;
  const steps = govukSteps(documents);
  if (steps.length === 0)
    return failure(
      'import.no-pages',
      'The form document has no "steps": there is nothing to import',
      `${base}/steps`,
    );
  const draft = new JourneyDraft();
  welshAvailability(documents, draft);

  const stepIdOf = new Map<string, string>();
  const fieldBase = new Map<GovukStep, string>();
  for (const step of steps) {
    const words = questionWords(stringAt(step.data, 'question_text') ?? '');
    stepIdOf.set(step.id, draft.stepIds.take(slugFrom(words || `question ${step.id}`, 'question')));
    fieldBase.set(step, fieldNameFrom(words || `question ${step.id}`));
  }
  const checkAnswers = draft.stepIds.take('check-answers');
  const endId = draft.stepIds.take('confirmation');
  const startKey = scalarText(english.start_page) ?? steps[0]!.id;
  const start = stepIdOf.get(startKey);
  if (!start)
    return failure(
      'import.no-start',
      `The start page "${startKey}" is not one of the form's steps`,
      `${base}/start_page`,
    );

  const questions = new Map<GovukStep, GovukQuestion>();
  for (const step of steps) {
    const repeatable = booleanAt(step.data, 'is_repeatable') === true;
    const names = repeatable ? new NameAllocator('', 64) : draft.fieldNames;
    const question = mapGovukQuestion(step, fieldBase.get(step)!, names, draft);
    if ('unsupported' in question) {
      draft.report.dropped(step.pointer, 'question', question.unsupported);
      continue;
    }
    questions.set(step, question);
    if (repeatable) {
      const group = draft.fieldNames.take(`${fieldBase.get(step)!}List`);
      draft.fields[group] = { type: 'group', fields: question.fields };
      question.group = group;
    } else Object.assign(draft.fields, question.fields as Record<string, Field>);
  }
  for (const step of steps) {
    const id = stepIdOf.get(step.id)!;
    const question = questions.get(step);
    const { next, extraSteps } = govukNext(step, question, { stepIdOf, checkAnswers }, draft);
    if (!question) {
      // A question that cannot be asked still routes residents on: a content step keeps the route.
      const text = draft.texts.fromSourceOr(
        stepText(step, 'question_text'),
        `${step.pointer}/data/question_text`,
        'Question',
      );
      draft.addStep({ id, type: 'content', title: text, body: text, next }, step.pointer);
    } else draft.addStep(questionStep(id, step, question, next, draft), step.pointer);
    for (const extra of extraSteps) draft.addStep(extra, `${step.pointer}/routing_conditions/0`);
  }
  const declaration = draft.texts.fromSource(
    govukText(english.declaration_text, documents.welsh?.declaration_text),
    `${base}/declaration_text`,
  );
  if (declaration)
    draft.report.mapped(`${base}/declaration_text`, 'declaration', 'shown on check your answers');
  draft.addStep(
    {
      id: checkAnswers,
      type: 'checkAnswers',
      title: draft.texts.builtIn(BUILT_IN.checkAnswersTitle),
      ...(declaration ? { declaration } : {}),
      next: endId,
    },
    '',
  );
  draft.addStep(endStep(endId, documents, draft), '');
  reportUnusedTopLevel(withoutBookkeeping(english), USED, draft, base);

  const name = govukText(english.name, documents.welsh?.name);
  const title = draft.texts.fromSource(name, `${base}/name`);
  const id =
    options.id ??
    stringAt(english, 'form_slug') ??
    (name ? slugFrom(name.en, 'form') : (options.defaultId ?? 'imported-form'));
  draft.report.approximated(
    `${base}/name`,
    'description',
    'the form has no description: its name is used on the start page',
  );
  return draft.finish({
    id,
    title: title ?? draft.texts.fromSourceOr(undefined, `${base}/name`, id),
    description: draft.texts.fromSourceOr(name, `${base}/name`, id),
    owner: { name: 'Imported form' },
    start,
  });
}

function questionStep(
  id: string,
  step: GovukStep,
  question: GovukQuestion,
  next: Next,
  draft: JourneyDraft,
): Step {
  const heading = draft.texts.fromSource(
    govukText(step.data.page_heading, step.welshData?.page_heading),
    `${step.pointer}/data/page_heading`,
  );
  const guidance = guidanceText(step, draft);
  const title: Text | undefined = heading ?? question.title;
  const intro = [guidance, question.intro].find((t) => t !== undefined);
  if (question.group) {
    draft.report.mapped(
      step.pointer,
      'repeatable question',
      `the add-another step "${id}" collecting "${question.group}"`,
    );
    return {
      id,
      type: 'addAnother',
      group: question.group,
      title: title ?? question.components[0].label,
      itemName: draft.texts.builtIn(BUILT_IN.item),
      components: question.components,
      next,
    };
  }
  return {
    id,
    type: 'question',
    ...(title ? { title } : {}),
    ...(intro ? { intro } : {}),
    components: question.components,
    next,
  };
}

function endStep(id: string, documents: GovukDocuments, draft: JourneyDraft): Step {
  const { english, welsh, base } = documents;
  const whatNext = govukText(english.what_happens_next_markdown, welsh?.what_happens_next_markdown);
  const whatHappensNext =
    whatNext &&
    draft.texts.fromSource(
      {
        en: markdownToText(whatNext.en).text,
        ...(whatNext.cy ? { cy: markdownToText(whatNext.cy).text } : {}),
      },
      `${base}/what_happens_next_markdown`,
    );
  if (whatNext)
    draft.report.mapped(
      `${base}/what_happens_next_markdown`,
      'what happens next',
      'shown on the confirmation page',
    );
  const contact = contactText(documents, draft);
  return {
    id,
    type: 'end',
    outcome: 'submitted',
    title: draft.texts.builtIn(BUILT_IN.submittedTitle),
    ...(whatHappensNext ? { whatHappensNext } : {}),
    ...(contact ? { contact } : {}),
  };
}

function contactText(documents: GovukDocuments, draft: JourneyDraft): Text | undefined {
  const { english, welsh, base } = documents;
  const lines = (doc: JsonObject | undefined, email: string, phone: string, online: string) => {
    const parts: string[] = [];
    const address = stringAt(doc, 'support_email');
    if (address) parts.push(`${email}: ${address}`);
    const number = stringAt(doc, 'support_phone');
    if (number) parts.push(`${phone}: ${number}`);
    const url = stringAt(doc, 'support_url');
    if (url) parts.push(`${online}: ${stringAt(doc, 'support_url_text') ?? url} (${url})`);
    return parts.join('\n\n');
  };
  const en = lines(english, 'Email', 'Phone', 'Online');
  if (en === '') return undefined;
  const cy = welsh ? lines(welsh, 'E-bost', 'Ffôn', 'Ar-lein') : '';
  draft.report.mapped(`${base}/support_email`, 'support contact details', 'shown on the confirmation page');
  return draft.texts.fromSource(cy ? { en, cy } : { en }, `${base}/support_email`);
}

function welshAvailability(documents: GovukDocuments, draft: JourneyDraft): void {
  const languages = arrayAt(documents.english, 'available_languages');
  if (languages.includes('cy') && !documents.welsh)
    draft.report.dropped(
      `${documents.base}/available_languages`,
      'Welsh',
      'the form is available in Welsh, but its Welsh form document was not given: import both documents together (a JSON list of the two)',
    );
}

function withoutBookkeeping(document: JsonObject): JsonObject {
  const copy: JsonObject = { ...document };
  for (const key of BOOKKEEPING) delete copy[key];
  return copy;
}
