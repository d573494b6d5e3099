import { itemId, yesNoOptions } from './choice-items';
import { ErrorMessage } from './ErrorMessage';
import { Fieldset } from './Fieldset';
import { FormGroup } from './FormGroup';
import { describedBy } from './field-ids';
import { type FieldProps, labelText } from './field-props';
import { chosenOptions, yesNoChoice } from './field-values';
import { Hint } from './Hint';

/** GOV.UK radios for a single choice, or inline Yes and No for a yes/no question. */
export function Radios({ component, isPageHeading, caption, text, initial }: FieldProps) {
  const id = component.field;
  const yesNo = component.type === 'yesNo';
  const options = yesNo ? yesNoOptions(text) : component.options;
  const chosen = yesNo ? new Set([yesNoChoice(component, initial)]) : chosenOptions(component, initial);
  const hintId = component.hint ? `${id}-hint` : null;
  const errorId = component.error ? `${id}-error` : null;
  return (
    <FormGroup hasError={component.error !== null}>
      <Fieldset
        legend={labelText(component, text)}
        isPageHeading={isPageHeading}
        caption={caption}
        describedBy={describedBy(hintId, errorId)}
      >
        {component.hint && hintId ? <Hint id={hintId} text={component.hint} /> : null}
        {component.error && errorId ? (
          <ErrorMessage id={errorId} message={component.error.message} prefix={text.error} />
        ) : null}
        <div className={yesNo ? 'govuk-radios govuk-radios--inline' : 'govuk-radios'}>
          {options.map((option, index) => {
            const inputId = itemId(component, index);
            const optionHintId = option.hint ? `${inputId}-item-hint` : undefined;
            return (
              <div className="govuk-radios__item" key={option.value}>
                <input
                  className="govuk-radios__input"
                  id={inputId}
                  name={component.field}
                  type="radio"
                  value={option.value}
                  defaultChecked={chosen.has(option.value)}
                  aria-describedby={optionHintId}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={inputId}>
                  {option.label}
                </label>
                {option.hint && optionHintId ? (
                  <Hint id={optionHintId} text={option.hint} className="govuk-radios__hint" />
                ) : null}
              </div>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
