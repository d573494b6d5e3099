import { type Component, patternProblem, type Validation } from '@fingerpost/schema';
import type { JourneyDraft } from './journey-draft';
import { booleanAt, numberAt, stringAt } from './read';
import type { SourceComponent } from './source-component';

const MAX_PATTERN = 200;
const MEDIA_TYPE = /^[a-z]+\/[a-z0-9.+-]+$/;

/**
 * Validation rules from an XGovFormBuilder/DEFRA component's `schema` and `options`, for the
 * Fingerpost field type it became. Rules with no Fingerpost equivalent, and limits that are not
 * usable (not whole numbers, or that no answer could pass), are reported rather than guessed.
 */
export function validationFor(
  source: SourceComponent,
  type: string,
  draft: JourneyDraft,
): Pick<Component, 'validation'> {
  const v: Validation = {};
  const { schema, options, path } = source;
  const count = (value: number | undefined, at: string, least: number): number | undefined => {
    if (value === undefined) return undefined;
    if (Number.isInteger(value) && value >= least) return value;
    draft.report.dropped(at, `limit ${value}`, `a limit here must be a whole number of at least ${least}`);
    return undefined;
  };
  const min = numberAt(schema, 'min');
  const max = numberAt(schema, 'max');
  switch (type) {
    case 'text':
    case 'longText': {
      const length = count(numberAt(schema, 'length'), `${path}/schema/length`, 1);
      if (length !== undefined) {
        v.minLength = length;
        v.maxLength = length;
      }
      const least = count(min, `${path}/schema/min`, 0);
      const most = count(max, `${path}/schema/max`, 1);
      if (least !== undefined) v.minLength = least;
      if (most !== undefined) v.maxLength = most;
      const maxWords = count(numberAt(options, 'maxWords'), `${path}/options/maxWords`, 1);
      if (maxWords !== undefined) v.maxWords = maxWords;
      const regex = stringAt(schema, 'regex');
      if (regex) patternInto(v, regex, source, draft);
      break;
    }
    case 'number':
      if (min !== undefined) v.min = min;
      if (max !== undefined) v.max = max;
      if (numberAt(schema, 'precision') === 0 || booleanAt(schema, 'integer') === true) v.integer = true;
      else if ((numberAt(schema, 'precision') ?? 0) > 0)
        draft.report.approximated(
          `${path}/schema/precision`,
          'decimal places',
          'Fingerpost numbers accept any decimals; the limit on decimal places was not carried over',
        );
      break;
    case 'money':
      if (min !== undefined) v.min = Math.round(min * 100);
      if (max !== undefined) v.max = Math.round(max * 100);
      break;
    case 'multipleChoice': {
      const least = count(min, `${path}/schema/min`, 0);
      const most = count(max, `${path}/schema/max`, 1);
      if (least !== undefined) v.minItems = least;
      if (most !== undefined) v.maxItems = most;
      break;
    }
    case 'file':
      fileRules(v, source, draft);
      break;
    case 'date':
      for (const key of ['maxDaysInPast', 'maxDaysInFuture']) {
        if (numberAt(options, key) !== undefined)
          draft.report.dropped(
            `${path}/options/${key}`,
            `${key} ${numberAt(options, key)}`,
            'Fingerpost date rules are "in the past", "in the future" or fixed dates; a limit counted in days from today has no equivalent',
          );
      }
      break;
    default:
      break;
  }
  dropImpossibleRanges(v, path, draft);
  return Object.keys(v).length > 0 ? { validation: v } : {};
}

function fileRules(v: Validation, source: SourceComponent, draft: JourneyDraft): void {
  const { options, schema, path } = source;
  const accept = (stringAt(options, 'accept') ?? '')
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t !== '');
  const usable = accept.filter((t) => MEDIA_TYPE.test(t));
  if (usable.length > 0) v.accept = usable;
  if (usable.length < accept.length)
    draft.report.dropped(
      `${path}/options/accept`,
      `file types ${accept.filter((t) => !MEDIA_TYPE.test(t)).join(', ')}`,
      'Fingerpost limits files by media type, such as application/pdf',
    );
  if (numberAt(schema, 'min') !== undefined || numberAt(schema, 'max') !== undefined)
    draft.report.approximated(
      `${path}/schema`,
      'number of files',
      'Fingerpost asks for one file per question',
    );
}

/** Limits that no answer could pass (a minimum above the maximum) are dropped, both of them. */
function dropImpossibleRanges(v: Validation, path: string, draft: JourneyDraft): void {
  const pairs: Array<[keyof Validation, keyof Validation]> = [
    ['min', 'max'],
    ['minLength', 'maxLength'],
    ['minItems', 'maxItems'],
  ];
  for (const [low, high] of pairs) {
    const a = v[low] as number | undefined;
    const b = v[high] as number | undefined;
    if (a === undefined || b === undefined || a <= b) continue;
    delete v[low];
    delete v[high];
    draft.report.dropped(
      `${path}/schema`,
      `limits ${a} to ${b}`,
      'the minimum is above the maximum, so no answer could pass',
    );
  }
}

function patternInto(v: Validation, regex: string, source: SourceComponent, draft: JourneyDraft): void {
  const at = `${source.path}/schema/regex`;
  const problem =
    regex.length > MAX_PATTERN
      ? { detail: `it is longer than ${MAX_PATTERN} characters` }
      : patternProblem(regex);
  if (problem) {
    draft.report.dropped(
      at,
      `pattern ${regex.slice(0, 60)}`,
      `the pattern cannot be used: ${problem.detail}`,
    );
    return;
  }
  v.pattern = regex;
  if (!regex.startsWith('^') || !regex.endsWith('$'))
    draft.report.approximated(
      at,
      `pattern ${regex}`,
      'Fingerpost patterns must match the whole answer; the source matched anywhere in it',
    );
}
