import type { JsonObject } from './read';
import type { SourceText } from './texts';

/**
 * A component of an XGovFormBuilder or DEFRA page, read into one shape. DEFRA's forms engine grew
 * out of XGovFormBuilder and shares its component vocabulary, so one mapping serves both; the
 * importers resolve texts (Welsh included) and lists before handing components over.
 */
export interface SourceComponent {
  type: string;
  name: string;
  /** Where the component sits in the source form (JSON Pointer). */
  path: string;
  title?: SourceText;
  hint?: SourceText;
  content?: SourceText;
  options: JsonObject;
  schema: JsonObject;
  list?: SourceList;
}

export interface SourceList {
  name: string;
  path: string;
  items: SourceListItem[];
}

export interface SourceListItem {
  value: string | number | boolean;
  text: SourceText;
  hint?: SourceText;
  path: string;
  /** Components revealed when this item is picked (XGovFormBuilder's `conditional.components`). */
  revealed: SourceComponent[];
  /** The name of a condition that decides whether the item is offered. */
  condition?: string;
}

const CONTENT_TYPES: ReadonlySet<string> = new Set([
  'Para',
  'Html',
  'Markdown',
  'InsetText',
  'Details',
  'List',
  'FlashCard',
]);

/** Components that collect nothing and have no Fingerpost page element of their own. */
const NOT_CARRIED: Record<string, string> = {
  HiddenField: 'a hidden field collects nothing from the resident; Fingerpost journeys have no hidden values',
  PaymentField: 'Fingerpost journeys have no payments yet; take payment in the case system',
};

export type ComponentKind = 'content' | 'input' | 'not-carried';

export function componentKind(type: string): ComponentKind {
  if (CONTENT_TYPES.has(type)) return 'content';
  if (NOT_CARRIED[type]) return 'not-carried';
  return 'input';
}

export function whyNotCarried(type: string): string {
  return NOT_CARRIED[type] ?? 'not a question Fingerpost can ask';
}

/** "aboutYou.fullName" becomes "About you full name": a fallback label for untitled questions. */
export function humanise(name: string): string {
  const spaced = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .toLowerCase();
  return spaced === '' ? 'Answer' : spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
