import { fail } from './errors';
import { isDigit, isWordChar, scanMoney, scanNumber, scanString } from './lex-literals';
import type { SourceText } from './source';
import {
  FORBIDDEN_NAMES,
  KEYWORDS,
  type Keyword,
  NAME_PATTERN,
  type Punctuation,
  type Token,
} from './tokens';

const SINGLE: ReadonlySet<string> = new Set(['(', ')', '[', ']', ',', '.', '+', '-', '*', '/']);

/**
 * Spellings people bring from spreadsheets, programming languages and word
 * processors, with the fix to suggest. Longest first so "!==" wins over "!=".
 */
const MISTAKES: ReadonlyArray<readonly [string, string]> = [
  ['!==', 'Use "!=" to check that two values are different, not "!=="'],
  ['===', 'Use "=" to check that two values are equal, not "==="'],
  ['==', 'Use "=" to check that two values are equal, not "=="'],
  ['&&', 'Use "and" instead of "&&"'],
  ['||', 'Use "or" instead of "||"'],
  ['<>', 'Use "!=" to check that two values are different, not "<>"'],
  ['=>', 'Use ">=" for "greater than or equal to", not "=>"'],
  ['=<', 'Use "<=" for "less than or equal to", not "=<"'],
  ['&', 'Use "and" instead of "&"'],
  ['|', 'Use "or" instead of "|"'],
  ['≥', 'Use ">=" instead of "≥"'],
  ['≤', 'Use "<=" instead of "≤"'],
  ['≠', 'Use "!=" instead of "≠"'],
  ['×', 'Use "*" to multiply, not "×"'],
  ['÷', 'Use "/" to divide, not "÷"'],
  ['“', 'Use straight quotes (" or \') around text, not curly quotes'],
  ['”', 'Use straight quotes (" or \') around text, not curly quotes'],
  ['‘', 'Use straight quotes (" or \') around text, not curly quotes'],
  ['’', 'Use straight quotes (" or \') around text, not curly quotes'],
];

const MISTAKE_STARTS: ReadonlySet<string> = new Set(MISTAKES.map(([spelling]) => spelling.charAt(0)));

/** Splits source text into tokens, ending with an `end` token. Throws ExpressionFailure. */
export function tokenize(source: SourceText): Token[] {
  const text = source.text;
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (ch === ' ' || /\s/u.test(ch)) {
      i++;
      continue;
    }
    const mistake = MISTAKE_STARTS.has(ch)
      ? MISTAKES.find(([spelling]) => text.startsWith(spelling, i))
      : undefined;
    if (mistake) fail('expression.syntax', mistake[1], source.span(i, mistake[0].length));

    let scanned: { token: Token; end: number } | undefined;
    if (isDigit(ch)) scanned = scanNumber(source, i);
    else if (ch === '£') scanned = scanMoney(source, i);
    else if (ch === '"' || ch === "'") scanned = scanString(source, i);
    else if (isWordChar(ch)) scanned = scanWord(source, i);
    else scanned = scanOperator(source, i);
    tokens.push(scanned.token);
    i = scanned.end;
  }
  tokens.push({ kind: 'end', span: source.span(text.length, 0) });
  return tokens;
}

function scanOperator(source: SourceText, start: number): { token: Token; end: number } {
  const text = source.text;
  const ch = text[start] ?? '';
  const next = text[start + 1];
  const punct = (p: Punctuation, length: number) => ({
    token: { kind: 'punctuation', text: p, span: source.span(start, length) } as Token,
    end: start + length,
  });
  if (ch === '.' && isDigit(next)) {
    fail('expression.syntax', 'Put a 0 before the decimal point, for example 0.5', source.span(start, 1));
  }
  if (SINGLE.has(ch)) return punct(ch as Punctuation, 1);
  if (ch === '=') return punct('=', 1);
  if (ch === '<' || ch === '>') return next === '=' ? punct(`${ch}=`, 2) : punct(ch, 1);
  if (ch === '!') {
    if (next === '=') return punct('!=', 2);
    fail('expression.syntax', 'Use "not" instead of "!", for example not receivesPip', source.span(start, 1));
  }
  const shown = String.fromCodePoint(text.codePointAt(start) ?? 0xfffd);
  fail(
    'expression.syntax',
    `"${shown}" cannot be used in an expression. Check for a typing mistake`,
    source.span(start, shown.length),
  );
}

function scanWord(source: SourceText, start: number): { token: Token; end: number } {
  const text = source.text;
  let end = start;
  while (isWordChar(text[end])) end++;
  const word = text.slice(start, end);
  const span = source.span(start, end - start);
  const token: Token = KEYWORDS.includes(word as Keyword)
    ? { kind: 'keyword', keyword: word as Keyword, span }
    : { kind: 'identifier', name: checkName(word, source, start), span };
  return { token, end };
}

function checkName(word: string, source: SourceText, start: number): string {
  const span = source.span(start, word.length);
  const lower = word.toLowerCase();
  if (KEYWORDS.includes(lower as Keyword)) {
    fail('expression.syntax', `Write "${lower}" in lower case`, span);
  }
  // __proto__ and friends would fail the name pattern anyway, but deserve the real reason.
  if (FORBIDDEN_NAMES.has(word) || /^__.*__$/.test(word)) {
    fail(
      'expression.syntax',
      `"${word}" cannot be used as a name because it has a special meaning in JavaScript. Rename the field`,
      span,
    );
  }
  if (!NAME_PATTERN.test(word)) {
    fail(
      'expression.syntax',
      `"${word}" is not a valid name. Names start with a letter and contain only letters and numbers, for example dateOfBirth`,
      span,
    );
  }
  return word;
}
