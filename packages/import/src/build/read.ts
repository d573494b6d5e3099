/** Safe reading of source forms, which arrive as unknown JSON: nothing here throws. */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(value: unknown, key: string): JsonObject | undefined {
  if (!isObject(value)) return undefined;
  const child = value[key];
  return isObject(child) ? child : undefined;
}

export function arrayAt(value: unknown, key: string): unknown[] {
  if (!isObject(value)) return [];
  const child = value[key];
  return Array.isArray(child) ? child : [];
}

export function stringAt(value: unknown, key: string): string | undefined {
  if (!isObject(value)) return undefined;
  const child = value[key];
  return typeof child === 'string' ? child : undefined;
}

export function numberAt(value: unknown, key: string): number | undefined {
  if (!isObject(value)) return undefined;
  const child = value[key];
  if (typeof child === 'number' && Number.isFinite(child)) return child;
  if (typeof child === 'string' && /^-?\d+(\.\d+)?$/.test(child.trim())) return Number(child);
  return undefined;
}

/** A boolean, accepting the "true"/"false" strings some formats (GOV.UK Forms) write. */
export function booleanAt(value: unknown, key: string): boolean | undefined {
  if (!isObject(value)) return undefined;
  const child = value[key];
  if (typeof child === 'boolean') return child;
  if (child === 'true') return true;
  if (child === 'false') return false;
  return undefined;
}

/**
 * Any value as short text for a message. Never throws, even for objects whose `toString` is not a
 * function (source forms are untrusted JSON).
 */
export function describeValue(value: unknown): string {
  const scalar = scalarText(value);
  if (scalar !== undefined) return scalar;
  try {
    return (JSON.stringify(value) ?? 'nothing').slice(0, 80);
  } catch {
    return 'an unreadable value';
  }
}

/** A scalar as the text a condition or a list compares it by. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return undefined;
}
