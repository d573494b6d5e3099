/** Plain text with blank lines between paragraphs, as journeys write it (never HTML). */
export function Paragraphs({ text, className = 'govuk-body' }: { text: string | null; className?: string }) {
  if (!text) return null;
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        // Paragraphs have no identity of their own but their position.
        // biome-ignore lint/suspicious/noArrayIndexKey: order is the identity
        <p className={className} key={index} style={{ whiteSpace: 'pre-line' }}>
          {paragraph}
        </p>
      ))}
    </>
  );
}
