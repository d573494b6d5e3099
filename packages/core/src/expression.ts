import { type ExpressionScope, evaluateExpression, parseExpression } from '@fingerpost/schema';
import { JourneyCompileError } from './errors';

/** A parsed expression, parsed once when the journey is compiled. */
export type CompiledExpression = {
  readonly source: string;
  readonly ast: unknown;
  /** The data model, so the evaluator checks answers' types and rounds money to whole pence. */
  readonly scope: ExpressionScope;
};

/** Work limit for one evaluation: a journey's condition can never hang a resident's page. */
const STEP_BUDGET = 10_000;

/**
 * Parses an expression of a validated journey; a parse error means the journey was not validated.
 * @example compileExpression('age >= 18', '/steps/2/next/0/when', journeyScope(journey))
 */
export function compileExpression(source: string, path: string, scope: ExpressionScope): CompiledExpression {
  const parsed = parseExpression(source);
  if (!parsed.ok) {
    throw new JourneyCompileError(
      'journey.invalid-expression',
      `Cannot read the expression "${source}"`,
      path,
    );
  }
  return { source, ast: parsed.ast, scope };
}

/** The value of an expression, or null when it is unanswered or cannot be worked out. */
export function evaluate(
  expression: CompiledExpression,
  answers: Record<string, unknown>,
  today: string,
): unknown {
  const result = evaluateExpression(
    expression.ast as never,
    { answers, today, scope: expression.scope },
    { stepBudget: STEP_BUDGET },
  );
  return result.ok ? result.value : null;
}

/**
 * Whether a condition holds. Anything but `true` (unanswered, an evaluation error) does not hold,
 * so a journey falls through to its default route rather than failing.
 * @example holds(compileExpression('age >= 18', '/x', scope), { age: 20 }, '2026-01-01') // true
 */
export function holds(
  expression: CompiledExpression,
  answers: Record<string, unknown>,
  today: string,
): boolean {
  return evaluate(expression, answers, today) === true;
}
