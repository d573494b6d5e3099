import { textFor } from '@fingerpost/core';
import { ErrorMessage } from './ErrorMessage';
import { FieldLabel } from './FieldLabel';
import { FormGroup } from './FormGroup';
import { describedBy } from './field-ids';
import { type FieldProps, labelText } from './field-props';
import { inputText } from './field-values';
import { Hint } from './Hint';
import { inputSettings } from './input-settings';

/** A GOV.UK text input: text, email, phone, postcode, number and money (with a £ prefix). */
export function TextInput({
  component,
  definition,
  isPageHeading,
  caption,
  text,
  language,
  initial,
}: FieldProps) {
  const id = component.field;
  const settings = inputSettings(component.type, definition);
  const hintId = component.hint ? `${id}-hint` : null;
  const errorId = component.error ? `${id}-error` : null;
  const suffix = definition?.suffix ? textFor(definition.suffix, language) : null;
  const className = ['govuk-input', settings.widthClass, component.error ? 'govuk-input--error' : '']
    .filter(Boolean)
    .join(' ');
  const input = (
    <input
      className={className}
      id={id}
      name={component.field}
      type={settings.type}
      defaultValue={inputText(component, initial)}
      inputMode={settings.inputMode}
      autoComplete={component.autocomplete ?? settings.autoComplete}
      spellCheck={settings.spellCheck}
      aria-describedby={describedBy(hintId, errorId)}
    />
  );
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
      {settings.prefix || suffix ? (
        <div className="govuk-input__wrapper">
          {settings.prefix ? (
            <div className="govuk-input__prefix" aria-hidden="true">
              {settings.prefix}
            </div>
          ) : null}
          {input}
          {suffix ? (
            <div className="govuk-input__suffix" aria-hidden="true">
              {suffix}
            </div>
          ) : null}
        </div>
      ) : (
        input
      )}
    </FormGroup>
  );
}
