import { compileAnswerPattern } from '@fingerpost/schema';
import { wholeAnswerPattern } from '../forms/page-schema';

/** A tiny reader for the regular expressions journeys use in validation, to make one matching answer. */
class PatternReader {
  private at = 0;
  constructor(private readonly source: string) {}

  /** Alternatives separated by "|": the first is enough for a sample. */
  alternation(): string | null {
    const first = this.sequence();
    while (this.peek() === '|') {
      this.at++;
      if (this.sequence() === null) return null;
    }
    return first;
  }

  done(): boolean {
    return this.at >= this.source.length;
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }

  private sequence(): string | null {
    let text = '';
    while (!this.done() && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      if (atom === null) return null;
      const times = this.quantifier();
      if (times === null) return null;
      text += atom.repeat(times);
    }
    return text;
  }

  private atom(): string | null {
    const c = this.source[this.at++];
    switch (c) {
      case '^':
      case '$':
        return '';
      case '.':
        return 'a';
      case '[':
        return this.characterClass();
      case '(': {
        if (this.peek() === '?') {
          if (this.source[this.at + 1] !== ':') return null; // lookarounds and named groups: not attempted
          this.at += 2;
        }
        const inner = this.alternation();
        if (this.source[this.at++] !== ')') return null;
        return inner;
      }
      case '\\':
        return this.escape(this.source[this.at++]);
      case undefined:
      case '*':
      case '+':
      case '?':
      case '{':
        return null;
      default:
        return c;
    }
  }

  private escape(c: string | undefined): string | null {
    if (c === undefined || /[1-9kbB]/.test(c)) return null;
    const classes: Record<string, string> = {
      d: '0',
      w: 'a',
      s: ' ',
      D: 'a',
      W: ' ',
      S: 'a',
      n: '\n',
      t: '\t',
    };
    return classes[c] ?? c;
  }

  /** The first character a class allows (or, negated, a common character it does not exclude). */
  private characterClass(): string | null {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const members: string[] = [];
    const ranges: Array<[string, string]> = [];
    let first = true;
    while (!this.done() && (this.peek() !== ']' || first)) {
      first = false;
      let c = this.source[this.at++] as string;
      if (c === '\\') {
        const escaped = this.escape(this.source[this.at++]);
        if (escaped === null) return null;
        c = escaped;
      }
      if (this.peek() === '-' && this.source[this.at + 1] !== ']' && this.source[this.at + 1] !== undefined) {
        this.at++;
        let end = this.source[this.at++] as string;
        if (end === '\\') end = this.escape(this.source[this.at++]) ?? end;
        ranges.push([c, end]);
      } else members.push(c);
    }
    if (this.source[this.at++] !== ']') return null;
    const inClass = (ch: string) => members.includes(ch) || ranges.some(([a, b]) => ch >= a && ch <= b);
    if (!negated) return members[0] ?? ranges[0]?.[0] ?? null;
    return [...'aA0 -x.'].find((ch) => !inClass(ch)) ?? null;
  }

  /** How many times to repeat: the fewest the quantifier allows. */
  private quantifier(): number | null {
    const c = this.peek();
    let times = 1;
    if (c === '?' || c === '*') {
      this.at++;
      times = 0;
    } else if (c === '+') {
      this.at++;
    } else if (c === '{') {
      const match = /^\{(\d+)(,\d*)?\}/.exec(this.source.slice(this.at));
      if (!match) return null;
      this.at += match[0].length;
      times = Number(match[1]);
    }
    if (this.peek() === '?') this.at++;
    return times;
  }
}

/**
 * An answer that matches a validation pattern (the whole answer, as the journey format means it),
 * or null when the pattern uses features this reader does not attempt.
 * @example samplePattern('^[A-Za-z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-Da-d]$') // 'AA000000A'
 */
export function samplePattern(pattern: string): string | null {
  const reader = new PatternReader(pattern);
  const sample = reader.alternation();
  if (sample === null || !reader.done() || sample === '') return null;
  try {
    return compileAnswerPattern(wholeAnswerPattern(pattern)).test(sample) ? sample : null;
  } catch {
    return null;
  }
}
