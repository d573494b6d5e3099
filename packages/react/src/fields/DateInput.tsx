import { ErrorMessage } from './ErrorMessage';
import { Fieldset } from './Fieldset';
import { FormGroup } from './FormGroup';
import { describedBy } from './field-ids';
import { type FieldProps, labelText } from './field-props';
import { dateParts } from './field-values';
import { Hint } from './Hint';

const PARTS = ['day', 'month', 'year'] as const;

/**
 * GOV.UK date input: day, month and year boxes in a fieldset. Only the part in error is highlighted
 * when the engine says which; otherwise all three are.
 */
export function DateInput({ component, isPageHeading, caption, text, initial }: FieldProps) {
  const id = component.field;
  const values = dateParts(component, initial);
  const hintId = component.hint ? `${id}-hint` : null;
  const errorId = component.error ? `${id}-error` : null;
  const errorPart = component.error?.part;
  const autoComplete = component.autocomplete === 'bday' ? 'bday' : null;
  return (
    <FormGroup hasError={component.error !== null}>
      <Fieldset
        legend={labelText(component, text)}
        isPageHeading={isPageHeading}
        caption={caption}
        describedBy={describedBy(hintId, errorId)}
        role="group"
      >
        {component.hint && hintId ? <Hint id={hintId} text={component.hint} /> : null}
        {component.error && errorId ? (
          <ErrorMessage id={errorId} message={component.error.message} prefix={text.error} />
        ) : null}
        <div className="govuk-date-input" id={id}>
          {PARTS.map((part) => {
            const inError = component.error !== null && (errorPart === undefined || errorPart === part);
            const width = part === 'year' ? 'govuk-input--width-4' : 'govuk-input--width-2';
            return (
              <div className="govuk-date-input__item" key={part}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part}`}>
                    {text[part]}
                  </label>
                  <input
                    className={`govuk-input govuk-date-input__input ${width}${inError ? ' govuk-input--error' : ''}`}
                    id={`${id}-${part}`}
                    name={`${component.field}-${part}`}
                    type="text"
                    inputMode="numeric"
                    defaultValue={values[part]}
                    autoComplete={autoComplete ? `${autoComplete}-${part}` : undefined}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
