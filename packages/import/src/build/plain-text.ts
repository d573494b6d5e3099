/**
 * Fingerpost texts are plain text with paragraphs separated by blank lines; HTML is never
 * interpreted. Source forms write HTML (XGovFormBuilder's Html component) or Markdown (GOV.UK Forms
 * guidance, DEFRA's Markdown component), so both are turned into readable plain text. `changed`
 * says whether formatting was lost, for the report.
 */
export interface PlainText {
  text: string;
  changed: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  pound: '£',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  hellip: '…',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Plain text from HTML: block elements become paragraphs, list items bullets, links "text (address)".
 * @example htmlToText('<p>Call <a href="tel:01632">us</a></p>').text // 'Call us (tel:01632)'
 */
export function htmlToText(html: string): PlainText {
  const text = tidy(
    decodeEntities(
      html
        .replace(/\r\n?/g, '\n')
        .replace(/\s*\n\s*/g, ' ')
        .replace(
          /<a\b[^>]*\bhref\s*=\s*["']([^"']*)["'][^>]*>([\s\S]*?)<\/a>/gi,
          (_, href: string, inner: string) => (inner.trim() === href.trim() ? href : `${inner} (${href})`),
        )
        .replace(/<br\s*\/?>/gi, '\n')
        .replace(/<li\b[^>]*>/gi, '\n• ')
        .replace(/<\/(p|div|h[1-6]|ul|ol|li|table|tr|details|summary)>/gi, '\n\n')
        .replace(/<(p|div|h[1-6]|ul|ol|table|details|summary)\b[^>]*>/gi, '\n\n')
        .replace(/<[^>]+>/g, '')
        .replace(/\n\n• /g, '\n• ')
        .replace(/(•[^\n]*)\n\n(?=•)/g, '$1\n'),
    ),
  );
  return { text, changed: /<[a-z/]/i.test(html) || text !== html.trim() };
}

/**
 * Plain text from Markdown: headings lose their #, bullets become "•", links "text (address)".
 * @example markdownToText('## Next\n\n* [Help](https://x.gov.uk)').text // 'Next\n\n• Help (https://x.gov.uk)'
 */
export function markdownToText(markdown: string): PlainText {
  const text = tidy(
    markdown
      .replace(/\r\n?/g, '\n')
      .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) => `${label} (${href})`)
      .replace(/^#{1,6}[ \t]+/gm, '')
      .replace(/^[ \t]*[*-][ \t]+/gm, '• ')
      .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, (_, a?: string, b?: string) => a ?? b ?? ''),
  );
  return { text, changed: text !== markdown.trim() };
}
