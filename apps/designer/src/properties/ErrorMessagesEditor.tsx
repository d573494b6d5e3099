import type { ErrorMessages, Text, Validation } from '@fingerpost/schema';
import { withoutUndefined } from '../steps/use-step-edit';
import { LocalisedTextField } from '../ui/LocalisedTextField';

const NAMES: Record<keyof ErrorMessages, string> = {
  required: 'When it is not answered',
  format: 'When it is not written the right way',
  min: 'When it is too small',
  max: 'When it is too large',
  integer: 'When it is not a whole number',
  minLength: 'When it is too short',
  maxLength: 'When it is too long',
  maxWords: 'When it has too many words',
  pattern: 'When it does not match the pattern',
  minItems: 'When too few are chosen',
  maxItems: 'When too many are chosen',
  past: 'When the date is not in the past',
  future: 'When the date is not in the future',
  notBefore: 'When the date is too early',
  notAfter: 'When the date is too late',
  maxSizeKb: 'When the file is too big',
  accept: 'When the file is the wrong type',
};

const FORMATTED = new Set(['number', 'money', 'date', 'email', 'phone', 'postcode', 'file', 'address']);

/** The errors this question can give: those that apply to its type and checks. */
export function applicableErrors(
  type: string,
  optional: boolean,
  validation: Validation,
): Array<keyof ErrorMessages> {
  const codes: Array<keyof ErrorMessages> = [];
  if (!optional) codes.push('required');
  if (FORMATTED.has(type)) codes.push('format');
  for (const key of Object.keys(validation) as Array<keyof Validation>) {
    if (key in NAMES && validation[key] !== undefined && validation[key] !== false)
      codes.push(key as keyof ErrorMessages);
  }
  return codes;
}

/** Replacements for the built-in error messages, in each of the journey's languages. */
export function ErrorMessagesEditor({
  codes,
  errors,
  languages,
  onChange,
}: {
  codes: Array<keyof ErrorMessages>;
  errors: ErrorMessages;
  languages: readonly string[];
  onChange: (errors: ErrorMessages | undefined) => void;
}) {
  const set = (code: keyof ErrorMessages, text: Text | undefined) => {
    const next = withoutUndefined({ ...errors, [code]: text });
    onChange(Object.keys(next).length > 0 ? next : undefined);
  };
  return (
    <fieldset className="govuk-fieldset designer-group">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Error messages</legend>
      <div className="govuk-hint">
        Leave blank to use Fingerpost's messages, which follow the GOV.UK Design System.
      </div>
      {codes.map((code) => (
        <LocalisedTextField
          key={code}
          label={NAMES[code]}
          text={errors[code]}
          languages={languages}
          onChange={(text) => set(code, text)}
        />
      ))}
    </fieldset>
  );
}
