import type { Text } from '@fingerpost/schema';

/**
 * A text in one language: the plain string for English, or that language's entry.
 * @example textIn({ en: 'Yes', cy: 'Ie' }, 'cy') // 'Ie'
 */
export function textIn(text: Text | undefined, language: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return language === 'en' ? text : '';
  return text[language] ?? '';
}

/**
 * Sets one language of a text, keeping the others. English alone stays a plain string, as journeys
 * write it; an empty text becomes undefined so that optional properties disappear.
 * @example withText('Yes', 'cy', 'Ie') // { en: 'Yes', cy: 'Ie' }
 */
export function withText(text: Text | undefined, language: string, value: string): Text | undefined {
  const entries: Record<string, string> =
    text === undefined
      ? {}
      : typeof text === 'string'
        ? { en: text }
        : { ...(text as Record<string, string>) };
  if (value === '') delete entries[language];
  else entries[language] = value;
  const languages = Object.keys(entries);
  if (languages.length === 0) return undefined;
  if (languages.length === 1 && languages[0] === 'en') return entries.en;
  return entries;
}
