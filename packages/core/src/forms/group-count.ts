import type { GroupField, Text } from '@fingerpost/schema';
import { messageTable } from './messages';
import { textFor } from './text';
import type { FieldError } from './types';

/**
 * Checks how many items a repeating group has against its `minItems` and `maxItems`. The error's
 * `field` is `fieldName` (the group's name) when given.
 *
 * @example
 * checkGroupCount([], { type: 'group', minItems: 1, fields: {…} }, 'person', 'en', 'household');
 * // { field: 'household', code: 'minItems', message: 'Add at least 1 person' }
 */
export function checkGroupCount(
  items: readonly unknown[],
  group: GroupField,
  itemName: Text,
  language: string,
  fieldName = '',
): FieldError | null {
  const table = messageTable(language);
  const item = textFor(itemName, language);
  if (group.minItems !== undefined && items.length < group.minItems) {
    const message = table.groupMinItems({ subject: item, item, count: group.minItems });
    return { field: fieldName, code: 'minItems', message };
  }
  if (group.maxItems !== undefined && items.length > group.maxItems) {
    const message = table.groupMaxItems({ subject: item, item, count: group.maxItems });
    return { field: fieldName, code: 'maxItems', message };
  }
  return null;
}
