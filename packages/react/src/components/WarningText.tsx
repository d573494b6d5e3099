/** GOV.UK warning text: a bold notice with an exclamation mark icon. */
export function WarningText({ text, label }: { text: string; label: string }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{label}</span>
        {text}
      </strong>
    </div>
  );
}
