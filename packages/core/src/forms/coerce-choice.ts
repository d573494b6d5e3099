import type { ChoiceField } from '@fingerpost/schema';
import { type Coerced, scalarText } from './coerced';

const yesWords: ReadonlySet<string> = new Set(['yes', 'true']);
const noWords: ReadonlySet<string> = new Set(['no', 'false']);

/** Yes or no from a boolean or from the radios' "yes"/"no" values. */
export function coerceYesNo(input: unknown): Coerced {
  if (typeof input === 'boolean') return { status: 'value', value: input, raw: input };
  const text = typeof input === 'string' ? input.trim().toLowerCase() : scalarText(input);
  if (text === '') return { status: 'empty', raw: input };
  if (text !== null && yesWords.has(text)) return { status: 'value', value: true, raw: input };
  if (text !== null && noWords.has(text)) return { status: 'value', value: false, raw: input };
  return { status: 'error', issue: { code: 'format', key: 'requiredSelect' }, raw: input };
}

/** One option's value, which must be one of the field's options. */
export function coerceSingleChoice(input: unknown, optionValues: ReadonlySet<string>): Coerced {
  const text = typeof input === 'string' ? input.trim() : input === undefined || input === null ? '' : null;
  if (text === '') return { status: 'empty', raw: input };
  if (text !== null && optionValues.has(text)) return { status: 'value', value: text, raw: input };
  return { status: 'error', issue: { code: 'format', key: 'choice' }, raw: input };
}

/**
 * Checkbox values: HTML posts one string or several; duplicates and blanks are dropped. An exclusive
 * option ("None of these") cannot be combined with others.
 */
export function coerceMultipleChoice(
  input: unknown,
  field: ChoiceField,
  optionValues: ReadonlySet<string>,
): Coerced {
  if (input === undefined || input === null) return { status: 'empty', raw: input };
  const list: readonly unknown[] = Array.isArray(input) ? input : [input];
  const chosen: string[] = [];
  for (const item of list) {
    if (typeof item !== 'string')
      return { status: 'error', issue: { code: 'format', key: 'choice' }, raw: input };
    const value = item.trim();
    if (value === '' || chosen.includes(value)) continue;
    if (!optionValues.has(value))
      return { status: 'error', issue: { code: 'format', key: 'choice' }, raw: input };
    chosen.push(value);
  }
  if (chosen.length === 0) return { status: 'empty', raw: input };
  if (chosen.length > 1) {
    const exclusive = field.options.find(
      (option) => option.exclusive === true && chosen.includes(option.value),
    );
    if (exclusive) {
      return {
        status: 'error',
        issue: { code: 'format', key: 'exclusive', option: exclusive.label },
        raw: input,
      };
    }
  }
  return { status: 'value', value: chosen, raw: input };
}
