import type { ErrorObject } from 'ajv';
import type { Issue } from './coerced';
import type { MessageKey } from './message-table';
import type { BoundComponent, FormErrorCode } from './types';

const sameKeyCodes: ReadonlySet<string> = new Set<FormErrorCode>([
  'minLength',
  'maxLength',
  'maxWords',
  'pattern',
  'minItems',
  'maxItems',
]);

/** The field an ajv error is about: the first segment of its instance path ("/income" → "income"). */
export function fieldOfError(error: ErrorObject): string {
  const end = error.instancePath.indexOf('/', 1);
  return error.instancePath.slice(1, end === -1 ? undefined : end);
}

function rangeKey(bound: BoundComponent, own: 'min' | 'max'): MessageKey {
  const validation = bound.component.validation;
  return validation?.min !== undefined && validation.max !== undefined ? 'between' : own;
}

/** What a type's answer looks like when it is not in the right shape. */
function formatKey(bound: BoundComponent): MessageKey {
  switch (bound.type) {
    case 'email':
      return 'email';
    case 'number':
      return 'numberFormat';
    case 'money':
      return 'moneyFormat';
    case 'date':
      return 'dateReal';
    case 'yesNo':
      return 'requiredSelect';
    case 'singleChoice':
    case 'multipleChoice':
      return 'choice';
    case 'file':
      return 'fileFormat';
    case 'address':
      return 'addressLine1';
    default:
      return 'pattern';
  }
}

/** Turns one ajv error about a coerced answer into an issue with its error code and message. */
export function issueFromAjv(error: ErrorObject, bound: BoundComponent): Issue {
  const keyword = error.keyword;
  const nested = error.instancePath.length > bound.name.length + 1;
  if (bound.type === 'file' && nested) {
    if (keyword === 'maximum') return { code: 'maxSizeKb', key: 'maxSizeKb' };
    if (keyword === 'enum') return { code: 'accept', key: 'accept' };
  }
  if (sameKeyCodes.has(keyword)) return { code: keyword as FormErrorCode, key: keyword as MessageKey };
  switch (keyword) {
    case 'minimum':
      return { code: 'min', key: rangeKey(bound, 'min') };
    case 'maximum':
      return { code: 'max', key: rangeKey(bound, 'max') };
    case 'formatMinimum':
      return { code: 'notBefore', key: 'notBefore' };
    case 'formatMaximum':
      return { code: 'notAfter', key: 'notAfter' };
    case 'type':
      if (bound.type === 'number' && error.params.type === 'integer')
        return { code: 'integer', key: 'integer' };
      return { code: 'format', key: formatKey(bound) };
    default:
      return { code: 'format', key: formatKey(bound) };
  }
}
