import type { ArithmeticOp, BinaryNode, ComparisonOp } from './ast';
import { fail } from './errors';
import { divideMoney, multiplyMoney, roundHalfAwayFromZero } from './money';
import {
  bool,
  describeSource,
  expectDate,
  expectNumber,
  expectText,
  NONE,
  num,
  type Val,
} from './runtime-values';

type Charge = (steps: number) => void;

/**
 * Runs a comparison. Anything compared with an unanswered question is false,
 * whichever operator is used, so a rule never passes on missing information.
 */
export function compare(op: ComparisonOp, left: Val, right: Val, node: BinaryNode, charge: Charge): Val {
  if (left.kind === 'none' || right.kind === 'none') return bool(false);
  if (op === 'in' || op === 'not in') {
    if (right.kind !== 'texts') {
      fail(
        'expression.runtime',
        `"${op}" needs a list on the right, but ${describeSource(node.right)} is not a list`,
        node.right.span,
      );
    }
    const wanted = expectText(left, node.left);
    charge(right.value.length);
    return bool(right.value.includes(wanted) === (op === 'in'));
  }
  if (op === '=' || op === '!=') return bool(equal(left, right, node) === (op === '='));
  const order = ordering(left, right, node);
  switch (op) {
    case '<':
      return bool(order < 0);
    case '<=':
      return bool(order <= 0);
    case '>':
      return bool(order > 0);
    default:
      return bool(order >= 0);
  }
}

function equal(left: Val, right: Val, node: BinaryNode): boolean {
  if (left.kind === 'number' && right.kind === 'number') return left.value === right.value;
  if (left.kind === 'boolean' && right.kind === 'boolean') return left.value === right.value;
  if (left.kind === 'text' && right.kind === 'text') {
    // A date compared with something that is not a date is a broken answer, not a quiet "no".
    if (left.date || right.date) {
      expectDate(left, node.left);
      expectDate(right, node.right);
    }
    return left.value === right.value;
  }
  return fail(
    'expression.runtime',
    `Cannot compare ${describeSource(node.left)} with ${describeSource(node.right)}: they are different kinds of value`,
    node.span,
  );
}

/** Negative, zero or positive as left is before, equal to or after right. */
function ordering(left: Val, right: Val, node: BinaryNode): number {
  // Dates are the only text with an order; a number on either side means numbers were meant.
  if ((left.kind === 'text' || right.kind === 'text') && left.kind !== 'number' && right.kind !== 'number') {
    const a = expectDate(left, node.left);
    const b = expectDate(right, node.right);
    return a.year - b.year || a.month - b.month || a.day - b.day;
  }
  return expectNumber(left, node.left).value - expectNumber(right, node.right).value;
}

/** Runs + - * /. Unanswered in, unanswered out: a total cannot be known without all its parts. */
export function arithmetic(op: ArithmeticOp, left: Val, right: Val, node: BinaryNode): Val {
  if (left.kind === 'none' || right.kind === 'none') return NONE;
  const a = expectNumber(left, node.left);
  const b = expectNumber(right, node.right);
  let result: number | undefined;
  let money = a.money || b.money;
  if (op === '+' || op === '-') {
    const sum = op === '+' ? a.value + b.value : a.value - b.value;
    result = money ? roundHalfAwayFromZero(sum) : sum;
  } else if (op === '*') {
    if (a.money && b.money) fail('expression.runtime', 'Cannot multiply money by money', node.span);
    if (a.money) result = multiplyMoney(a.value, b.value);
    else if (b.money) result = multiplyMoney(b.value, a.value);
    else result = a.value * b.value;
  } else {
    if (b.value === 0) {
      fail(
        'expression.runtime',
        `Cannot divide by zero: ${describeSource(node.right)} is 0`,
        node.right.span,
      );
    }
    if (b.money && !a.money) fail('expression.runtime', 'Cannot divide a plain number by money', node.span);
    money = a.money && !b.money;
    result = money ? divideMoney(a.value, b.value) : a.value / b.value;
  }
  if (result === undefined || !Number.isFinite(result) || (money && !Number.isSafeInteger(result))) {
    fail('expression.runtime', 'The result of this calculation is too large to work with', node.span);
  }
  return num(Object.is(result, -0) ? 0 : result, money);
}
