import type { Next, Step, Text } from '@fingerpost/schema';
import { type PageParts, pageComponents, pageTitle } from './form-page';
import type { JourneyDraft } from './journey-draft';
import { BUILT_IN, type SourceText } from './texts';

/** An XGovFormBuilder or DEFRA page, ready to become a step. */
export interface FormPageInput {
  id: string;
  /** The page's path in the source form, for the report. */
  path: string;
  pointer: string;
  title?: SourceText;
  caption?: Text;
  parts: PageParts;
  /** Set when the page repeats (add another): the group its questions fill. */
  group?: string;
  itemName?: Text;
  next: Next;
}

const textEn = (text: Text): string => (typeof text === 'string' ? text : (text.en ?? ''));

/** A page as a step: questions, an add-another list, or (with no questions) a content page. */
export function formPageStep(page: FormPageInput, draft: JourneyDraft): Step {
  const { parts, id, next } = page;
  const title = draft.texts.fromSource(page.title, `${page.pointer}/title`);
  const caption = page.caption ? { caption: page.caption } : {};
  const intro = draft.texts.fromSource(parts.content, `${page.pointer}/components`);
  if (page.group && parts.inputs.length > 0) {
    draft.report.mapped(
      page.pointer,
      `repeating page "${page.path}"`,
      `the add-another step "${id}" collecting "${page.group}"`,
    );
    return {
      id,
      type: 'addAnother',
      group: page.group,
      title: pageTitle(parts, title, page.pointer, draft) ?? parts.inputs[0]!.mapped.component.label,
      itemName: page.itemName ?? draft.texts.builtIn(BUILT_IN.item),
      ...caption,
      components: pageComponents(parts) as [never, ...never[]],
      next,
    };
  }
  if (parts.inputs.length === 0) {
    if (intro) draft.report.mapped(page.pointer, `page "${page.path}"`, `the content step "${id}"`);
    else
      draft.report.approximated(
        page.pointer,
        `page "${page.path}"`,
        'it has nothing to show: its title is its text',
      );
    const heading = title ?? draft.texts.builtIn(BUILT_IN.exitTitle);
    return { id, type: 'content', title: heading, body: intro ?? heading, next };
  }
  const components = pageComponents(parts);
  const only = components.length === 1 ? textEn(components[0]!.label) : undefined;
  const heading =
    only !== undefined && title && textEn(title) === only
      ? undefined
      : pageTitle(parts, title, page.pointer, draft);
  draft.report.mapped(page.pointer, `page "${page.path}"`, `the question step "${id}"`);
  return {
    id,
    type: 'question',
    ...(heading ? { title: heading } : {}),
    ...caption,
    ...(intro ? { intro } : {}),
    components: components as [never, ...never[]],
    next,
  };
}
