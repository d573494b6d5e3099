import { type ExprNode, evaluateExpression, fieldsReferenced } from '@fingerpost/schema';
import type { JourneyConditions } from './journey-conditions';

type Truth = boolean | null;

const DATE_FUNCTIONS = new Set(['today', 'ageInYears', 'yearsBetween', 'monthsBetween', 'daysBetween']);

function answered(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

function readsTheClock(node: ExprNode): boolean {
  if (node.kind === 'call' && DATE_FUNCTIONS.has(node.name)) return true;
  if (node.kind === 'binary') return readsTheClock(node.left) || readsTheClock(node.right);
  if (node.kind === 'unary') return readsTheClock(node.operand);
  if (node.kind === 'call' || node.kind === 'list')
    return (node.kind === 'call' ? node.args : node.items).some(readsTheClock);
  return false;
}

/**
 * A condition's value as far as the answers so far decide it: true, false, or null when it still
 * depends on answers not given yet. Unanswered fields are unknown (Kleene logic), so "false and x"
 * is already false and "true or x" already true, as the engine's short-circuit gives them.
 */
export function truthSoFar(node: ExprNode, answers: Record<string, unknown>, today: string): Truth {
  if (node.kind === 'binary' && (node.op === 'and' || node.op === 'or')) {
    const left = truthSoFar(node.left, answers, today);
    const right = truthSoFar(node.right, answers, today);
    const decisive = node.op === 'or';
    if (left === decisive || right === decisive) return decisive;
    return left === null || right === null ? null : !decisive;
  }
  if (node.kind === 'unary' && node.op === 'not') {
    const inner = truthSoFar(node.operand, answers, today);
    return inner === null ? null : !inner;
  }
  if (!fieldsReferenced(node).every((field) => answered(answers[field]))) return null;
  const result = evaluateExpression(node, { answers, today });
  return result.ok && result.value === true;
}

/**
 * The part of an undecided condition that can still matter: each comparison already decided, and
 * the answers given to the rest. Comparisons with dates keep the answers themselves, because the
 * clock can move (a deadline) before the condition is finally tried.
 */
function undecidedKey(node: ExprNode, answers: Record<string, unknown>, today: string): unknown {
  if (node.kind === 'binary' && (node.op === 'and' || node.op === 'or')) {
    return [node.op, undecidedKey(node.left, answers, today), undecidedKey(node.right, answers, today)];
  }
  if (node.kind === 'unary' && node.op === 'not') return ['not', undecidedKey(node.operand, answers, today)];
  const truth = truthSoFar(node, answers, today);
  if (truth !== null && !readsTheClock(node)) return truth;
  return fieldsReferenced(node).map((field) => (answered(answers[field]) ? answers[field] : null));
}

/**
 * What, of the answers so far, can still change the route from a step on: for each decision the
 * journey can still take, the conditions up to the first that already holds (later ones can never
 * be chosen), each reduced to what is decided and what is not. Two applications on the same route
 * with the same key take the same routes from here, so the explorer visits one of them.
 */
export function conditionKey(
  conditions: JourneyConditions,
  stepId: string,
  answers: Record<string, unknown>,
  today: string,
): string {
  const parts: unknown[] = [];
  for (const list of conditions.downstream(stepId)) {
    const part: unknown[] = [];
    for (const condition of list.conditions) {
      if (condition === null) break;
      const truth = truthSoFar(condition, answers, today);
      if (truth === true && !readsTheClock(condition)) {
        part.push(true);
        break;
      }
      part.push(
        truth === false && !readsTheClock(condition) ? false : undecidedKey(condition, answers, today),
      );
    }
    parts.push(part);
  }
  for (const value of conditions.downstreamValues(stepId)) {
    parts.push(fieldsReferenced(value).map((field) => answers[field] ?? null));
  }
  return JSON.stringify(parts);
}
