import type { Component, Field, FieldType } from '@fingerpost/schema';

/** What a validation failure is about; also the key a journey uses to replace the message. */
export type FormErrorCode =
  | 'required'
  | 'format'
  | 'min'
  | 'max'
  | 'integer'
  | 'minLength'
  | 'maxLength'
  | 'maxWords'
  | 'pattern'
  | 'minItems'
  | 'maxItems'
  | 'past'
  | 'future'
  | 'notBefore'
  | 'notAfter'
  | 'maxSizeKb'
  | 'accept';

export type DatePart = 'day' | 'month' | 'year';

/** One problem with one answer, worded for the resident in their language. */
export interface FieldError {
  field: string;
  code: FormErrorCode;
  message: string;
  /** For dates: the input to highlight. */
  part?: DatePart;
}

export interface FormContext {
  /** Answers given so far (earlier pages); conditions read them merged with this page's values. */
  answers: Readonly<Record<string, unknown>>;
  /** Today's date in Europe/London, YYYY-MM-DD. */
  today: string;
  language: string;
}

/**
 * The outcome of parsing one page submission.
 *
 * On success `values` holds the answers of the visible, answered fields; a page field that is absent
 * from `values` was left blank or is hidden, so any earlier answer to it should be dropped. `hidden`
 * names the fields hidden by their `showIf` condition.
 *
 * On failure `values` holds what could be coerced and `raw` what the resident typed, keyed by field
 * (dates and addresses as objects of their parts), for re-displaying the form.
 */
export type FormResult =
  | { ok: true; values: Record<string, unknown>; hidden: string[] }
  | { ok: false; errors: FieldError[]; values: Record<string, unknown>; raw: Record<string, unknown> };

/** A page's questions compiled once: parse submissions and decide which questions show. */
export interface PageForm {
  readonly stepId: string;
  /** The page's fields in component order (sub-fields of the group for an add-another page). */
  readonly fields: readonly string[];
  parse(input: Readonly<Record<string, unknown>>, context: FormContext): FormResult;
  /** Fields whose `showIf` holds over `values` (answers merged with what is on the page). */
  visibleFields(values: Readonly<Record<string, unknown>>, today: string): string[];
}

/** A field type that a page can ask (groups are asked item by item on add-another pages). */
export type QuestionFieldType = Exclude<FieldType, 'group'>;

/** A component joined with the definition of the field it asks. */
export interface BoundComponent {
  readonly name: string;
  readonly type: QuestionFieldType;
  readonly field: Field;
  readonly component: Component;
}
