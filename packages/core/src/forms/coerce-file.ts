import { type Coerced, isPlainObject } from './coerced';

/** A reference to a file the server has already stored: {id, name, size, type}. */
export function coerceFile(input: unknown): Coerced {
  if (input === undefined || input === null || input === '') return { status: 'empty', raw: input };
  if (
    isPlainObject(input) &&
    typeof input.id === 'string' &&
    input.id !== '' &&
    typeof input.name === 'string' &&
    typeof input.size === 'number' &&
    Number.isFinite(input.size) &&
    input.size >= 0 &&
    typeof input.type === 'string'
  ) {
    const file = { id: input.id, name: input.name, size: input.size, type: input.type.toLowerCase() };
    return { status: 'value', value: file, raw: input };
  }
  return { status: 'error', issue: { code: 'format', key: 'fileFormat' }, raw: input };
}
