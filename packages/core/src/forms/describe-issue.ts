import type { Issue } from './coerced';
import { formatLongDate } from './dates';
import type { MessageParams } from './message-table';
import { errorMessage, messageTable } from './messages';
import { formatFileSize, formatNumber, formatPence, mediaTypeName } from './number-format';
import { subjectFor } from './subject';
import { textFor } from './text';
import type { BoundComponent, FieldError } from './types';

/** The limits a message mentions, read from the component's rules and written for the language. */
function limits(bound: BoundComponent, issue: Issue, language: string): Omit<MessageParams, 'subject'> {
  const validation = bound.component.validation ?? {};
  switch (issue.code) {
    case 'min':
    case 'max': {
      const write = bound.type === 'money' ? formatPence : formatNumber;
      return {
        min: validation.min === undefined ? undefined : write(validation.min),
        max: validation.max === undefined ? undefined : write(validation.max),
      };
    }
    case 'notBefore':
      return { min: formatLongDate(validation.notBefore ?? '', language) };
    case 'notAfter':
      return { max: formatLongDate(validation.notAfter ?? '', language) };
    case 'minLength':
      return { count: validation.minLength };
    case 'maxLength':
      return { count: validation.maxLength };
    case 'maxWords':
      return { count: validation.maxWords };
    case 'minItems':
      return { count: validation.minItems };
    case 'maxItems':
      return { count: validation.maxItems };
    case 'maxSizeKb':
      return { size: formatFileSize(validation.maxSizeKb ?? 0) };
    case 'accept':
      return { types: messageTable(language).words.or((validation.accept ?? []).map(mediaTypeName)) };
    default:
      return {};
  }
}

/** Words an issue for the resident, preferring the journey's own message for its code. */
export function describeIssue(bound: BoundComponent, issue: Issue, language: string): FieldError {
  const params: MessageParams = {
    subject: subjectFor(bound.component, language),
    ...limits(bound, issue, language),
    ...issue.params,
  };
  if (issue.option !== undefined) params.option = textFor(issue.option, language);
  const error: FieldError = {
    field: bound.name,
    code: issue.code,
    message: errorMessage(bound.component, issue.code, issue.key, params, language),
  };
  if (issue.part !== undefined) error.part = issue.part;
  return error;
}
