/** The caption above a page heading (the section the page belongs to). */
export function Caption({ text }: { text: string | null }) {
  return text ? <span className="govuk-caption-l">{text}</span> : null;
}
