/** A polite live region: what just happened, read out by screen readers without moving focus. */
export function LiveMessage({ message }: { message: string }) {
  return (
    <div className="govuk-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
