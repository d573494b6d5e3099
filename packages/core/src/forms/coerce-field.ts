import type { ChoiceField } from '@fingerpost/schema';
import { coerceAddress } from './coerce-address';
import { coerceMultipleChoice, coerceSingleChoice, coerceYesNo } from './coerce-choice';
import { coerceDate } from './coerce-date';
import { coerceFile } from './coerce-file';
import { coerceMoney, coerceNumber } from './coerce-number';
import { coercePhone, coercePostcode, coerceText } from './coerce-text';
import type { Coerced } from './coerced';
import type { BoundComponent } from './types';

/** Turns what was posted for one field (HTML form or JSON) into a value of the field's type. */
export function coerceField(
  bound: BoundComponent,
  optionValues: ReadonlySet<string>,
  input: Readonly<Record<string, unknown>>,
): Coerced {
  const value = input[bound.name];
  switch (bound.type) {
    case 'text':
    case 'email':
      return coerceText(value, false);
    case 'longText':
      return coerceText(value, true);
    case 'postcode':
      return coercePostcode(value);
    case 'phone':
      return coercePhone(value);
    case 'number':
      return coerceNumber(value);
    case 'money':
      return coerceMoney(value);
    case 'date':
      return coerceDate(input, bound.name);
    case 'yesNo':
      return coerceYesNo(value);
    case 'singleChoice':
      return coerceSingleChoice(value, optionValues);
    case 'multipleChoice':
      return coerceMultipleChoice(value, bound.field as ChoiceField, optionValues);
    case 'address':
      return coerceAddress(input, bound.name);
    case 'file':
      return coerceFile(value);
  }
}
