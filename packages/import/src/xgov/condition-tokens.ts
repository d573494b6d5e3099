/** The tokens of XGovFormBuilder's string conditions (expr-eval syntax), and why some cannot be read. */
export type Token =
  | { kind: 'number'; value: number; offset: number }
  | { kind: 'string'; value: string; offset: number }
  | { kind: 'name'; value: string; offset: number }
  | { kind: 'op'; value: string; offset: number }
  | { kind: 'end'; offset: number };

export class SyntaxProblem extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export const OPERATORS = [
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '<',
  '>',
  '(',
  ')',
  '[',
  ']',
  ',',
  '.',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  '!',
  '?',
  ':',
  '=',
];

export const UNSUPPORTED: Record<string, string> = {
  '&&': 'write "and" instead of "&&"',
  '||': '"||" joins texts in expr-eval and has no Fingerpost equivalent',
  '!': 'write "not" instead of "!"',
  '?': 'the "? :" choice has no Fingerpost equivalent',
  ':': 'the "? :" choice has no Fingerpost equivalent',
  '=': 'a single "=" assigns in expr-eval; comparisons use "=="',
  '%': 'the remainder operator "%" has no Fingerpost equivalent',
  '^': 'the power operator "^" has no Fingerpost equivalent',
};

export const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  "'": "'",
  '"': '"',
  '\\': '\\',
  '/': '/',
};

export function tokenise(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (/\d/.test(c)) {
      const match = /^\d+(\.\d+)?/.exec(source.slice(i))!;
      tokens.push({ kind: 'number', value: Number(match[0]), offset: i });
      i += match[0].length;
      continue;
    }
    if (c === "'" || c === '"') {
      let value = '';
      let j = i + 1;
      for (; j < source.length && source[j] !== c; j++) {
        if (source[j] === '\\') {
          j++;
          const escaped = source[j];
          if (escaped === undefined || ESCAPES[escaped] === undefined)
            throw new SyntaxProblem(`unknown escape "\\${escaped ?? ''}" in a text`, j - 1);
          value += ESCAPES[escaped];
        } else value += source[j];
      }
      if (j >= source.length) throw new SyntaxProblem('a text is not closed with its quote', i);
      tokens.push({ kind: 'string', value, offset: i });
      i = j + 1;
      continue;
    }
    if (/[A-Za-z_$]/.test(c)) {
      const match = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(source.slice(i))!;
      tokens.push({ kind: 'name', value: match[0], offset: i });
      i += match[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, i));
    if (!op) throw new SyntaxProblem(`unexpected "${c}"`, i);
    tokens.push({ kind: 'op', value: op, offset: i });
    i += op.length;
  }
  tokens.push({ kind: 'end', offset: source.length });
  return tokens;
}

/** Why a token cannot be here: its own explanation for operators Fingerpost lacks. */
export function unexpected(token: Token): string {
  return (token.kind === 'op' && UNSUPPORTED[token.value]) || `unexpected ${describe(token)}`;
}

export function describe(token: Token): string {
  switch (token.kind) {
    case 'end':
      return 'the end of the condition';
    case 'string':
      return `the text '${token.value}'`;
    default:
      return `"${token.value}"`;
  }
}
