import fc from 'fast-check';

/** Single-character atoms, several of which overlap (`a`, `[a-z]`, `\w`, `.` all match "a"). */
const ATOMS = [
  'a',
  'b',
  '1',
  ' ',
  '-',
  '[a-z]',
  '[A-Z]',
  '[0-9]',
  '\\d',
  '\\w',
  '\\s',
  '.',
  '[^x]',
  '[a-z0-9]',
];
const QUANTIFIERS = ['', '', '*', '+', '?', '{2}', '{5}', '{1,3}', '{2,}', '{0,20}', '*?', '+?'];
/** Repetition that can grow without bound, or far: what makes a nested group explode. */
const UNBOUNDED = ['*', '+', '{2,}', '{1,30}', '{0,99}'];

export const atom = fc.constantFrom(...ATOMS);

/** Regular expressions built from overlapping atoms, groups, alternation and quantifiers. */
export const regexSource: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(atom, fc.constantFrom(...QUANTIFIERS)).map(([a, q]) => a + q),
    fc.array(tie('node'), { minLength: 2, maxLength: 4 }).map((parts) => parts.join('')),
    fc.tuple(tie('node'), tie('node')).map(([a, b]) => `${a}|${b}`),
    fc
      .tuple(fc.constantFrom('(', '(?:'), tie('node'), fc.constantFrom(...QUANTIFIERS))
      .map(([open, inner, q]) => `${open}${inner})${q}`),
  ),
})).node;

/**
 * Patterns with a repeated group that itself repeats or alternates — `(a+)+`, `(\d|1)*`,
 * `(?:[a-z]*x?)+` — the shape that takes exponential time on a near-miss.
 */
export const nestedQuantifierPattern: fc.Arbitrary<string> = fc
  .record({
    before: fc.constantFrom('', '^', 'x', '[a-z]'),
    inner: fc.oneof(
      fc.tuple(atom, fc.constantFrom('*', '+', '{1,}', '{2,5}')).map(([a, q]) => a + q),
      fc.tuple(atom, atom).map(([a, b]) => `${a}|${b}`),
      fc.tuple(atom, fc.constantFrom('*', '+'), atom).map(([a, q, b]) => `${a}${q}${b}?`),
    ),
    open: fc.constantFrom('(', '(?:'),
    outer: fc.constantFrom(...UNBOUNDED),
    after: fc.constantFrom('', '$', 'b', '!'),
  })
  .map((p) => `${p.before}${p.open}${p.inner})${p.outer}${p.after}`);

/** Characters an attacker pumps: ones the pattern names, and one for each common class. */
function pumpCharacters(pattern: string): string[] {
  const literal = pattern.replace(/\\[dDwWsS]|\[[^\]]*\]|[()[\]{}*+?|^$.\\,]/g, '').split('');
  return [...new Set([...literal, 'a', 'A', '1', ' ', '_', 'x'])].slice(0, 8);
}

/**
 * Near-miss answers for a pattern: long runs of characters it may accept, ended by one it does
 * not (U+0000), so a backtracking matcher tries every way to split the run before failing.
 */
export function attackStrings(pattern: string, length: number): string[] {
  const chars = pumpCharacters(pattern);
  return [
    ...chars.map((c) => `${c.repeat(length)}\u0000`),
    `${'a1 '.repeat(Math.ceil(length / 3))}\u0000`,
    `${'aA1_'.repeat(Math.ceil(length / 4))}!`,
  ];
}
