/** One difference between two JSON values: where, and the value before and after (undefined: absent). */
export interface JsonChange {
  path: Array<string | number>;
  before: unknown;
  after: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every leaf that differs between two JSON values. Arrays are compared position by position, so
 * callers match lists by identity (steps by id) before calling.
 * @example jsonChanges({ a: 1, b: [1] }, { a: 2, b: [1, 2] }) // [{ path: ['a'], … }, { path: ['b', 1], … }]
 */
export function jsonChanges(
  before: unknown,
  after: unknown,
  path: Array<string | number> = [],
): JsonChange[] {
  if (Object.is(before, after)) return [];
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => jsonChanges(before[k], after[k], [...path, k]));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => jsonChanges(before[i], after[i], [...path, i])).flat();
  }
  return [{ path, before, after }];
}
