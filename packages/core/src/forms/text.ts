import type { Text } from '@fingerpost/schema';

/**
 * Picks a text in the resident's language, falling back to English.
 *
 * @example
 * textFor({ en: 'Date of birth', cy: 'Dyddiad geni' }, 'cy'); // 'Dyddiad geni'
 * textFor('Date of birth', 'cy'); // 'Date of birth'
 */
export function textFor(text: Text | undefined, language: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[language] ?? text.en ?? '';
}

/** Upper-cases the first letter, for messages that start with a subject. */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases the first letter unless the first word looks like an acronym ("PIP", "UK"). */
export function lowerFirst(text: string): string {
  const second = text.charAt(1);
  if (second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
