import type { ComponentView } from '@fingerpost/core';
import { expect } from 'vitest';

/**
 * Turns a scenario's answer, written as the source form stores it, into what the engine takes for
 * the imported question. Choices are matched by their label: `labelOf` gives the source item's text
 * for a source value, and the option with that label is chosen.
 */
export function engineInput(
  component: ComponentView,
  value: unknown,
  labelOf: (value: unknown) => string | undefined,
): unknown {
  const option = (v: unknown) => {
    const label = labelOf(v);
    const found = component.options.find((o) => o.label === label);
    if (!found)
      expect.fail(
        `"${component.label}" has no option labelled "${label}" (for the source value ${JSON.stringify(v)})`,
      );
    return found.value;
  };
  switch (component.type) {
    case 'singleChoice':
      return option(value);
    case 'multipleChoice':
      return (value as unknown[]).map(option);
    case 'yesNo':
      return value === true || value === 'true' || value === 'Yes';
    case 'number':
    case 'money':
      return String(value);
    case 'date': {
      const text = String(value);
      return /^\d{4}-\d{2}$/.test(text) ? `${text}-01` : text.slice(0, 10);
    }
    case 'address': {
      const a = value as Record<string, string>;
      return {
        line1: a.addressLine1 ?? a.address1 ?? a.line1,
        ...((a.addressLine2 ?? a.address2) ? { line2: a.addressLine2 ?? a.address2 } : {}),
        town: a.town ?? a.townOrCity,
        postcode: a.postcode,
      };
    }
    case 'file':
      return { id: 'file-1', name: String(value), size: 20480, type: 'application/pdf' };
    default:
      return String(value);
  }
}

/** A date `amount` units away from `today` ('YYYY-MM-DD'), as the source forms' relative dates work. */
export function shiftDate(today: string, amount: number, unit: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (unit.startsWith('year')) date.setUTCFullYear(date.getUTCFullYear() + amount);
  else if (unit.startsWith('month')) date.setUTCMonth(date.getUTCMonth() + amount);
  else if (unit.startsWith('week')) date.setUTCDate(date.getUTCDate() + 7 * amount);
  else date.setUTCDate(date.getUTCDate() + amount);
  return date.toISOString().slice(0, 10);
}
