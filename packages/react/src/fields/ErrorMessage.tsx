/** GOV.UK error message beside a question, with "Error:" for screen readers. */
export function ErrorMessage({ id, message, prefix }: { id: string; message: string; prefix: string }) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">{prefix}:</span> {message}
    </p>
  );
}
