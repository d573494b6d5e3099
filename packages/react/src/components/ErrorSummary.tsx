import type { ComponentView, FieldError } from '@fingerpost/core';
import { useEffect, useRef } from 'react';
import { errorTarget } from '../fields/field-ids';
import type { UiText } from '../ui-text';

interface ErrorSummaryProps {
  errors: readonly FieldError[];
  components: readonly ComponentView[];
  text: UiText;
}

/** Moves focus to the input an error is about and brings its question into view, as GOV.UK's script does. */
function focusTarget(href: string) {
  const input = document.getElementById(href.slice(1));
  if (!input) return;
  const question =
    input.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${input.id}"]`);
  input.focus({ preventScroll: true });
  (question ?? input).scrollIntoView?.();
}

/**
 * GOV.UK error summary: "There is a problem" with a link to each wrong answer. It takes focus when
 * it appears so that screen reader users hear the problems first.
 */
export function ErrorSummary({ errors, components, text }: ErrorSummaryProps) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1} ref={summary}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{text.thereIsAProblem}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => {
              const href = errorTarget(error, components);
              return (
                <li key={`${error.field}-${error.code}`}>
                  <a
                    href={href}
                    onClick={(event) => {
                      event.preventDefault();
                      focusTarget(href);
                    }}
                  >
                    {error.message}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      </div>
    </div>
  );
}
