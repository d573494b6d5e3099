import type { Journey } from '../../generated/journey';
import { journeySchema } from '../../schemas';
import { pointer, type ValidationIssue } from '../issue';

type Schema = Record<string, unknown>;
const defs = journeySchema.$defs as Record<string, Schema>;
const TEXT = '#/$defs/Text';
const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  cy: 'Welsh',
  ga: 'Irish',
  gd: 'Gaelic',
  pl: 'Polish',
  ur: 'Urdu',
};
const named = (code: string) => (LANGUAGE_NAMES[code] ? `${LANGUAGE_NAMES[code]} ("${code}")` : `"${code}"`);

function resolve(schema: Schema): Schema {
  const ref = schema.$ref;
  return typeof ref === 'string' && ref !== TEXT ? resolve(defs[ref.replace('#/$defs/', '')] ?? {}) : schema;
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  return value === null ? 'null' : typeof value;
}

/** Picks the `oneOf` alternative a value belongs to, by its JSON type and its tag properties. */
function branchFor(schema: Schema, value: unknown): Schema | undefined {
  const branches = (schema.oneOf as Schema[] | undefined)?.map(resolve) ?? [];
  return branches.find((branch) => {
    if (
      typeof branch.type === 'string' &&
      branch.type !== jsonType(value) &&
      !(branch.type === 'integer' && typeof value === 'number')
    )
      return false;
    if (branch.$ref === TEXT) return true;
    const props = (branch.properties ?? {}) as Record<string, Schema>;
    const record = (value ?? {}) as Record<string, unknown>;
    return Object.entries(props).every(([key, p]) => {
      if (p.const !== undefined) return record[key] === p.const;
      if (Array.isArray(p.enum) && key === 'type') return p.enum.includes(record[key]);
      return true;
    });
  });
}

function checkText(value: unknown, path: string, languages: string[], issues: ValidationIssue[]): void {
  const given = typeof value === 'string' ? ['en'] : Object.keys((value ?? {}) as object);
  const missing = languages.filter((l) => !given.includes(l));
  if (missing.length > 0) {
    const shown = JSON.stringify(value).slice(0, 50);
    issues.push({
      code: 'journey.missing-translation',
      path,
      message: `Give this text in ${missing.map(named).join(' and ')} too, as the journey declares languages ${languages.join(', ')}: ${shown}`,
    });
  }
  for (const language of given.filter((l) => !languages.includes(l))) {
    issues.push({
      code: 'journey.undeclared-language',
      path: path + pointer(language),
      message: `The journey does not declare ${named(language)}: add "${language}" to "languages" or remove this translation`,
    });
  }
}

function walk(
  schema: Schema,
  value: unknown,
  path: string,
  languages: string[],
  issues: ValidationIssue[],
): void {
  if (schema.$ref === TEXT) {
    checkText(value, path, languages, issues);
    return;
  }
  const resolved = resolve(schema);
  if (resolved !== schema) {
    walk(resolved, value, path, languages, issues);
    return;
  }
  if (schema.oneOf) {
    const branch = branchFor(schema, value);
    if (branch) walk(branch, value, path, languages, issues);
    return;
  }
  if (Array.isArray(value)) {
    const items = schema.items as Schema | undefined;
    if (items)
      for (const [i, item] of value.entries()) walk(items, item, path + pointer(i), languages, issues);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const rest = schema.additionalProperties as Schema | boolean | undefined;
  for (const [key, child] of Object.entries(value)) {
    const childSchema = props[key] ?? (typeof rest === 'object' ? rest : undefined);
    if (childSchema) walk(childSchema, child, path + pointer(key), languages, issues);
  }
}

/**
 * Every resident-facing text must be given in every declared language. Which values are texts is
 * read from the JSON Schema (every `$ref` to `Text`), so a new text property is checked with no
 * change here.
 */
export function translationIssues(journey: Journey): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  walk(journeySchema as Schema, journey, '', journey.languages, issues);
  return issues;
}
