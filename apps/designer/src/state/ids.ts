/**
 * A step id not used yet: lower case words joined by hyphens, numbered when taken.
 * @example uniqueStepId('question', new Set(['question-1'])) // 'question-2'
 */
export function uniqueStepId(base: string, taken: ReadonlySet<string>): string {
  const slug = slugify(base) || 'step';
  for (let n = 1; ; n++) {
    const id = `${slug}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * A field name not used yet, in camelCase, numbered when taken.
 * @example uniqueFieldName('question', new Set(['question1'])) // 'question2'
 */
export function uniqueFieldName(base: string, taken: ReadonlySet<string>): string {
  const name = /^[a-zA-Z][a-zA-Z0-9]*$/.test(base) ? base : camelCase(base) || 'answer';
  for (let n = 1; ; n++) {
    const candidate = `${name}${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Words as a step id or journey id: lower case, hyphens between words, starting with a letter.
 * @example slugify('Apply for a Blue Badge!') // 'apply-for-a-blue-badge'
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/**
 * Words as a field name: camelCase letters and digits, starting with a letter.
 * @example camelCase('date of birth') // 'dateOfBirth'
 */
export function camelCase(text: string): string {
  const words = slugify(text).split('-').filter(Boolean);
  return words
    .map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1)))
    .join('')
    .slice(0, 64);
}

export const STEP_ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
export const FIELD_NAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9]*$/;
export const OPTION_VALUE_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
