import type { ChoiceField, Field, Text } from '@fingerpost/schema';
import { isPlainObject } from './coerced';
import { formatLongDate } from './dates';
import { messageTable } from './messages';
import { formatNumber, formatPence } from './number-format';
import { textFor } from './text';

function isEmpty(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/** UK numbers in the groups people read them in: "07700 900982", "020 7946 0000", "01632 960001". */
export function formatPhone(phone: string): string {
  if (!/^0\d{10}$/.test(phone)) return phone;
  if (phone.startsWith('02')) return `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`;
  if (/^0[389]/.test(phone)) return `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`;
  return `${phone.slice(0, 5)} ${phone.slice(5)}`;
}

function optionLabel(field: ChoiceField, value: unknown, language: string): string {
  const option = field.options.find((candidate) => candidate.value === value);
  return option ? textFor(option.label as Text, language) : String(value);
}

function formatAddress(value: Readonly<Record<string, unknown>>): string {
  return ['line1', 'line2', 'town', 'county', 'postcode']
    .map((part) => value[part])
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(', ');
}

/**
 * Writes an answer for check your answers, in the resident's language; "Not provided" when empty.
 * Groups give their items' first answers, joined.
 *
 * @example
 * formatAnswer(125050, { type: 'money' }, 'en'); // '£1,250.50'
 * formatAnswer('2024-02-29', { type: 'date' }, 'cy'); // '29 Chwefror 2024'
 * formatAnswer(true, { type: 'yesNo' }, 'cy'); // 'Ie'
 */
export function formatAnswer(value: unknown, field: Field, language: string): string {
  const words = messageTable(language).words;
  if (isEmpty(value)) return words.notProvided;
  switch (field.type) {
    case 'money':
      return typeof value === 'number' ? formatPence(value) : String(value);
    case 'number':
      return typeof value === 'number' ? formatNumber(value) : String(value);
    case 'date':
      return formatLongDate(String(value), language);
    case 'yesNo':
      return value === true ? words.yes : value === false ? words.no : String(value);
    case 'phone':
      return formatPhone(String(value));
    case 'singleChoice':
      return optionLabel(field, value, language);
    case 'multipleChoice': {
      const chosen = Array.isArray(value) ? value : [value];
      return chosen.map((item) => optionLabel(field, item, language)).join(', ');
    }
    case 'address':
      return isPlainObject(value) ? formatAddress(value) : String(value);
    case 'file':
      return isPlainObject(value) && typeof value.name === 'string' ? value.name : String(value);
    case 'group': {
      if (!Array.isArray(value)) return String(value);
      const [firstName] = Object.keys(field.fields);
      const firstField = firstName === undefined ? undefined : field.fields[firstName];
      if (firstName === undefined || firstField === undefined) return String(value.length);
      return value
        .map((item) =>
          isPlainObject(item) ? formatAnswer(item[firstName], firstField, language) : String(item),
        )
        .join(', ');
    }
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}
