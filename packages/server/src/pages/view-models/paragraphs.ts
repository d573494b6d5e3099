/**
 * A journey text as paragraphs: blank lines separate them (journey texts are plain text, never
 * HTML, so each paragraph is escaped where it is shown).
 * @example paragraphs('First.\n\nSecond.') // ['First.', 'Second.']
 */
export function paragraphs(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((p) => p !== '');
}
