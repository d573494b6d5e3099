import { ErrorMessage } from './ErrorMessage';
import { FieldLabel } from './FieldLabel';
import { FormGroup } from './FormGroup';
import { describedBy } from './field-ids';
import { type FieldProps, labelText } from './field-props';
import { chosenOptions } from './field-values';
import { Hint } from './Hint';

/** A GOV.UK select, for a single choice with the select widget. It starts on an empty choice. */
export function Select({ component, isPageHeading, caption, text, initial }: FieldProps) {
  const id = component.field;
  const [chosen = ''] = chosenOptions(component, initial);
  const hintId = component.hint ? `${id}-hint` : null;
  const errorId = component.error ? `${id}-error` : null;
  return (
    <FormGroup hasError={component.error !== null}>
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
      <select
        className={component.error ? 'govuk-select govuk-select--error' : 'govuk-select'}
        id={id}
        name={component.field}
        defaultValue={chosen}
        aria-describedby={describedBy(hintId, errorId)}
      >
        <option value="" />
        {component.options.map((option) => (
          <option value={option.value} key={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
