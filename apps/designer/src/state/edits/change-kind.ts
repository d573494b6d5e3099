import type { ChoiceField, Component, Field } from '@fingerpost/schema';
import { type ComponentKind, fieldFor } from './templates';

/**
 * A question turned into another kind: the field gets the new type (keeping its options between
 * choice kinds, and its description and personal data flag), the component the right widget.
 */
export function changeKind(
  component: Component,
  field: Field | undefined,
  kind: ComponentKind,
): { component: Component; field: Field } {
  const fresh = fieldFor(kind);
  const kept =
    field && 'options' in field && 'options' in fresh
      ? { ...fresh, options: (field as ChoiceField).options }
      : fresh;
  const next: Field = {
    ...kept,
    ...(field?.description ? { description: field.description } : {}),
    ...(field?.personalData ? { personalData: field.personalData } : {}),
  } as Field;
  const { widget: _, ...rest } = component;
  return { component: kind === 'select' ? { ...rest, widget: 'select' } : rest, field: next };
}
