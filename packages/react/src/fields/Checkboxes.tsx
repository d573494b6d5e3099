import type { ChangeEvent } from 'react';
import { itemId } from './choice-items';
import { ErrorMessage } from './ErrorMessage';
import { Fieldset } from './Fieldset';
import { FormGroup } from './FormGroup';
import { describedBy } from './field-ids';
import { type FieldProps, labelText } from './field-props';
import { chosenOptions } from './field-values';
import { Hint } from './Hint';

/**
 * An exclusive option ("None of these") clears the others when ticked, and ticking another clears
 * it, as GOV.UK Frontend's checkboxes script does.
 */
function keepExclusive(event: ChangeEvent<HTMLInputElement>) {
  const box = event.target;
  if (!box.checked || !box.form) return;
  const exclusive = box.dataset.behaviour === 'exclusive';
  for (const other of Array.from(box.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))) {
    if (other === box || other.name !== box.name) continue;
    if (exclusive || other.dataset.behaviour === 'exclusive') other.checked = false;
  }
}

/** GOV.UK checkboxes for a multiple choice, with a divider before an exclusive option. */
export function Checkboxes({ component, isPageHeading, caption, text, initial }: FieldProps) {
  const id = component.field;
  const chosen = chosenOptions(component, initial);
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
        <div className="govuk-checkboxes">
          {component.options.map((option, index) => {
            const inputId = itemId(component, index);
            const optionHintId = option.hint ? `${inputId}-item-hint` : undefined;
            return [
              option.exclusive && index > 0 ? (
                <div className="govuk-checkboxes__divider" key={`${option.value}-divider`}>
                  {text.or}
                </div>
              ) : null,
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={inputId}
                  name={component.field}
                  type="checkbox"
                  value={option.value}
                  defaultChecked={chosen.has(option.value)}
                  data-behaviour={option.exclusive ? 'exclusive' : undefined}
                  onChange={keepExclusive}
                  aria-describedby={optionHintId}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={inputId}>
                  {option.label}
                </label>
                {option.hint && optionHintId ? (
                  <Hint id={optionHintId} text={option.hint} className="govuk-checkboxes__hint" />
                ) : null}
              </div>,
            ];
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
