import { useId } from 'react';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | null;
  multiline?: boolean;
  /** A GOV.UK width class, e.g. 'govuk-input--width-10'. */
  width?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  lang?: string;
  onBlur?: () => void;
  name?: string;
  spellCheck?: boolean;
}

/** A labelled GOV.UK text input (or textarea), with its hint and error message wired for screen readers. */
export function TextField(props: TextFieldProps) {
  const { label, value, onChange, hint, error, multiline, width, inputMode, lang, onBlur, name, spellCheck } =
    props;
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    value,
    lang,
    onBlur,
    spellCheck,
    'aria-describedby': describedBy,
  };
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div className="govuk-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="govuk-error-message" id={errorId}>
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      {multiline ? (
        <textarea
          {...common}
          className={error ? 'govuk-textarea govuk-textarea--error' : 'govuk-textarea'}
          rows={3}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          {...common}
          className={['govuk-input', width ?? '', error ? 'govuk-input--error' : '']
            .filter(Boolean)
            .join(' ')}
          type="text"
          inputMode={inputMode}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}
