import { arrayAt, isObject, type JsonObject, objectAt, scalarText, stringAt } from '../build/read';
import type { SourceComponent, SourceList, SourceListItem } from '../build/source-component';
import type { SourceText } from '../build/texts';
import { sourcePointer } from '../report';

/**
 * Reading an XGovFormBuilder definition: texts may be strings or `{ en, cy }` objects, lists are
 * referenced by name, and list items may reveal further components.
 */

/** A localised XGovFormBuilder string: plain (English) or `{ en, cy }`. */
export function xgovText(value: unknown): SourceText | undefined {
  if (typeof value === 'string') return { en: value };
  if (!isObject(value)) return undefined;
  const en = typeof value.en === 'string' ? value.en : undefined;
  if (en === undefined) return undefined;
  return typeof value.cy === 'string' && value.cy.trim() !== '' ? { en, cy: value.cy } : { en };
}

export function xgovLists(definition: JsonObject): Map<string, SourceList> {
  const lists = new Map<string, SourceList>();
  arrayAt(definition, 'lists').forEach((list, i) => {
    const name = stringAt(list, 'name');
    if (!name || lists.has(name)) return;
    const path = sourcePointer('lists', i);
    const items: SourceListItem[] = [];
    arrayAt(list, 'items').forEach((item, j) => {
      const value = isObject(item) ? item.value : undefined;
      if (scalarText(value) === undefined) return;
      const itemPath = `${path}/items/${j}`;
      const text = xgovText(isObject(item) ? item.text : undefined) ?? { en: String(value) };
      const hint = xgovText(isObject(item) ? item.description : undefined);
      const revealed = arrayAt(objectAt(item, 'conditional'), 'components').flatMap((c, k) => {
        const component = xgovComponent(c, `${itemPath}/conditional/components/${k}`, lists);
        return component ? [component] : [];
      });
      const condition = stringAt(item, 'condition');
      items.push({
        value: value as string | number | boolean,
        text,
        ...(hint ? { hint } : {}),
        path: itemPath,
        revealed,
        ...(condition ? { condition } : {}),
      });
    });
    lists.set(name, { name, path, items });
  });
  return lists;
}

/** A component as the shared mapping needs it; undefined when it has no type. */
export function xgovComponent(
  value: unknown,
  path: string,
  lists: ReadonlyMap<string, SourceList>,
): SourceComponent | undefined {
  const type = stringAt(value, 'type');
  if (!isObject(value) || !type) return undefined;
  const listName = stringAt(value, 'list');
  const list = listName ? lists.get(listName) : undefined;
  const title = xgovText(value.title);
  const hint = xgovText(value.hint);
  const content = xgovText(value.content);
  return {
    type,
    name: stringAt(value, 'name') ?? '',
    path,
    ...(title ? { title } : {}),
    ...(hint ? { hint } : {}),
    ...(content ? { content } : {}),
    options: objectAt(value, 'options') ?? {},
    schema: objectAt(value, 'schema') ?? {},
    ...(list ? { list } : listName ? { list: { name: listName, path: '', items: [] } } : {}),
  };
}

export interface XgovPage {
  index: number;
  path: string;
  pointer: string;
  raw: JsonObject;
  title?: SourceText;
  section?: string;
  controller: string;
  components: SourceComponent[];
  links: Array<{ path?: string; condition?: string; redirect?: string; pointer: string }>;
}

export function xgovPages(definition: JsonObject, lists: ReadonlyMap<string, SourceList>): XgovPage[] {
  const pages: XgovPage[] = [];
  arrayAt(definition, 'pages').forEach((page, index) => {
    const path = stringAt(page, 'path');
    if (!isObject(page) || !path) return;
    const pointer = sourcePointer('pages', index);
    const components = arrayAt(page, 'components').flatMap((c, j) => {
      const component = xgovComponent(c, `${pointer}/components/${j}`, lists);
      return component ? [component] : [];
    });
    const links = arrayAt(page, 'next').flatMap((link, j) => {
      if (!isObject(link)) return [];
      const to = stringAt(link, 'path');
      const condition = stringAt(link, 'condition');
      const redirect = stringAt(link, 'redirect');
      return [
        {
          ...(to ? { path: to } : {}),
          ...(condition ? { condition } : {}),
          ...(redirect ? { redirect } : {}),
          pointer: `${pointer}/next/${j}`,
        },
      ];
    });
    const title = xgovText(page.title);
    const section = stringAt(page, 'section');
    pages.push({
      index,
      path,
      pointer,
      raw: page,
      ...(title ? { title } : {}),
      ...(section ? { section } : {}),
      controller: stringAt(page, 'controller') ?? '',
      components,
      links,
    });
  });
  return pages;
}

export const isSummaryController = (controller: string): boolean => /summary/i.test(controller);
export const isRepeatingController = (controller: string): boolean => /RepeatingField/i.test(controller);
