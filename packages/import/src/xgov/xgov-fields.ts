import type { Field } from '@fingerpost/schema';
import { mapPageComponents, type PageParts } from '../build/form-page';
import type { JourneyDraft } from '../build/journey-draft';
import { fieldNameFrom } from '../build/names';
import type { SourceComponent } from '../build/source-component';
import type { ConditionField } from '../conditions/translate';
import { isRepeatingController, type XgovPage } from './xgov-source';

/** A page's questions, mapped; repeating pages collect a group. */
export interface XgovPageFields {
  parts: PageParts;
  /** Set for a RepeatingFieldPageController page: the group its questions fill. */
  group?: string;
}

/**
 * Maps every question of the pages to the data model. Names follow the components' names
 * (camelCase); a name used in two sections takes its section's name in front. Conditions refer to
 * questions as `section.name` (or `name` outside sections), so those keys are recorded.
 */
export function mapXgovFields(pages: readonly XgovPage[], draft: JourneyDraft) {
  const byKey = new Map<string, ConditionField>();
  const repeated = new Map<string, string>();
  const pageFields = new Map<XgovPage, XgovPageFields>();
  const nameFor = (section: string | undefined) => (component: SourceComponent) => {
    const plain = fieldNameFrom(component.name || component.type);
    const wanted =
      draft.fieldNames.has(plain) && section ? fieldNameFrom(`${section} ${component.name}`) : plain;
    return draft.fieldNames.take(wanted);
  };
  const keyOf = (section: string | undefined, name: string) => (section ? `${section}.${name}` : name);
  for (const page of pages) {
    if (isRepeatingController(page.controller)) {
      const groupFields: Record<string, Field> = {};
      const first = page.components.find((c) => c.name)?.name ?? page.path;
      const group = draft.fieldNames.take(fieldNameFrom(`${first} list`));
      const parts = mapPageComponents(
        page.components,
        (component) => fieldNameFrom(component.name || component.type),
        (component) => repeated.set(keyOf(page.section, component.name), group),
        draft,
        groupFields,
      );
      if (parts.inputs.length > 0) draft.fields[group] = { type: 'group', fields: groupFields as never };
      pageFields.set(page, { parts, group });
      continue;
    }
    const parts = mapPageComponents(
      page.components,
      nameFor(page.section),
      (component, field) => byKey.set(keyOf(page.section, component.name), field),
      draft,
    );
    pageFields.set(page, { parts });
  }
  return { byKey, repeated, pageFields };
}
