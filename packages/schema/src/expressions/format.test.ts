import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExprNode } from './ast';
import { parse, withoutSpans } from './council-scope.fixture';
import { arbitraryAst } from './expression-arbitraries';
import { formatExpression } from './format';
import { parseExpression } from './parser';

describe('formatExpression', () => {
  it.each([
    ['earnedIncome<=£7400 and(receivesPip)', 'earnedIncome <= £7,400 and receivesPip'],
    ["benefit = 'pip'", 'benefit = "pip"'],
    ['£616.7 + £0.05', '£616.70 + £0.05'],
    ['((a and b)) or (c)', 'a and b or c'],
    ['a and (b or c)', 'a and (b or c)'],
    ['not(a = b)', 'not a = b'],
    ['(not a) = b', '(not a) = b'],
    ['a - (b - c)', 'a - (b - c)'],
    ['(a - b) - c', 'a - b - c'],
    ['-(a * b)', '-(a * b)'],
    ['- - 5', '--5'],
    ['x not in [ "a","b" ]', 'x not in ["a", "b"]'],
    ['any( householdMembers , item . age>=18 )', 'any(householdMembers, item.age >= 18)'],
    ['date("2026-09-01")', 'date("2026-09-01")'],
    ['"say \\"hi\\"" = \'back\\\\slash\'', '"say \\"hi\\"" = "back\\\\slash"'],
    ['(a = b) = (c < d)', '(a = b) = (c < d)'],
  ])('writes %s canonically as %s', (source, canonical) => {
    expect(formatExpression(parse(source))).toBe(canonical);
  });

  it('gives back the same tree when its output is parsed, for any tree the parser could produce', () => {
    fc.assert(
      fc.property(arbitraryAst, (ast: ExprNode) => {
        const text = formatExpression(ast);
        const reparsed = parseExpression(text);
        expect(reparsed.ok ? withoutSpans(reparsed.ast) : reparsed.error).toEqual(withoutSpans(ast));
      }),
      { numRuns: 3000 },
    );
  });

  it('is stable: formatting the parsed canonical text changes nothing', () => {
    fc.assert(
      fc.property(arbitraryAst, (ast: ExprNode) => {
        const once = formatExpression(ast);
        expect(formatExpression(parse(once))).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});
