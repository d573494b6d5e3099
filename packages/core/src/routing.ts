import type { EligibilityResult, EligibilityStep, ExpressionScope, Next } from '@fingerpost/schema';
import { type CompiledExpression, compileExpression, holds } from './expression';

/** One way out of a step: taken when `when` holds (or always, when it is null). */
export interface Route {
  when: CompiledExpression | null;
  goTo: string;
}

/** One eligibility rule, compiled; the journey's `otherwise` has the id 'otherwise' and no condition. */
export interface Rule {
  id: string;
  when: CompiledExpression | null;
  result: EligibilityResult;
  next: string;
}

/**
 * Compiles a step's `next`: a step id, or transitions tried in order.
 * @example compileRoutes([{ when: 'age < 18', goTo: 'guardian' }, { goTo: 'address' }], '/steps/1/next', scope)
 */
export function compileRoutes(next: Next, path: string, scope: ExpressionScope): Route[] {
  if (typeof next === 'string') return [{ when: null, goTo: next }];
  return next.map((t, i) => ({
    when: t.when === undefined ? null : compileExpression(t.when, `${path}/${i}/when`, scope),
    goTo: t.goTo,
  }));
}

/** Compiles an eligibility step's rules, with `otherwise` last. */
export function compileRules(step: EligibilityStep, path: string, scope: ExpressionScope): Rule[] {
  const rules: Rule[] = step.rules.map((r, i) => ({
    id: r.id,
    when: compileExpression(r.when, `${path}/rules/${i}/when`, scope),
    result: r.result,
    next: r.next,
  }));
  rules.push({ id: 'otherwise', when: null, result: step.otherwise.result, next: step.otherwise.next });
  return rules;
}

/**
 * The first route whose condition holds, else the first without a condition; null when none applies
 * (a validated journey always ends its transitions with a default).
 */
export function chooseRoute<R extends { when: CompiledExpression | null }>(
  routes: readonly R[],
  answers: Record<string, unknown>,
  today: string,
): R | null {
  for (const route of routes) {
    if (route.when === null || holds(route.when, answers, today)) return route;
  }
  return null;
}
