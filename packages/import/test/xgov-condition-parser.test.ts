import { describe, expect, it } from 'vitest';
import { describeSource } from '../src/conditions/source-ast';
import { parseXgovCondition } from '../src/xgov/condition-parser';
import type { Json } from './support/json';

/** The parse as fully bracketed text, to show its structure. */
function shape(source: string): string {
  const parsed = parseXgovCondition(source);
  if (!parsed.ok) throw new Error(parsed.message);
  const show = (e: Json): string => {
    switch (e.kind) {
      case 'logical':
      case 'compare':
      case 'arith':
        return `(${show(e.left)} ${e.op} ${show(e.right)})`;
      case 'not':
        return `(not ${show(e.operand)})`;
      case 'negate':
        return `(-${show(e.operand)})`;
      default:
        return describeSource(e);
    }
  };
  return show(parsed.expr);
}

describe('XGovFormBuilder string conditions', () => {
  it.each([
    ["age >= 18 and country == 'uk'", "((age >= 18) and (country == 'uk'))"],
    ['a or b and c', '(a or (b and c))'],
    ['not a == b', '((not a) == b)'],
    ["not ('pip' in benefits)", "(not ('pip' in benefits))"],
    ['aboutYou.age > 2 * 3 + 1', '(aboutYou.age > ((2 * 3) + 1))'],
    ['x in [\'a\', "b"]', "(x in ['a', 'b'])"],
    ['length(name) > 3', '(length(name) > 3)'],
    ["dob <= dateForComparison(-18, 'years')", "(dob <= dateForComparison(-18, 'years'))"],
    ["name == 'O\\'Brien'", "(name == 'O'Brien')"],
    ['flag == true or other == false', '((flag == true) or (other == false))'],
  ])('parses %s as %s', (source, expected) => {
    expect(shape(source)).toBe(expected);
  });

  it.each([
    ['a && b', 'write "and" instead of "&&"', 2],
    ['a || b', '"||" joins texts in expr-eval and has no Fingerpost equivalent', 2],
    ["a == 'b' ? 1 : 2", 'the "? :" choice has no Fingerpost equivalent', 9],
    ['a = 1', 'a single "=" assigns in expr-eval; comparisons use "=="', 2],
    ["name == 'open", 'a text is not closed with its quote', 8],
    ['(a == 1', 'expected ")" but found the end of the condition', 7],
    ['a ==', 'the condition ends too early', 4],
    ['a == 1 b', 'unexpected "b"', 7],
    ['a # b', 'unexpected "#"', 2],
  ])('refuses %s: %s', (source, message, offset) => {
    expect(parseXgovCondition(source)).toEqual({ ok: false, message, offset });
  });

  it('refuses conditions nested too deeply rather than overflowing the stack', () => {
    const deep = `${'('.repeat(5000)}a${')'.repeat(5000)}`;
    expect(parseXgovCondition(deep)).toMatchObject({
      ok: false,
      message: 'the condition is longer than 4000 characters',
    });
    const nested = `${'not '.repeat(500)}a`;
    expect(parseXgovCondition(nested)).toMatchObject({
      ok: false,
      message: 'the condition is nested too deeply',
    });
  });
});
