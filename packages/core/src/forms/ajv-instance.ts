import { answerRegExp } from '@fingerpost/schema';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

/** Counts words the way a character count component does: runs of non-space characters. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/**
 * The one Ajv instance every page form compiles with: all errors (so each field gets its own),
 * email and date formats with their limit keywords, and a `maxWords` keyword. Journeys' patterns run
 * on RE2's linear-time engine, so no answer can make one backtrack for minutes.
 */
export const ajv = new Ajv({
  allErrors: true,
  strict: true,
  unicodeRegExp: true,
  code: { regExp: answerRegExp },
});
addFormats(ajv, { formats: ['email', 'date'], keywords: true });
ajv.addKeyword({
  keyword: 'maxWords',
  type: 'string',
  schemaType: 'number',
  validate: (maximum: number, data: string) => countWords(data) <= maximum,
});
