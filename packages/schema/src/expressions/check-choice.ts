import type { CallNode, ExprNode } from './ast';
import type { Checker } from './check';
import { describeKind, type ExprType, isTextLike } from './types';

const UNKNOWN: ExprType = { kind: 'unknown' };

/**
 * The type both results of if() share, or undefined when they differ. Text and
 * choices mix as text; a choice stays a choice (so its options are still
 * checked) only when both results are the same question.
 */
function shared(a: ExprType, b: ExprType): ExprType | undefined {
  if (a.kind === 'unknown') return b;
  if (b.kind === 'unknown') return a;
  if (a.kind === 'choice' && b.kind === 'choice' && a.field !== undefined && a.field === b.field) return a;
  if (isTextLike(a) && isTextLike(b)) return { kind: 'string' };
  if (a.kind === 'list' && b.kind === 'list') {
    if (a.field !== undefined && a.field === b.field) return a;
    return { kind: 'list', of: a.of === b.of ? a.of : 'string' };
  }
  if (a.kind === 'group' && b.kind === 'group') {
    // Two different groups have different questions, so item.x could not be checked.
    return JSON.stringify(a.fields) === JSON.stringify(b.fields) ? a : undefined;
  }
  return a.kind === b.kind ? a : undefined;
}

function mismatch(a: ExprType, b: ExprType): string {
  const money = (t: ExprType) => t.kind === 'money';
  const plain = (t: ExprType) => t.kind === 'number';
  if ((money(a) && plain(b)) || (plain(a) && money(b))) {
    return 'if() needs two numbers or two amounts of money, not one of each: write the amount as money, for example £0';
  }
  if (a.kind === 'group' && b.kind === 'group') {
    return 'if() cannot choose between two different groups: their questions differ';
  }
  return `if() needs both results to be the same type, but the first is ${describeKind(a.kind)} and the second is ${describeKind(b.kind)}`;
}

/**
 * Checks if(condition, then, else): the condition must be yes or no, and the
 * two results the same type, which is the type of the whole call.
 */
export function checkChoice(node: CallNode, checker: Checker): ExprType {
  const [condition, then, otherwise] = node.args as [ExprNode, ExprNode, ExprNode];
  checker.condition(condition, checker.check(condition), 'if()');
  const a = checker.check(then);
  const b = checker.check(otherwise);
  const type = shared(a, b);
  if (type) return type;
  checker.report('expression.type-mismatch', mismatch(a, b), otherwise.span);
  return UNKNOWN;
}
