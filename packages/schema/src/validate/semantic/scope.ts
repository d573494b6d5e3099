import type { ExpressionScope, FieldTypeInfo } from '../../expressions';
import type { ChoiceField, Field, GroupField, Journey, ScalarField } from '../../generated/journey';

function fieldInfo(field: Field | ScalarField | ChoiceField): FieldTypeInfo {
  if (field.type === 'singleChoice' || field.type === 'multipleChoice') {
    return { type: field.type, options: (field as ChoiceField).options.map((o) => o.value) };
  }
  if (field.type === 'group') {
    const fields: Record<string, FieldTypeInfo> = {};
    for (const [name, sub] of Object.entries((field as GroupField).fields))
      if (sub) fields[name] = fieldInfo(sub);
    return { type: 'group', fields };
  }
  return { type: field.type };
}

/**
 * The names and types expressions may use: every field of the journey's data model. On an
 * add-another page, the group's own fields are in scope as well, so a question about one item can
 * depend on another answer about the same item.
 * @example journeyScope(journey).fields.dateOfBirth // { type: 'date' }
 */
export function journeyScope(journey: Pick<Journey, 'fields'>, group?: string): ExpressionScope {
  const fields: Record<string, FieldTypeInfo> = {};
  for (const [name, field] of Object.entries(journey.fields)) if (field) fields[name] = fieldInfo(field);
  const groupFields = group ? fields[group]?.fields : undefined;
  return { fields: groupFields ? { ...fields, ...groupFields } : fields };
}
