import type { JourneyDraft } from '../build/journey-draft';
import { arrayAt, isObject, type JsonObject, stringAt } from '../build/read';
import type { XgovPage } from './xgov-source';

export function reportSectionsAndLists(
  definition: JsonObject,
  asked: readonly XgovPage[],
  draft: JourneyDraft,
): void {
  arrayAt(definition, 'sections').forEach((section, i) => {
    const name = stringAt(section, 'name') ?? '';
    const used = asked.some((p) => p.section === name);
    if (!used) draft.report.dropped(`/sections/${i}`, `section "${name}"`, 'no imported page is in it');
    else if (isObject(section) && section.hideTitle === true)
      draft.report.mapped(
        `/sections/${i}`,
        `section "${name}"`,
        'its title is hidden, so its pages have no caption',
      );
    else draft.report.mapped(`/sections/${i}`, `section "${name}"`, 'its title is the caption of its pages');
  });
  const listsUsed = new Set(
    asked.flatMap((p) =>
      p.components.flatMap((c) => [
        c.list?.name,
        ...(c.list?.items ?? []).flatMap((i) => i.revealed.map((r) => r.list?.name)),
      ]),
    ),
  );
  arrayAt(definition, 'lists').forEach((list, i) => {
    const name = stringAt(list, 'name') ?? '';
    if (!listsUsed.has(name))
      draft.report.dropped(`/lists/${i}`, `list "${name}"`, 'no imported question or content uses it');
  });
}
