import { AnswerPatternError, compileAnswerPattern } from './answer-pattern';

export type PatternProblem = { kind: 'invalid'; detail: string } | { kind: 'unsafe'; detail: string };

/**
 * Checks a journey's regular expression before anyone runs it. It must compile both as a JavaScript
 * Unicode pattern and for the linear-time engine answers are matched with ({@link compileAnswerPattern}).
 * Nested or overlapping repetition such as `(a+)+` or `(a|a)*` is refused too: harmless here, it takes
 * exponential time in the backtracking engines of anyone reusing the journey's JSON Schema (ReDoS).
 * Back-references need backtracking, so they are refused as well.
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
  try {
    compileAnswerPattern(pattern);
  } catch (error) {
    if (!(error instanceof AnswerPatternError)) throw error;
    return {
      kind: 'invalid',
      detail: `${error.detail}; answers are matched by a linear-time engine (RE2), which has no lookaround`,
    };
  }
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
