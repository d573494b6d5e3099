import type { ChoiceField, Field, GroupField, Journey, ScalarField } from './generated/journey';

type JsonSchema = Record<string, unknown>;

const ADDRESS: JsonSchema = {
  type: 'object',
  required: ['line1', 'town', 'postcode'],
  additionalProperties: false,
  properties: {
    line1: { type: 'string' },
    line2: { type: 'string' },
    town: { type: 'string' },
    county: { type: 'string' },
    postcode: { type: 'string' },
  },
};

const FILE: JsonSchema = {
  type: 'object',
  required: ['id', 'name', 'size', 'type'],
  additionalProperties: false,
  description: 'A file the resident uploaded, stored by the server.',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    size: { type: 'integer', description: 'Bytes' },
    type: { type: 'string', description: 'Media type' },
  },
};

function fieldSchema(field: Field | ScalarField | ChoiceField): JsonSchema {
  const described = (schema: JsonSchema): JsonSchema =>
    field.description ? { ...schema, description: field.description } : schema;
  switch (field.type) {
    case 'text':
    case 'longText':
    case 'phone':
    case 'postcode':
      return described({ type: 'string' });
    case 'email':
      return described({ type: 'string', format: 'email' });
    case 'number':
      return described({ type: 'number' });
    case 'money':
      return {
        type: 'integer',
        description: field.description ? `${field.description} (in pence)` : 'An amount of money in pence.',
      };
    case 'date':
      return described({
        type: 'string',
        format: 'date',
        description: field.description ?? 'A date as YYYY-MM-DD.',
      });
    case 'yesNo':
      return described({ type: 'boolean' });
    case 'singleChoice':
      return described({ type: 'string', enum: (field as ChoiceField).options.map((o) => o.value) });
    case 'multipleChoice':
      return described({
        type: 'array',
        uniqueItems: true,
        items: { type: 'string', enum: (field as ChoiceField).options.map((o) => o.value) },
      });
    case 'address':
      return described(ADDRESS);
    case 'file':
      return described(FILE);
    case 'group': {
      const group = field as GroupField;
      const items: JsonSchema = {
        type: 'object',
        additionalProperties: false,
        properties: propertiesOf(group.fields),
      };
      return described({
        type: 'array',
        items,
        ...(group.minItems !== undefined && { minItems: group.minItems }),
        ...(group.maxItems !== undefined && { maxItems: group.maxItems }),
      });
    }
  }
}

function propertiesOf(
  fields: Record<string, Field | ScalarField | ChoiceField | undefined>,
): Record<string, JsonSchema> {
  const properties: Record<string, JsonSchema> = {};
  for (const [name, field] of Object.entries(fields)) if (field) properties[name] = fieldSchema(field);
  return properties;
}

/**
 * The JSON Schema of a journey's answers, derived from its data model. Every answer is optional:
 * a resident answers only the questions on the route they take.
 * @example answersSchema(journey).properties.dateOfBirth // { type: 'string', format: 'date', … }
 */
export function answersSchema(
  journey: Pick<Journey, 'id' | 'title' | 'fields'>,
): JsonSchema & { properties: Record<string, JsonSchema> } {
  const title = typeof journey.title === 'string' ? journey.title : journey.title.en;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `${journey.id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase())}Answers`,
    description: `Answers to "${title}".`,
    type: 'object',
    additionalProperties: false,
    properties: propertiesOf(journey.fields),
  };
}
