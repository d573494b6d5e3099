import { type ChoiceField, compileAnswerPattern, type Validation } from '@fingerpost/schema';
import type { BoundComponent } from './types';

type Schema = Record<string, unknown>;

/** A designer's pattern as ajv needs it: ajv matches anywhere, the journey format means the whole answer. */
export function wholeAnswerPattern(pattern: string): string {
  return `^(?:${pattern})$`;
}

/** Whether a designer's pattern compiles, alone and anchored, for the engine answers are matched with. */
export function patternCompiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    compileAnswerPattern(wholeAnswerPattern(pattern));
    return true;
  } catch {
    return false;
  }
}

function textRules(validation: Validation): Schema {
  const rules: Schema = {};
  if (validation.minLength !== undefined) rules.minLength = validation.minLength;
  if (validation.maxLength !== undefined) rules.maxLength = validation.maxLength;
  if (validation.maxWords !== undefined) rules.maxWords = validation.maxWords;
  if (validation.pattern !== undefined && patternCompiles(validation.pattern)) {
    rules.pattern = wholeAnswerPattern(validation.pattern);
  }
  return rules;
}

function rangeRules(validation: Validation): Schema {
  const rules: Schema = {};
  if (validation.min !== undefined) rules.minimum = validation.min;
  if (validation.max !== undefined) rules.maximum = validation.max;
  return rules;
}

/** The JSON Schema one answer must meet once coerced to its type. */
export function answerSchema(bound: BoundComponent): Schema {
  const validation = bound.component.validation ?? {};
  switch (bound.type) {
    case 'text':
    case 'longText':
    case 'phone':
    case 'postcode':
      return { type: 'string', ...textRules(validation) };
    case 'email':
      return { type: 'string', format: 'email', ...textRules(validation) };
    case 'number':
      return { type: validation.integer ? 'integer' : 'number', ...rangeRules(validation) };
    case 'money':
      return { type: 'integer', ...rangeRules(validation) };
    case 'date': {
      const schema: Schema = { type: 'string', format: 'date' };
      if (validation.notBefore !== undefined) schema.formatMinimum = validation.notBefore;
      if (validation.notAfter !== undefined) schema.formatMaximum = validation.notAfter;
      return schema;
    }
    case 'yesNo':
      return { type: 'boolean' };
    case 'singleChoice':
      return { type: 'string', enum: optionValues(bound.field as ChoiceField) };
    case 'multipleChoice': {
      const schema: Schema = {
        type: 'array',
        items: { type: 'string', enum: optionValues(bound.field as ChoiceField) },
        uniqueItems: true,
      };
      if (validation.minItems !== undefined) schema.minItems = validation.minItems;
      if (validation.maxItems !== undefined) schema.maxItems = validation.maxItems;
      return schema;
    }
    case 'address':
      return {
        type: 'object',
        required: ['line1', 'town', 'postcode'],
        properties: {
          line1: { type: 'string', minLength: 1 },
          line2: { type: 'string' },
          town: { type: 'string', minLength: 1 },
          county: { type: 'string' },
          postcode: { type: 'string', minLength: 1 },
        },
      };
    case 'file': {
      const size: Schema = { type: 'number', minimum: 0 };
      if (validation.maxSizeKb !== undefined) size.maximum = validation.maxSizeKb * 1024;
      const type: Schema = { type: 'string' };
      if (validation.accept !== undefined)
        type.enum = validation.accept.map((accepted) => accepted.toLowerCase());
      return {
        type: 'object',
        required: ['id', 'name', 'size', 'type'],
        properties: { id: { type: 'string', minLength: 1 }, name: { type: 'string' }, size, type },
      };
    }
  }
}

function optionValues(field: ChoiceField): string[] {
  return field.options.map((option) => option.value);
}

/** One schema for the whole page: each answer, when present, meets its own schema. */
export function pageSchema(components: readonly BoundComponent[]): Schema {
  const properties: Schema = {};
  for (const bound of components) properties[bound.name] = answerSchema(bound);
  return { type: 'object', properties };
}
