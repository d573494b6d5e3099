import { checkExpression, type ExpressionScope, parseExpression } from '@fingerpost/schema';

/**
 * What is wrong with a condition as typed, in words with where: [] when it parses and checks as a
 * yes-or-no condition against the journey's answers.
 * @example expressionProblems('age >=', scope) // ['Column 7: …']
 */
export function expressionProblems(source: string, scope: ExpressionScope): string[] {
  if (source.trim() === '') return [];
  const parsed = parseExpression(source);
  if (!parsed.ok) return [`Column ${parsed.error.column}: ${parsed.error.message}`];
  return checkExpression(parsed.ast, scope, 'boolean').map((e) => `Column ${e.column}: ${e.message}`);
}
