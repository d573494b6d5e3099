import { useState } from 'react';
import { countWords } from './count-words';
import { ErrorMessage } from './ErrorMessage';
import { FieldLabel } from './FieldLabel';
import { FormGroup } from './FormGroup';
import { describedBy } from './field-ids';
import { type FieldProps, labelText } from './field-props';
import { inputText } from './field-values';
import { Hint } from './Hint';

/**
 * A GOV.UK textarea; with the characterCount widget (and a maxLength or maxWords rule) it becomes a
 * character count that tells the resident, as they type, how many characters or words are left.
 */
export function Textarea({ component, isPageHeading, caption, text, initial }: FieldProps) {
  const id = component.field;
  const start = inputText(component, initial);
  const [typed, setTyped] = useState(start);
  const maxWords = component.validation?.maxWords;
  const maxLength = component.validation?.maxLength;
  const counting =
    component.widget === 'characterCount' && (maxWords !== undefined || maxLength !== undefined);
  const hintId = component.hint ? `${id}-hint` : null;
  const errorId = component.error ? `${id}-error` : null;
  const infoId = counting ? `${id}-info` : null;
  const left = maxWords !== undefined ? maxWords - countWords(typed) : (maxLength ?? 0) - typed.length;
  const over = counting && left < 0;
  return (
    <FormGroup hasError={component.error !== null} className={counting ? 'govuk-character-count' : undefined}>
      <FieldLabel
        htmlFor={id}
        text={labelText(component, text)}
        isPageHeading={isPageHeading}
        caption={caption}
      />
      {component.hint && hintId ? <Hint id={hintId} text={component.hint} /> : null}
      {component.error && errorId ? (
        <ErrorMessage id={errorId} message={component.error.message} prefix={text.error} />
      ) : null}
      <textarea
        className={[
          'govuk-textarea',
          counting ? 'govuk-js-character-count' : '',
          component.error || over ? 'govuk-textarea--error' : '',
        ]
          .filter(Boolean)
          .join(' ')}
        id={id}
        name={component.field}
        rows={5}
        defaultValue={start}
        onChange={counting ? (event) => setTyped(event.target.value) : undefined}
        aria-describedby={describedBy(hintId, errorId, infoId)}
      />
      {counting && infoId ? (
        <div
          id={infoId}
          className={`govuk-hint govuk-character-count__message${over ? ' govuk-error-message' : ''}`}
          aria-live="polite"
        >
          {typed === ''
            ? maxWords !== undefined
              ? text.wordsAllowed(maxWords)
              : text.charactersAllowed(maxLength ?? 0)
            : maxWords !== undefined
              ? text.wordsLeft(left)
              : text.charactersLeft(left)}
        </div>
      ) : null}
    </FormGroup>
  );
}
