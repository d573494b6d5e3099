import type { Step, Text } from '@fingerpost/schema';
import type { JourneyDraft } from '../build/journey-draft';
import { type JsonObject, objectAt } from '../build/read';
import { BUILT_IN, type SourceText } from '../build/texts';
import { type XgovPage, xgovText } from './xgov-source';

export function checkAnswersStep(
  id: string,
  summary: XgovPage,
  definition: JsonObject,
  next: string,
  draft: JourneyDraft,
): Step {
  const title =
    draft.texts.fromSource(summary.title, `${summary.pointer}/title`) ??
    draft.texts.builtIn(BUILT_IN.checkAnswersTitle);
  const declaration = draft.texts.fromSource(xgovText(definition.declaration), '/declaration');
  draft.report.mapped(summary.pointer, 'summary page', `the check answers step "${id}"`);
  if (declaration) draft.report.mapped('/declaration', 'declaration', 'shown on check answers');
  return { id, type: 'checkAnswers', title, ...(declaration ? { declaration } : {}), next };
}

export function endStep(id: string, definition: JsonObject, draft: JourneyDraft): Step {
  const custom = objectAt(objectAt(objectAt(definition, 'specialPages'), 'confirmationPage'), 'customText');
  const at = '/specialPages/confirmationPage/customText';
  const title =
    draft.texts.fromSource(xgovText(custom?.title), `${at}/title`) ??
    draft.texts.builtIn(BUILT_IN.submittedTitle);
  const nextSteps = draft.texts.fromSource(xgovText(custom?.nextSteps), `${at}/nextSteps`);
  if (custom) draft.report.mapped(at, 'confirmation page text', `the submitted end step "${id}"`);
  return {
    id,
    type: 'end',
    outcome: 'submitted',
    title,
    ...(nextSteps ? { whatHappensNext: nextSteps } : {}),
  };
}

export function descriptionOf(title: Text | undefined, draft: JourneyDraft): Text {
  draft.report.approximated(
    '/name',
    'description',
    'the form has no description: its name is used on the start page',
  );
  const copy: SourceText =
    title && typeof title === 'object'
      ? { en: title.en ?? '', ...(title.cy ? { cy: title.cy } : {}) }
      : { en: String(title ?? 'Imported form') };
  return draft.texts.fromSource(copy, '/name')!;
}
