import { cy } from './cy';
import { en, type TextKey, type Texts } from './en';

export type { TextKey, Texts };

const TABLES: Readonly<Record<string, Texts>> = { en, cy };

/** The languages the built-in texts exist in. */
export const BUILT_IN_LANGUAGES: readonly string[] = Object.keys(TABLES);

/** Each language's name in that language, for the language toggle. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', cy: 'Cymraeg' };

/**
 * The built-in texts in a language (English for one they do not exist in).
 * @example textsFor('cy').continue // 'Parhau'
 */
export function textsFor(language: string): Texts {
  return TABLES[language] ?? en;
}

/**
 * Puts values into a text's `%{name}` places; a place without a value stays as written.
 * @example fill('Add %{item}', { item: 'a person' }) // 'Add a person'
 */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/%\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

// Welsh counts have six plural forms (zero, one, two, few, many, other); "nod" and "gair" do not
// change after a figure, so each form reads the same.
const everyForm = (text: string) => ({
  zero: text,
  one: text,
  two: text,
  few: text,
  many: text,
  other: text,
});

/** The character count's messages (GOV.UK Frontend's i18n options) in a language. */
export function characterCountTexts(language: string, countsWords: boolean): Record<string, unknown> {
  if (language !== 'cy') return {};
  const unit = countsWords ? 'gair' : 'nod';
  return {
    textareaDescriptionText: `Gallwch ddefnyddio hyd at %{count} ${unit}`,
    charactersUnderLimitText: everyForm('Mae gennych %{count} nod yn weddill'),
    charactersAtLimitText: 'Mae gennych 0 nod yn weddill',
    charactersOverLimitText: everyForm('Mae gennych %{count} nod yn ormod'),
    wordsUnderLimitText: everyForm('Mae gennych %{count} gair yn weddill'),
    wordsAtLimitText: 'Mae gennych 0 gair yn weddill',
    wordsOverLimitText: everyForm('Mae gennych %{count} gair yn ormod'),
  };
}
