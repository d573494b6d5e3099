import type { Text } from './generated/journey';

/**
 * A resident-facing text in the wanted language, falling back to English.
 * @example textIn({ en: 'Continue', cy: 'Parhau' }, 'cy') // 'Parhau'
 */
export function textIn(text: Text | undefined, language: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[language] ?? text.en ?? '';
}

/** The languages a text is given in. A plain string is English. */
export function textLanguages(text: Text): string[] {
  return typeof text === 'string' ? ['en'] : Object.keys(text).filter((k) => text[k] !== undefined);
}
