import { describe, expect, it } from 'vitest';
import { parseExpression } from './parser';

function errorOf(source: string) {
  const result = parseExpression(source);
  if (result.ok) throw new Error(`Expected ${source} to be rejected`);
  return result.error;
}

describe('syntax errors', () => {
  it.each([
    // [source, message, line, column]
    ['', 'The expression is empty. Write a condition, for example ageInYears(dateOfBirth) >= 16', 1, 1],
    ['a == 1', 'Use "=" to check that two values are equal, not "=="', 1, 3],
    ['a === 1', 'Use "=" to check that two values are equal, not "==="', 1, 3],
    ['a !== 1', 'Use "!=" to check that two values are different, not "!=="', 1, 3],
    ['a && b', 'Use "and" instead of "&&"', 1, 3],
    ['a || b', 'Use "or" instead of "||"', 1, 3],
    ['!receivesPip', 'Use "not" instead of "!", for example not receivesPip', 1, 1],
    ['a <> b', 'Use "!=" to check that two values are different, not "<>"', 1, 3],
    ['a => 1', 'Use ">=" for "greater than or equal to", not "=>"', 1, 3],
    ['a ≥ 1', 'Use ">=" instead of "≥"', 1, 3],
    ['name = “Sam”', 'Use straight quotes (" or \') around text, not curly quotes', 1, 8],
    ['a AND b', 'Write "and" in lower case', 1, 3],
    ['a = TRUE', 'Write "true" in lower case', 1, 5],
    [
      '16 <= age < 18',
      'Comparisons cannot be chained like "a <= b < c". Join them with "and", for example age >= 16 and age < 18',
      1,
      11,
    ],
    ['(a and (b or c)', 'Expected ")" to close the "(" at column 1', 1, 16],
    ['(a and\n  b', 'Expected ")" to close the "(" at line 1, column 1', 2, 4],
    [
      'ageInYears(dateOfBirth',
      'Expected ")" to close the "(" at column 11, or "," before another argument',
      1,
      23,
    ],
    ['["pip", "dla"', 'Expected "]" to close the "[" at column 1, or "," before another item', 1, 14],
    ['a)', 'There is no "(" to match this ")". Remove it or add a "(" earlier', 1, 2],
    ['a b', 'Unexpected "b" after the end of the expression. Join conditions with "and" or "or"', 1, 3],
    ['a and', 'The expression ends too early. Expected a value after "and"', 1, 6],
    [
      'a and or b',
      'Expected a value, such as a number, "text", a field name or a function, but found "or"',
      1,
      7,
    ],
    [
      'a = not b',
      'Put brackets around a "not" condition here, for example receivesPip = (not isRenting)',
      1,
      5,
    ],
    ['name = "Sam', 'This text has no closing ". Add " at the end of the text, on the same line', 1, 8],
    ['name = "Sam\n"', 'This text has no closing ". Add " at the end of the text, on the same line', 1, 8],
    ['note = "a\\nb"', 'Inside text, a backslash must be followed by " or \' or another backslash', 1, 10],
    ['x = 3.', 'Expected digits after the decimal point, for example 3.5', 1, 6],
    ['x = .5', 'Put a 0 before the decimal point, for example 0.5', 1, 5],
    [
      'x = 16years',
      'A number cannot have letters straight after it. Put a space or an operator between them',
      1,
      5,
    ],
    ['x = 1234567890123456', 'Numbers can have at most 15 digits before the decimal point', 1, 5],
    ['x = 0.1234567', 'Numbers can have at most 6 digits after the decimal point', 1, 5],
    [
      'x <= £616.675',
      'Money can have 1 or 2 digits after the decimal point, for example £7,400 or £616.67',
      1,
      6,
    ],
    [
      'x <= £74,00',
      'Commas in money separate thousands, for example £7,400 or £616.67. To separate items in a list, put a space after the comma',
      1,
      9,
    ],
    ['x <= £7400,000', 'Put a comma between every 3 digits, for example £7,400 or £616.67', 1, 6],
    ['x <= £ 7,400', 'Write the amount straight after the £ sign, for example £7,400 or £616.67', 1, 6],
    ['x <= £12345678901234', 'This amount of money is too large', 1, 6],
    ['date("2024-02-30") < today()', '"2024-02-30" is not a real date: February 2024 has 29 days', 1, 6],
    ['date("2023-13-01") < today()', '"2023-13-01" is not a real date: there is no month 13', 1, 6],
    ['date("1/2/2024") < today()', '"1/2/2024" is not written as YYYY-MM-DD, for example "2026-09-01"', 1, 6],
    [
      'date(dateOfBirth)',
      'date() needs a date in quotes written as YYYY-MM-DD, for example date("2026-09-01")',
      1,
      6,
    ],
    [
      'first_name = "Sam"',
      '"first_name" is not a valid name. Names start with a letter and contain only letters and numbers, for example dateOfBirth',
      1,
      1,
    ],
    [
      '__proto__ = 1',
      '"__proto__" cannot be used as a name because it has a special meaning in JavaScript. Rename the field',
      1,
      1,
    ],
    [
      'constructor.constructor("x")()',
      '"constructor" cannot be used as a name because it has a special meaning in JavaScript. Rename the field',
      1,
      1,
    ],
    [
      'a.toString',
      '"toString" cannot be used as a name because it has a special meaning in JavaScript. Rename the field',
      1,
      3,
    ],
    ['item.', 'Expected the name of a question after "item.", for example item.dateOfBirth', 1, 6],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: people paste JavaScript template strings
    ['`${x}`', '"`" cannot be used in an expression. Check for a typing mistake', 1, 1],
    ['a;b', '";" cannot be used in an expression. Check for a typing mistake', 1, 2],
  ])('rejects %j: %s', (source, message, line, column) => {
    const error = errorOf(source);
    expect(error).toMatchObject({ code: 'expression.syntax', message, line, column });
  });

  it('points at the offending text with its offset and length', () => {
    const error = errorOf('receivesPip &&\n  pipMovingAroundPoints >= 8');
    expect(error).toMatchObject({ offset: 12, length: 2, line: 1, column: 13 });
  });

  it('rejects sources longer than 2,000 characters as too long', () => {
    const source = Array.from({ length: 400 }, () => 'a = 1').join(' or ');
    const error = errorOf(source);
    expect(error.code).toBe('expression.too-long');
    expect(error.message).toBe(
      `This expression is 3,596 characters long, but the limit is 2,000. Split it into smaller rules`,
    );
  });

  it('accepts exactly 2,000 characters', () => {
    const source = `${'a + '.repeat(499)}1234`;
    expect(source).toHaveLength(2000);
    expect(parseExpression(source).ok).toBe(true);
  });

  it.each([
    ['brackets', (n: number) => `${'('.repeat(n)}1${')'.repeat(n)}`],
    ['not', (n: number) => `${'not '.repeat(n)}a`],
    ['minus signs', (n: number) => `${'-'.repeat(n)}1`],
    ['lists', (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`],
    ['function calls', (n: number) => `${'round('.repeat(n)}1${')'.repeat(n)}`],
  ])('allows 64 levels of nested %s but rejects 65 as too deep', (_what, nest) => {
    expect(parseExpression(nest(64)).ok).toBe(true);
    const error = errorOf(nest(65));
    expect(error.code).toBe('expression.too-deep');
    expect(error.message).toBe(
      'This expression is nested more than 64 levels deep. Simplify it or split it into smaller rules',
    );
  });

  it('rejects 1,000 opening brackets with an error, not a stack overflow', () => {
    expect(errorOf('('.repeat(1000)).code).toBe('expression.too-deep');
  });
});
