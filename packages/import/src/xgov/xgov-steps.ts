import type { Next, Step, Text } from '@fingerpost/schema';
import { formPageStep } from '../build/form-step';
import type { JourneyDraft } from '../build/journey-draft';
import { arrayAt, type JsonObject, stringAt } from '../build/read';
import type { XgovPageFields } from './xgov-fields';
import { type XgovPage, xgovText } from './xgov-source';

/** An XGovFormBuilder page as a step, with its section's title as the caption. */
export function xgovPageStep(
  page: XgovPage,
  id: string,
  fields: XgovPageFields,
  next: Next,
  definition: JsonObject,
  draft: JourneyDraft,
): Step {
  if (stringAt(page.raw, 'repeatField'))
    draft.report.dropped(
      `${page.pointer}/repeatField`,
      'repeat by count',
      'Fingerpost repeats questions with add-another lists, not a number of times given earlier',
    );
  const caption = sectionCaption(page, definition, draft);
  return formPageStep(
    {
      id,
      path: page.path,
      pointer: page.pointer,
      ...(page.title ? { title: page.title } : {}),
      ...(caption ? { caption } : {}),
      parts: fields.parts,
      ...(fields.group ? { group: fields.group } : {}),
      next,
    },
    draft,
  );
}

/** The page's section title as its caption, unless the section hides its title. */
function sectionCaption(page: XgovPage, definition: JsonObject, draft: JourneyDraft): Text | undefined {
  if (!page.section) return undefined;
  const sections = arrayAt(definition, 'sections');
  const index = sections.findIndex((s) => stringAt(s, 'name') === page.section);
  const section = sections[index] as JsonObject | undefined;
  if (!section) {
    draft.report.dropped(
      `${page.pointer}/section`,
      `section "${page.section}"`,
      'the form has no section of that name',
    );
    return undefined;
  }
  if (section.hideTitle === true) return undefined;
  return draft.texts.fromSource(xgovText(section.title), `/sections/${index}/title`);
}
