import { arrayAt, isObject, type JsonObject, objectAt, scalarText, stringAt } from '../build/read';
import type { SourceComponent, SourceList, SourceListItem } from '../build/source-component';
import type { SourceText } from '../build/texts';
import { sourcePointer } from '../report';

/**
 * Reading a DEFRA forms-engine V2 definition. Everything has an id; Welsh is read from
 * `metadata.translations.cy`, keyed by those ids:
 * `{ name, pages: { [pageId]: { title } }, components: { [componentId]: { title, hint, content } },
 *    lists: { [listId]: { items: { [itemId]: { text, hint } } } }, sections: { [id or name]: { title } } }`.
 */
export class DefraTexts {
  private readonly welsh: JsonObject | undefined;

  constructor(definition: JsonObject) {
    this.welsh = objectAt(objectAt(objectAt(definition, 'metadata'), 'translations'), 'cy');
  }

  /** English from the definition, Welsh from the translations at `where` (e.g. ['pages', id, 'title']). */
  text(english: unknown, where: readonly string[]): SourceText | undefined {
    if (typeof english !== 'string') return undefined;
    let node: unknown = this.welsh;
    for (const key of where) node = isObject(node) ? node[key] : undefined;
    return typeof node === 'string' && node.trim() !== '' ? { en: english, cy: node } : { en: english };
  }

  get hasWelsh(): boolean {
    return this.welsh !== undefined;
  }
}

export interface DefraListRef {
  list: SourceList;
  /** Item id → the item's value, for conditions that refer to items by id. */
  valueById: Map<string, string | number | boolean>;
}

export function defraLists(definition: JsonObject, texts: DefraTexts): Map<string, DefraListRef> {
  const lists = new Map<string, DefraListRef>();
  arrayAt(definition, 'lists').forEach((list, i) => {
    const id = stringAt(list, 'id') ?? stringAt(list, 'name');
    if (!id) return;
    const path = sourcePointer('lists', i);
    const valueById = new Map<string, string | number | boolean>();
    const items: SourceListItem[] = [];
    arrayAt(list, 'items').forEach((item, j) => {
      const value = isObject(item) ? item.value : undefined;
      const itemId = stringAt(item, 'id') ?? String(j);
      if (scalarText(value) === undefined) return;
      valueById.set(itemId, value as string | number | boolean);
      const text = texts.text(stringAt(item, 'text') ?? String(value), [
        'lists',
        id,
        'items',
        itemId,
        'text',
      ])!;
      const hint = texts.text(stringAt(objectAt(item, 'hint'), 'text') ?? stringAt(item, 'hint'), [
        'lists',
        id,
        'items',
        itemId,
        'hint',
      ]);
      items.push({
        value: value as string | number | boolean,
        text,
        ...(hint ? { hint } : {}),
        path: `${path}/items/${j}`,
        revealed: [],
      });
    });
    const ref: DefraListRef = { list: { name: stringAt(list, 'name') ?? id, path, items }, valueById };
    lists.set(id, ref);
    const name = stringAt(list, 'name');
    if (name && !lists.has(name)) lists.set(name, ref);
  });
  return lists;
}

export interface DefraPage {
  index: number;
  id: string;
  path: string;
  pointer: string;
  raw: JsonObject;
  title?: SourceText;
  controller: string;
  condition?: string;
  section?: string;
  components: Array<SourceComponent & { id: string }>;
}

export function defraPages(
  definition: JsonObject,
  lists: ReadonlyMap<string, DefraListRef>,
  texts: DefraTexts,
): DefraPage[] {
  return arrayAt(definition, 'pages').flatMap((page, index): DefraPage[] => {
    const path = stringAt(page, 'path');
    if (!isObject(page) || !path) return [];
    const pointer = sourcePointer('pages', index);
    const id = stringAt(page, 'id') ?? path;
    const components = arrayAt(page, 'components').flatMap((c, j) => {
      const type = stringAt(c, 'type');
      if (!isObject(c) || !type) return [];
      const componentId = stringAt(c, 'id') ?? `${id}/${j}`;
      const listRef = stringAt(c, 'list');
      const list = listRef ? lists.get(listRef)?.list : undefined;
      const at = (key: string) => texts.text(c[key], ['components', componentId, key]);
      const title = at('title');
      const hint = at('hint');
      const content = at('content');
      const component: SourceComponent & { id: string } = {
        id: componentId,
        type,
        name: stringAt(c, 'name') ?? '',
        path: `${pointer}/components/${j}`,
        ...(title ? { title } : {}),
        ...(hint ? { hint } : {}),
        ...(content ? { content } : {}),
        options: objectAt(c, 'options') ?? {},
        schema: objectAt(c, 'schema') ?? {},
        ...(list ? { list } : listRef ? { list: { name: listRef, path: '', items: [] } } : {}),
      };
      return [component];
    });
    const title = texts.text(page.title, ['pages', id, 'title']);
    const condition = stringAt(page, 'condition');
    const section = stringAt(page, 'section');
    return [
      {
        index,
        id,
        path,
        pointer,
        raw: page,
        ...(title && title.en.trim() !== '' ? { title } : {}),
        controller: stringAt(page, 'controller') ?? '',
        ...(condition ? { condition } : {}),
        ...(section ? { section } : {}),
        components,
      },
    ];
  });
}

export const isDefraSummary = (page: DefraPage): boolean =>
  /Summary/.test(page.controller) ||
  (page.controller === '' && page.path === '/summary' && page.components.length === 0);
export const isDefraTerminal = (page: DefraPage): boolean => /Terminal/.test(page.controller);
export const isDefraRepeat = (page: DefraPage): boolean => /Repeat/.test(page.controller);
export const isDefraStatus = (page: DefraPage): boolean => /Status/.test(page.controller);
