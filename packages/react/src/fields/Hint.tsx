/** GOV.UK hint text. */
export function Hint({ id, text, className }: { id: string; text: string; className?: string }) {
  return (
    <div id={id} className={className ? `govuk-hint ${className}` : 'govuk-hint'}>
      {text}
    </div>
  );
}
