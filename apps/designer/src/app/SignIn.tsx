import { useId, useState } from 'react';

/** Asks for the designer token that `fingerpost serve` prints when it starts. */
export function SignIn({ onToken }: { onToken: (token: string) => void }) {
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sign in to the designer</h1>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const token = String(new FormData(event.currentTarget).get('token') ?? '').trim();
            if (!token) setError('Enter your designer token');
            else onToken(token);
          }}
        >
          <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
            <label className="govuk-label" htmlFor={id}>
              Designer token
            </label>
            <div className="govuk-hint" id={`${id}-hint`}>
              `fingerpost serve` prints a designer token when it starts
            </div>
            {error ? (
              <p className="govuk-error-message" id={`${id}-error`}>
                <span className="govuk-visually-hidden">Error:</span> {error}
              </p>
            ) : null}
            <input
              className={error ? 'govuk-input govuk-input--error' : 'govuk-input'}
              id={id}
              name="token"
              type="password"
              autoComplete="off"
              spellCheck={false}
              aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            />
          </div>
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Sign in
          </button>
        </form>
      </div>
    </div>
  );
}
