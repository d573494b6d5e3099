export type PatternProblem = { kind: 'invalid'; detail: string } | { kind: 'unsafe'; detail: string };

/**
 * Checks a journey's regular expression before anyone runs it. Nested or overlapping repetition
 * such as `(a+)+` or `(a|a)*` can take exponential time on a crafted answer (ReDoS), and
 * back-references defeat linear-time matching, so both are refused.
 * @example patternProblem('^[A-Z]{2}[0-9]{6}$') // undefined
 * @example patternProblem('(a+)+$') // { kind: 'unsafe', … }
 */
export function patternProblem(pattern: string): PatternProblem | undefined {
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return {
      kind: 'invalid',
      detail:
        error instanceof Error
          ? error.message.replace(/^Invalid regular expression: /, '')
          : 'does not compile',
    };
  }
  if (/\\[1-9]|\\k</.test(pattern)) return { kind: 'unsafe', detail: 'back-references are not allowed' };
  // Stack of open groups: whether each contains a quantifier or an alternation.
  const groups: Array<{ repeats: boolean }> = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') groups.push({ repeats: false });
    else if (ch === '|' || ch === '*' || ch === '+' || ch === '{') {
      const top = groups[groups.length - 1];
      if (top) top.repeats = true;
    } else if (ch === ')') {
      const closed = groups.pop();
      const quantified = /^[*+]|^\{\d*,\d*\}|^\{\d{2,}\}/.test(pattern.slice(i + 1));
      if (closed?.repeats && quantified) {
        return {
          kind: 'unsafe',
          detail: 'a repeated group contains repetition or alternatives, which can take exponential time',
        };
      }
      const outer = groups[groups.length - 1];
      if (outer && (closed?.repeats || quantified)) outer.repeats = true;
    }
  }
  return undefined;
}
