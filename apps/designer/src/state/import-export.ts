import type { Journey } from '@fingerpost/schema';

/** A problem with imported text, saying what and where. */
export interface ImportError {
  code: 'import.not-json' | 'import.not-a-journey';
  message: string;
  path?: string;
}

export type ImportResult = { ok: true; journey: Journey } | { ok: false; error: ImportError };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a journey from JSON text. Anything shaped like a journey (an id, a version, a list of steps
 * and a fields object) is accepted even when invalid, so that the designer can open it and fix it;
 * the validation panel lists what is wrong.
 * @example importJourney('{"id":"x"}') // { ok: false, error: { code: 'import.not-a-journey', … } }
 */
export function importJourney(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'import.not-json',
        message: `This is not JSON: ${error instanceof Error ? error.message : String(error)}`,
      },
    };
  }
  if (!isObject(value)) {
    return {
      ok: false,
      error: { code: 'import.not-a-journey', message: 'A journey is a JSON object', path: '' },
    };
  }
  const wrong = (path: string, message: string): ImportResult => ({
    ok: false,
    error: { code: 'import.not-a-journey', message, path },
  });
  if (typeof value.id !== 'string' || value.id === '') return wrong('/id', 'The journey has no "id"');
  if (typeof value.version !== 'string' || value.version === '')
    return wrong('/version', 'The journey has no "version"');
  if (
    !Array.isArray(value.steps) ||
    !value.steps.every((s) => isObject(s) && typeof s.id === 'string' && typeof s.type === 'string')
  ) {
    return wrong('/steps', 'The journey needs a list of "steps", each with an "id" and a "type"');
  }
  if (!isObject(value.fields)) return wrong('/fields', 'The journey needs a "fields" object');
  return { ok: true, journey: value as unknown as Journey };
}

/**
 * The journey as JSON to save in a file or a repository: two-space indents and a final new line,
 * like the examples. Importing it gives the same journey back.
 */
export function exportJourney(journey: Journey): string {
  return `${JSON.stringify(journey, null, 2)}\n`;
}
