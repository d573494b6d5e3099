/**
 * Just enough Welsh grammar to put a subject inside a built-in message: soft mutation after a verb
 * ("Rhowch ddyddiad geni") and the contractions of "i" ("Rhaid i'ch dyddiad geni fod …").
 */

const unchangedDigraphs = ['ch', 'ph', 'th', 'ff', 'ng', 'dd'];
const softMutations: Readonly<Record<string, string>> = {
  ll: 'l',
  rh: 'r',
  p: 'b',
  t: 'd',
  c: 'g',
  b: 'f',
  d: 'dd',
  g: '',
  m: 'f',
};

/**
 * Applies the soft mutation to the first word, keeping its capital; acronyms ("PIP") keep their form.
 *
 * @example
 * softMutate('dyddiad geni'); // 'ddyddiad geni'
 * softMutate('cyfeiriad e-bost'); // 'gyfeiriad e-bost'
 */
export function softMutate(phrase: string): string {
  const firstWord = phrase.split(/\s/u, 1)[0] ?? '';
  if (firstWord.length > 1 && firstWord === firstWord.toUpperCase()) return phrase;
  const lower = phrase.toLowerCase();
  if (unchangedDigraphs.some((digraph) => lower.startsWith(digraph))) return phrase;
  const initial = lower.startsWith('ll') || lower.startsWith('rh') ? lower.slice(0, 2) : lower.charAt(0);
  const replacement = softMutations[initial];
  if (replacement === undefined) return phrase;
  const rest = phrase.slice(initial.length);
  const wasCapital = phrase.charAt(0) !== lower.charAt(0);
  const mutated = replacement + rest;
  return wasCapital ? mutated.charAt(0).toUpperCase() + mutated.slice(1) : mutated;
}

/**
 * Puts a subject after "i" as in "Rhaid i … fod": contracts with possessives and the article,
 * otherwise mutates softly.
 *
 * @example
 * afterI('eich dyddiad geni'); // "i'ch dyddiad geni"
 * afterI('dyddiad y cais'); // 'i ddyddiad y cais'
 */
export function afterI(subject: string): string {
  const contraction = /^(eich|ei|eu|yr|y|fy)\s+(.*)$/iu.exec(subject);
  if (contraction?.[1] && contraction[2] !== undefined) {
    const word = contraction[1].toLowerCase();
    const rest = contraction[2];
    if (word === 'eich') return `i'ch ${rest}`;
    if (word === 'ei' || word === 'eu') return `i'w ${rest}`;
    if (word === 'fy') return `i'm ${rest}`;
    return `i'r ${rest}`;
  }
  return `i ${softMutate(subject)}`;
}
