import { checkExpression, type ExpressionScope, type ExprKind, parseExpression } from '@fingerpost/schema';

/**
 * What is wrong with an expression as typed, in words with where: [] when it parses and checks
 * against the journey's answers as the kind expected (a yes-or-no condition unless said otherwise).
 * @example expressionProblems('age >=', scope) // ['Column 7: …']
 * @example expressionProblems('£52 + "a"', scope, 'money') // ['Column 1: …']
 */
export function expressionProblems(
  source: string,
  scope: ExpressionScope,
  expected: ExprKind = 'boolean',
): string[] {
  if (source.trim() === '') return [];
  const parsed = parseExpression(source);
  if (!parsed.ok) return [`Column ${parsed.error.column}: ${parsed.error.message}`];
  return checkExpression(parsed.ast, scope, expected).map((e) => `Column ${e.column}: ${e.message}`);
}
