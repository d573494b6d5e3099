import { ErrorMessage } from './ErrorMessage';
import { Fieldset } from './Fieldset';
import { FormGroup } from './FormGroup';
import { describedBy } from './field-ids';
import { type FieldProps, labelText } from './field-props';
import { type AddressPart, addressParts } from './field-values';
import { Hint } from './Hint';

const LINES: ReadonlyArray<{ part: AddressPart; autoComplete: string; width: string; required: boolean }> = [
  { part: 'line1', autoComplete: 'address-line1', width: '', required: true },
  { part: 'line2', autoComplete: 'address-line2', width: '', required: false },
  { part: 'town', autoComplete: 'address-level2', width: 'govuk-!-width-two-thirds', required: true },
  { part: 'county', autoComplete: 'address-level1', width: 'govuk-!-width-two-thirds', required: false },
  { part: 'postcode', autoComplete: 'postal-code', width: 'govuk-input--width-10', required: true },
];

const LABELS = {
  line1: 'addressLine1',
  line2: 'addressLine2',
  town: 'town',
  county: 'county',
  postcode: 'postcode',
} as const;

/**
 * GOV.UK's address pattern: one box per line with autocomplete. The engine says what is wrong but
 * not with which line, so a required line left empty (or the postcode, when it is badly written)
 * is the one highlighted.
 */
export function AddressInput({ component, isPageHeading, caption, text, initial }: FieldProps) {
  const id = component.field;
  const values = addressParts(component, initial);
  const hintId = component.hint ? `${id}-hint` : null;
  const errorId = component.error ? `${id}-error` : null;
  const inError = (part: AddressPart, required: boolean) => {
    if (!component.error) return false;
    if (component.error.code === 'format') return part === 'postcode';
    return required && values[part].trim() === '';
  };
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
        {LINES.map(({ part, autoComplete, width, required }) => (
          <div className="govuk-form-group" key={part}>
            <label className="govuk-label" htmlFor={`${id}-${part}`}>
              {text[LABELS[part]]}
            </label>
            <input
              className={['govuk-input', width, inError(part, required) ? 'govuk-input--error' : '']
                .filter(Boolean)
                .join(' ')}
              id={`${id}-${part}`}
              name={`${component.field}-${part}`}
              type="text"
              autoComplete={autoComplete}
              defaultValue={values[part]}
            />
          </div>
        ))}
      </Fieldset>
    </FormGroup>
  );
}
