/** GOV.UK's primary button, submitting the page's form. */
export function SubmitButton({ label, secondary = false }: { label: string; secondary?: boolean }) {
  return (
    <button
      type="submit"
      className={secondary ? 'govuk-button govuk-button--secondary' : 'govuk-button'}
      data-module="govuk-button"
    >
      {label}
    </button>
  );
}
