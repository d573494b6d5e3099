import type { ErrorObject } from 'ajv';
import { didYouMean } from '../suggest';

type Schema = Record<string, unknown>;

const EXAMPLES: Record<string, string> = {
  Slug: 'lower case words joined by hyphens, for example "check-your-answers"',
  FieldName: 'letters and digits starting with a letter, for example "dateOfBirth"',
  OptionValue: 'lower case letters, digits, "-" or "_", for example "pip-mobility"',
  LanguageCode: 'a two or three letter language code, for example "cy"',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `the ${typeof value} ${String(value)}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text (a string)',
  object: 'an object',
  array: 'a list',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
};

/** Names the shape a `oneOf` wanted, from the schema it was declared in. */
export function describeOneOf(parent: Schema | undefined, defs: Record<string, Schema>): string {
  if (parent === defs.Text) {
    return 'must be text: a string, or an object with one entry per language such as { "en": "…", "cy": "…" }';
  }
  if (parent === defs.Next)
    return 'must be a step id, or a list of transitions such as [{ "when": "…", "goTo": "…" }, { "goTo": "…" }]';
  if (parent === defs.Deadline)
    return 'must have either "duration" (for example "P56D") or "workingDays" (for example 20), not both';
  return `does not match any allowed form${parent?.description ? `: ${parent.description}` : ''}`;
}

function patternMessage(error: ErrorObject, defs: Record<string, Schema>): string {
  const schema = error.parentSchema as Schema | undefined;
  for (const [name, example] of Object.entries(EXAMPLES)) {
    if (schema === defs[name] || (defs[name] && schema?.pattern === defs[name].pattern)) {
      return `${describeValue(error.data)} is not allowed here: use ${example}`;
    }
  }
  if (schema === (defs.Deadline?.oneOf as Schema[] | undefined)?.[0]?.properties) {
    return 'must be an ISO 8601 duration such as "P56D" (56 days) or "PT48H" (48 hours)';
  }
  if (typeof schema?.description === 'string')
    return `${describeValue(error.data)} is not allowed: ${schema.description}`;
  return `${describeValue(error.data)} does not match the pattern ${String(error.params.pattern)}`;
}

/** Turns one ajv error into a message that says what is wrong and how to fix it. */
export function ajvMessage(error: ErrorObject, defs: Record<string, Schema>): string {
  const parent = error.parentSchema as Schema | undefined;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const property = (parent?.properties as Record<string, Schema> | undefined)?.[missing];
      const about = typeof property?.description === 'string' ? ` (${property.description})` : '';
      return `"${missing}" is missing: add it${about}`;
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const allowed = Object.keys((parent?.properties as Schema | undefined) ?? {});
      return `Unknown property "${extra}": remove it.${didYouMean(extra, allowed)} Allowed here: ${allowed.join(', ')}`;
    }
    case 'enum':
      return `${describeValue(error.data)} is not allowed here. Use one of: ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'type':
      return `must be ${TYPE_NAMES[String(params.type)] ?? params.type}, not ${describeValue(error.data)}`;
    case 'pattern':
      return patternMessage(error, defs);
    case 'format':
      return params.format === 'date'
        ? `${describeValue(error.data)} is not a date: write it as YYYY-MM-DD, for example "2026-09-01"`
        : `${describeValue(error.data)} is not a valid ${String(params.format)}`;
    case 'minItems':
      return `needs at least ${params.limit} item${params.limit === 1 ? '' : 's'}`;
    case 'maxItems':
      return `can have at most ${params.limit} items`;
    case 'minLength':
      return params.limit === 1 ? 'must not be empty' : `must be at least ${params.limit} characters long`;
    case 'maxLength':
      return `must be at most ${params.limit} characters long`;
    case 'minProperties':
      return `needs at least ${params.limit} entr${params.limit === 1 ? 'y' : 'ies'}`;
    case 'minimum':
    case 'maximum':
      return `must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${params.limit}`;
    case 'uniqueItems':
      return `items ${params.j} and ${params.i} are the same: each may appear only once`;
    case 'oneOf':
      return describeOneOf(parent, defs);
    case 'discriminator': {
      const tag = String(params.tag);
      if (params.error === 'tag') return `"${tag}" is missing or not text: every entry here needs a "${tag}"`;
      const branches = ((parent?.oneOf as Schema[] | undefined) ?? []).flatMap((branch) => {
        const ref = typeof branch.$ref === 'string' ? defs[branch.$ref.replace('#/$defs/', '')] : branch;
        const tagSchema = (ref?.properties as Record<string, Schema> | undefined)?.[tag];
        return (
          tagSchema?.const !== undefined ? [tagSchema.const] : ((tagSchema?.enum as unknown[]) ?? [])
        ).map(String);
      });
      const value = String(params.tagValue);
      return `Unknown ${tag} "${value}".${didYouMean(value, branches)} Use one of: ${branches.join(', ')}`;
    }
    default:
      return error.message ?? `fails the "${error.keyword}" rule`;
  }
}
