/**
 * Names in a Fingerpost journey follow strict patterns: step ids and journey ids are lower-kebab
 * slugs, field names camelCase, option values lower case. Source forms use anything, so every name
 * goes through here, and each allocator keeps the names it gives out unique.
 */

const RESERVED_FIELD_NAMES: ReadonlySet<string> = new Set([
  'and',
  'or',
  'not',
  'in',
  'true',
  'false',
  'item',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toString',
  'toLocaleString',
  'valueOf',
]);

const MAX_NAME = 64;
const MAX_SLUG = 60;

/** Words of a name, split at separators and at lower-to-upper case changes kept as written. */
function words(source: string): string[] {
  return source
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * A camelCase field name from a source name: separators removed, the first letter lower case.
 * @example fieldNameFrom('date_of-birth') // 'dateOfBirth'
 */
export function fieldNameFrom(source: string): string {
  const parts = words(source);
  let name = parts
    .map((w, i) =>
      i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join('');
  if (name === '') name = 'answer';
  if (!/^[A-Za-z]/.test(name)) name = `field${name}`;
  if (RESERVED_FIELD_NAMES.has(name)) name = `${name}Answer`;
  return name.slice(0, MAX_NAME);
}

/**
 * A lower-kebab slug (step ids, journey ids) from a path or a title.
 * @example slugFrom('/Your Details/') // 'your-details'
 */
export function slugFrom(source: string, fallback = 'page'): string {
  const parts = words(source.replace(/([a-z0-9])([A-Z])/g, '$1 $2')).map((w) => w.toLowerCase());
  let slug = '';
  for (const part of parts) {
    const next = slug === '' ? part : `${slug}-${part}`;
    if (next.length > MAX_SLUG) break;
    slug = next;
  }
  if (slug === '') slug = parts[0]?.slice(0, MAX_SLUG) ?? '';
  if (slug === '') return fallback;
  return /^[a-z]/.test(slug) ? slug : `${fallback}-${slug}`;
}

/**
 * An option value (lower case letters, digits, "-" and "_") from a source list item's value.
 * @example optionValueFrom('Universal Credit') // 'universal-credit'
 */
export function optionValueFrom(source: string): string {
  const value = source
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|[-]+$/g, '')
    .slice(0, MAX_NAME);
  return value === '' ? 'option' : value;
}

// Words that say nothing about the answer: "Do you live in the borough?" names "liveBorough".
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the in on at to for is are was do does did you your yours it its there this that these be been ' +
    'will would should can could have has had i we us our me my please what which who whom when where why how'
  ).split(' '),
);
const JOINING_WORDS: ReadonlySet<string> = new Set(['of', 'or', 'and', 'about', 'with', 'from']);

/**
 * The words of a question worth naming a field or page after, at most `max` of them.
 * @example questionWords('What is your date of birth?') // 'date of birth'
 */
export function questionWords(question: string, max = 4): string {
  const kept = words(question.replace(/['’]s\b/g, '').toLowerCase()).filter((w) => !STOP_WORDS.has(w));
  while (kept.length > 0 && JOINING_WORDS.has(kept[0]!)) kept.shift();
  const chosen = kept.slice(0, max);
  while (chosen.length > 0 && JOINING_WORDS.has(chosen[chosen.length - 1]!)) chosen.pop();
  return chosen.join(' ');
}

/** Hands out unique names, adding 2, 3, … (with `separator`) to repeats. */
export class NameAllocator {
  private readonly used = new Set<string>();

  constructor(
    private readonly separator: string,
    private readonly maxLength: number,
    reserved: Iterable<string> = [],
  ) {
    for (const name of reserved) this.used.add(name);
  }

  take(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.used.has(name); n++) {
      const suffix = `${this.separator}${n}`;
      name = `${wanted.slice(0, this.maxLength - suffix.length)}${suffix}`;
    }
    this.used.add(name);
    return name;
  }

  has(name: string): boolean {
    return this.used.has(name);
  }
}

export const fieldNames = (): NameAllocator => new NameAllocator('', MAX_NAME);
export const stepIds = (): NameAllocator => new NameAllocator('-', 80);
export const optionValues = (): NameAllocator => new NameAllocator('-', MAX_NAME);
