import fc from 'fast-check';

/** One careless or malicious edit somewhere inside a JSON value. */
export type Mutation =
  | { kind: 'replace'; path: number[]; value: unknown }
  | { kind: 'delete'; path: number[] }
  | { kind: 'add'; path: number[]; key: string; value: unknown }
  | { kind: 'duplicate'; path: number[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys an attacker tries: prototype pollution, and names close to real ones. */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  'id',
  'type',
];

/** Values that break careless code: wrong types, huge numbers, markup, NUL, deep nesting. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    null,
    '',
    '\u0000',
    '\ud800',
    -1,
    1e308,
    -0,
    Number.MAX_SAFE_INTEGER + 2,
    '__proto__',
    '<script>alert(1)</script>',
    "'; DROP TABLE instances; --",
    '=HYPERLINK("http://x")',
    'x'.repeat(70_000),
    [],
    {},
    { __proto__: { polluted: true } },
    JSON.parse('{"__proto__":{"polluted":true}}'),
  ),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    path: fc.array(fc.nat(60), { maxLength: 7 }),
    value: hostileValue,
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    path: fc.array(fc.nat(60), { minLength: 1, maxLength: 7 }),
  }),
  fc.record({
    kind: fc.constant('add' as const),
    path: fc.array(fc.nat(60), { maxLength: 6 }),
    key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 12 })),
    value: hostileValue,
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    path: fc.array(fc.nat(60), { minLength: 1, maxLength: 7 }),
  }),
);

/** Applies a mutation to a copy of `value` (the path picks children modulo their count). */
export function mutate(value: unknown, m: Mutation): unknown {
  const walk = (node: unknown, path: number[]): unknown => {
    const container = Array.isArray(node) || isObject(node);
    if (path.length === 0 || !container) {
      if (m.kind === 'replace') return m.value;
      if (m.kind === 'add' && isObject(node)) {
        const copy = { ...node };
        Object.defineProperty(copy, m.key, {
          value: m.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        return copy;
      }
      if (m.kind === 'add' && Array.isArray(node)) return [...node, m.value];
      return node;
    }
    const entries: Array<[string | number, unknown]> = Array.isArray(node)
      ? node.map((v, i) => [i, v])
      : Object.entries(node as Record<string, unknown>);
    if (entries.length === 0) return walk(node, []);
    const [head, ...rest] = path;
    const [key, child] = entries[head! % entries.length]!;
    if (rest.length === 0 && (m.kind === 'delete' || m.kind === 'duplicate')) {
      if (Array.isArray(node)) {
        const copy = [...node];
        if (m.kind === 'delete') copy.splice(Number(key), 1);
        else copy.splice(Number(key), 0, structuredClone(child));
        return copy;
      }
      const copy = { ...(node as Record<string, unknown>) };
      if (m.kind === 'delete') delete copy[key];
      else copy[`${key}Copy`] = structuredClone(child);
      return copy;
    }
    if (Array.isArray(node)) {
      const copy = [...node];
      copy[Number(key)] = walk(child, rest);
      return copy;
    }
    return { ...(node as Record<string, unknown>), [key]: walk(child, rest) };
  };
  return walk(value, m.path);
}
