import { fail } from './errors';
import type { SourceText } from './source';
import type { Token } from './tokens';

// Limits keep every literal exactly representable and printable without
// exponent notation, so formatting and re-parsing always agree.
const MAX_WHOLE_DIGITS = 15;
const MAX_DECIMAL_DIGITS = 6;
const MAX_POUNDS_DIGITS = 13;

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isWordChar = (ch: string | undefined): boolean =>
  ch !== undefined && (/[A-Za-z0-9]/.test(ch) || /[\p{L}\p{N}_$]/u.test(ch));

function digitsFrom(text: string, start: number): number {
  let end = start;
  while (isDigit(text[end])) end++;
  return end;
}

/** Scans `12` or `3.5` starting at `start`. */
export function scanNumber(source: SourceText, start: number): { token: Token; end: number } {
  const text = source.text;
  const wholeEnd = digitsFrom(text, start);
  let end = wholeEnd;
  if (text[end] === '.') {
    const fractionEnd = digitsFrom(text, end + 1);
    if (fractionEnd === end + 1) {
      fail(
        'expression.syntax',
        'Expected digits after the decimal point, for example 3.5',
        source.span(end, 1),
      );
    }
    if (fractionEnd - end - 1 > MAX_DECIMAL_DIGITS) {
      fail(
        'expression.syntax',
        `Numbers can have at most ${MAX_DECIMAL_DIGITS} digits after the decimal point`,
        source.span(start, fractionEnd - start),
      );
    }
    end = fractionEnd;
  }
  if (wholeEnd - start > MAX_WHOLE_DIGITS) {
    fail(
      'expression.syntax',
      `Numbers can have at most ${MAX_WHOLE_DIGITS} digits before the decimal point`,
      source.span(start, end - start),
    );
  }
  if (isWordChar(text[end])) {
    fail(
      'expression.syntax',
      'A number cannot have letters straight after it. Put a space or an operator between them',
      source.span(start, end - start + 1),
    );
  }
  return {
    token: { kind: 'number', value: Number(text.slice(start, end)), span: source.span(start, end - start) },
    end,
  };
}

/** Scans `£7,400`, `£616.67` or `£10` starting at the pound sign; the value is in pence. */
export function scanMoney(source: SourceText, start: number): { token: Token; end: number } {
  const text = source.text;
  const example = 'for example £7,400 or £616.67';
  if (!isDigit(text[start + 1])) {
    fail(
      'expression.syntax',
      `Write the amount straight after the £ sign, ${example}`,
      source.span(start, 1),
    );
  }
  let end = digitsFrom(text, start + 1);
  let pounds = text.slice(start + 1, end);
  const firstGroupLength = pounds.length;
  let grouped = false;
  while (text[end] === ',' && isDigit(text[end + 1])) {
    const groupEnd = digitsFrom(text, end + 1);
    if (groupEnd - end - 1 !== 3) {
      fail(
        'expression.syntax',
        `Commas in money separate thousands, ${example}. To separate items in a list, put a space after the comma`,
        source.span(end, groupEnd - end),
      );
    }
    pounds += text.slice(end + 1, groupEnd);
    grouped = true;
    end = groupEnd;
  }
  if (grouped && firstGroupLength > 3) {
    fail(
      'expression.syntax',
      `Put a comma between every 3 digits, ${example}`,
      source.span(start, end - start),
    );
  }
  let pence = '00';
  if (text[end] === '.') {
    const fractionEnd = digitsFrom(text, end + 1);
    const decimals = fractionEnd - end - 1;
    if (decimals === 0 || decimals > 2) {
      fail(
        'expression.syntax',
        `Money can have 1 or 2 digits after the decimal point, ${example}`,
        source.span(start, fractionEnd - start),
      );
    }
    pence = text.slice(end + 1, fractionEnd).padEnd(2, '0');
    end = fractionEnd;
  }
  if (pounds.length > MAX_POUNDS_DIGITS) {
    fail('expression.syntax', 'This amount of money is too large', source.span(start, end - start));
  }
  if (isWordChar(text[end])) {
    fail(
      'expression.syntax',
      `An amount of money cannot have letters straight after it, ${example}`,
      source.span(start, end - start + 1),
    );
  }
  const value = Number(pounds) * 100 + Number(pence);
  return { token: { kind: 'money', value, span: source.span(start, end - start) }, end };
}

const ESCAPES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ["'", "'"],
  ['\\', '\\'],
]);

/** Scans text in double or single quotes starting at the opening quote. */
export function scanString(source: SourceText, start: number): { token: Token; end: number } {
  const text = source.text;
  const quote = text[start] ?? '"';
  let value = '';
  let i = start + 1;
  for (;;) {
    const ch = text[i];
    if (ch === undefined || ch === '\n' || ch === '\r') {
      fail(
        'expression.syntax',
        `This text has no closing ${quote}. Add ${quote} at the end of the text, on the same line`,
        source.span(start, 1),
      );
    }
    if (ch === quote) break;
    if (ch === '\\') {
      const next = text[i + 1];
      const escaped = next === undefined ? undefined : ESCAPES.get(next);
      if (escaped === undefined) {
        fail(
          'expression.syntax',
          'Inside text, a backslash must be followed by " or \' or another backslash',
          source.span(i, next === undefined ? 1 : 2),
        );
      }
      value += escaped;
      i += 2;
      continue;
    }
    value += ch;
    i++;
  }
  const end = i + 1;
  return { token: { kind: 'string', value, span: source.span(start, end - start) }, end };
}

export { isDigit, isWordChar };
