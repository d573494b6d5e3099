import type { ChoiceField, Component, Field, Validation } from '@fingerpost/schema';
import { addDays } from '../calendar/working-days';
import { samplePattern } from './pattern-sample';

/** Shifts a 'YYYY-MM-DD' date by whole months, keeping the day where the month has it (else its last day). */
export function addMonthsToDate(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = Math.min(day, last);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export { addDays };

/** Whether a date meets a component's date validation, as the engine checks it. */
export function dateAllowed(date: string, validation: Validation, today: string): boolean {
  if (validation.past && !(date < today)) return false;
  if (validation.future && !(date > today)) return false;
  if (validation.notBefore !== undefined && date < validation.notBefore) return false;
  if (validation.notAfter !== undefined && date > validation.notAfter) return false;
  return true;
}

/** Whether a number (or pence) meets a component's range and integer rules. */
export function numberAllowed(value: number, validation: Validation, money: boolean): boolean {
  if ((money || validation.integer) && !Number.isInteger(value)) return false;
  if (validation.min !== undefined && value < validation.min) return false;
  if (validation.max !== undefined && value > validation.max) return false;
  return true;
}

function sampleDate(validation: Validation, today: string): string {
  const tries = [
    addMonthsToDate(today, -12 * 40),
    addDays(today, 30),
    addDays(today, -30),
    validation.notBefore,
    validation.notAfter,
    today,
  ].filter((d): d is string => d !== undefined);
  return tries.find((d) => dateAllowed(d, validation, today)) ?? tries[0] ?? today;
}

function sampleNumber(validation: Validation, money: boolean): number {
  const preferred = money ? 10_000 : 1;
  if (numberAllowed(preferred, validation, money)) return preferred;
  const min = validation.min;
  const max = validation.max;
  if (min !== undefined) return money || validation.integer ? Math.ceil(min) : min;
  if (max !== undefined) return money || validation.integer ? Math.floor(max) : max;
  return preferred;
}

function sampleText(validation: Validation): string {
  if (validation.pattern !== undefined) return samplePattern(validation.pattern) ?? 'Sample text';
  let text = validation.maxWords !== undefined && validation.maxWords < 2 ? 'Sample' : 'Sample text';
  if (validation.minLength !== undefined && text.length < validation.minLength)
    text = text.padEnd(validation.minLength, 'x');
  if (validation.maxLength !== undefined && text.length > validation.maxLength)
    text = text.slice(0, Math.max(1, validation.maxLength));
  return text;
}

function sampleChoices(field: ChoiceField, validation: Validation): string[] {
  const ordinary = field.options.filter((o) => !o.exclusive).map((o) => o.value);
  const wanted = Math.max(1, validation.minItems ?? 1);
  const chosen = ordinary.slice(0, wanted);
  return chosen.length > 0 ? chosen : [field.options[0].value];
}

/**
 * A valid answer for a question that the route does not depend on, as a typed value the engine
 * accepts (pence for money, 'YYYY-MM-DD' for dates).
 * @example sampleAnswer({ type: 'email' }, { field: 'email', label: 'Email' }, '2026-01-05') // 'resident@example.com'
 */
export function sampleAnswer(field: Field, component: Component, today: string): unknown {
  const validation = component.validation ?? {};
  switch (field.type) {
    case 'text':
    case 'longText':
      return sampleText(validation);
    case 'email':
      return 'resident@example.com';
    case 'phone':
      return '07700900982';
    case 'postcode':
      return 'SW1A 1AA';
    case 'number':
      return sampleNumber(validation, false);
    case 'money':
      return sampleNumber(validation, true);
    case 'date':
      return sampleDate(validation, today);
    case 'yesNo':
      return true;
    case 'singleChoice':
      return field.options[0].value;
    case 'multipleChoice':
      return sampleChoices(field, validation);
    case 'address':
      return { line1: '1 High Street', town: 'Anytown', postcode: 'SW1A 1AA' };
    case 'file': {
      const size = Math.min(20_480, (validation.maxSizeKb ?? 20) * 1024);
      return {
        id: 'explorer-file-1',
        name: 'evidence.pdf',
        size,
        type: validation.accept?.[0] ?? 'application/pdf',
      };
    }
    case 'group':
      return [];
  }
}
