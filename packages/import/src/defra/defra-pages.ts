import type { Field, Step, Text } from '@fingerpost/schema';
import { mapPageComponents, type PageParts } from '../build/form-page';
import type { JourneyDraft } from '../build/journey-draft';
import { fieldNameFrom } from '../build/names';
import { arrayAt, isObject, type JsonObject, numberAt, objectAt, stringAt } from '../build/read';
import { BUILT_IN } from '../build/texts';
import type { ConditionField } from '../conditions/translate';
import { type DefraPage, type DefraTexts, isDefraRepeat, isDefraTerminal } from './defra-source';

export interface PageFields {
  parts: PageParts;
  group?: string;
  itemName?: Text;
}

/** Conditions, sections and lists of the definition that no imported page uses. */
export function reportUnused(
  definition: JsonObject,
  flow: readonly DefraPage[],
  usedConditions: ReadonlySet<string>,
  draft: JourneyDraft,
): void {
  arrayAt(definition, 'conditions').forEach((condition, i) => {
    const id = stringAt(condition, 'id') ?? '';
    if (!usedConditions.has(id))
      draft.report.dropped(
        `/conditions/${i}`,
        `condition "${stringAt(condition, 'displayName') ?? id}"`,
        'no page of the form uses it',
      );
  });
  arrayAt(definition, 'sections').forEach((section, i) => {
    const keys = [stringAt(section, 'id'), stringAt(section, 'name')];
    const used = flow.some((p) => keys.includes(p.section));
    if (used)
      draft.report.mapped(
        `/sections/${i}`,
        `section "${stringAt(section, 'title') ?? ''}"`,
        'its title is the caption of its pages',
      );
    else
      draft.report.dropped(
        `/sections/${i}`,
        `section "${stringAt(section, 'title') ?? ''}"`,
        'no page is in it',
      );
  });
  const lists = new Set(flow.flatMap((p) => p.components.map((c) => c.list?.path)));
  arrayAt(definition, 'lists').forEach((list, i) => {
    if (!lists.has(`/lists/${i}`))
      draft.report.dropped(
        `/lists/${i}`,
        `list "${stringAt(list, 'name') ?? ''}"`,
        'no question or content uses it',
      );
  });
}

export function mapFields(
  page: DefraPage,
  byComponent: Map<string, ConditionField>,
  repeated: Set<string>,
  texts: DefraTexts,
  draft: JourneyDraft,
): PageFields {
  const idOf = new Map(page.components.map((c) => [c as object, c.id]));
  if (isDefraTerminal(page)) {
    // Questions on a terminal page are never submitted: they get no field in the data model.
    return {
      parts: mapPageComponents(
        page.components,
        (c) => fieldNameFrom(c.name || c.type),
        () => {},
        draft,
        {},
      ),
    };
  }
  if (!isDefraRepeat(page)) {
    const parts = mapPageComponents(
      page.components,
      (c) => draft.fieldNames.take(fieldNameFrom(c.name || c.type)),
      (c, field) => byComponent.set(idOf.get(c) ?? '', field),
      draft,
    );
    return { parts };
  }
  const repeat = objectAt(page.raw, 'repeat');
  const repeatOptions = objectAt(repeat, 'options');
  const group = draft.fieldNames.take(fieldNameFrom(stringAt(repeatOptions, 'name') ?? `${page.path} list`));
  const groupFields: Record<string, Field> = {};
  const parts = mapPageComponents(
    page.components,
    (c) => fieldNameFrom(c.name || c.type),
    (c) => repeated.add(idOf.get(c) ?? ''),
    draft,
    groupFields,
  );
  if (parts.inputs.length > 0) {
    let min = numberAt(objectAt(repeat, 'schema'), 'min');
    let max = numberAt(objectAt(repeat, 'schema'), 'max');
    if (min !== undefined && !(Number.isInteger(min) && min >= 0)) min = undefined;
    if (max !== undefined && !(Number.isInteger(max) && max >= 1)) max = undefined;
    if (min !== undefined && max !== undefined && min > max) min = max = undefined;
    if (min === undefined && max === undefined && objectAt(repeat, 'schema'))
      draft.report.dropped(
        `${page.pointer}/repeat/schema`,
        'number of items',
        'the limits are not whole numbers that an answer could meet',
      );
    draft.fields[group] = {
      type: 'group',
      ...(min !== undefined ? { minItems: min } : {}),
      ...(max !== undefined ? { maxItems: max } : {}),
      fields: groupFields as never,
    };
  }
  const itemName = draft.texts.fromSource(
    texts.text(stringAt(repeatOptions, 'title'), ['pages', page.id, 'repeat', 'title']),
    `${page.pointer}/repeat/options/title`,
  );
  return { parts, group, ...(itemName ? { itemName } : {}) };
}

/** A terminal page ends the journey: the resident cannot go on. */
export function terminalStep(page: DefraPage, id: string, parts: PageParts, draft: JourneyDraft): Step {
  for (const input of parts.inputs)
    draft.report.demote(
      input.source.path,
      'a terminal page ends the form: its questions are never submitted',
    );
  const title =
    draft.texts.fromSource(page.title, `${page.pointer}/title`) ?? draft.texts.builtIn(BUILT_IN.exitTitle);
  const body = draft.texts.fromSource(parts.content, `${page.pointer}/components`);
  draft.report.mapped(
    page.pointer,
    `terminal page "${page.path}"`,
    `the end step "${id}" (outcome ineligible)`,
  );
  return { id, type: 'end', outcome: 'ineligible', title, ...(body ? { body } : {}) };
}

export function sectionCaption(
  page: DefraPage,
  definition: JsonObject,
  texts: DefraTexts,
  draft: JourneyDraft,
): { caption?: Text } {
  if (!page.section) return {};
  const sections = arrayAt(definition, 'sections');
  const index = sections.findIndex(
    (s) => stringAt(s, 'id') === page.section || stringAt(s, 'name') === page.section,
  );
  const section = sections[index];
  if (!isObject(section)) {
    draft.report.dropped(
      `${page.pointer}/section`,
      `section "${page.section}"`,
      'the form has no section with this id or name',
    );
    return {};
  }
  if (section.hideTitle === true) return {};
  const key = stringAt(section, 'id') ?? stringAt(section, 'name') ?? '';
  const caption = draft.texts.fromSource(
    texts.text(section.title, ['sections', key, 'title']),
    `/sections/${index}/title`,
  );
  return caption ? { caption } : {};
}
