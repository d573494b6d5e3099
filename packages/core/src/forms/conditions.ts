import { evaluateExpression, parseExpression } from '@fingerpost/schema';

type Parsed = ReturnType<typeof parseExpression>;
type Ast = Extract<Parsed, { ok: true }>['ast'];

/** A `showIf` parsed once; a condition that does not parse never holds. */
export type Condition = { readonly ast: Ast } | { readonly ast: null };

export function compileCondition(source: string): Condition {
  const parsed = parseExpression(source);
  return parsed.ok ? { ast: parsed.ast } : { ast: null };
}

/** A condition holds only when it evaluates to true; unanswered or failing conditions do not. */
export function conditionHolds(
  condition: Condition,
  answers: Readonly<Record<string, unknown>>,
  today: string,
): boolean {
  if (condition.ast === null) return false;
  const result = evaluateExpression(condition.ast, { answers, today });
  return result.ok && result.value === true;
}
