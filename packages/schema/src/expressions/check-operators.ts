import { didYouMean, listOf } from '../suggest';
import type { ArithmeticOp, BinaryNode, ComparisonOp, ExprNode, Span } from './ast';
import type { ExpressionErrorCode } from './errors';
import { formatMoney } from './money';
import { describeKind, type ExprType, isNumeric, isTextLike } from './types';

export type Report = (code: ExpressionErrorCode, message: string, span: Span) => void;

const NUMBER: ExprType = { kind: 'number' };
const MONEY: ExprType = { kind: 'money' };
const UNKNOWN: ExprType = { kind: 'unknown' };

/** `"earnedIncome"` for a field, otherwise a description of the type. */
function name(node: ExprNode, type: ExprType): string {
  if (node.kind === 'field')
    return `"${[node.name, ...(node.path ?? [])].join('.')}" (${describeKind(type.kind)})`;
  return describeKind(type.kind);
}

/** Reports a text literal that is not one of a choice's options. */
export function checkOption(literal: ExprNode, type: ExprType, report: Report): void {
  if (literal.kind !== 'literal' || literal.type !== 'string') return;
  if ((type.kind !== 'choice' && type.kind !== 'list') || !type.options) return;
  if (type.options.includes(literal.value)) return;
  const field = type.field ?? 'this question';
  report(
    'expression.unknown-option',
    `"${literal.value}" is not an option of "${field}". Options are: ${listOf(type.options)}.${didYouMean(literal.value, type.options)}`,
    literal.span,
  );
}

function moneyExample(other: ExprNode): string {
  const amount =
    other.kind === 'literal' && other.type === 'number'
      ? formatMoney(Math.round(other.value * 100))
      : '£7,400';
  return `for example ${amount}`;
}

/** Type rules for = != < <= > >= in and not in. Always gives a boolean. */
export function checkComparison(
  node: BinaryNode,
  op: ComparisonOp,
  left: ExprType,
  right: ExprType,
  report: Report,
): void {
  if (left.kind === 'unknown' || right.kind === 'unknown') return;
  if (op === 'in' || op === 'not in') {
    checkMembership(node, op, left, right, report);
    return;
  }
  const ordering = op !== '=' && op !== '!=';
  if (left.kind === right.kind && (isNumeric(left) || left.kind === 'date')) return;
  if (!ordering && left.kind === 'boolean' && right.kind === 'boolean') return;
  if (isNumeric(left) && isNumeric(right)) {
    const other = left.kind === 'number' ? node.left : node.right;
    report(
      'expression.type-mismatch',
      `Cannot compare money with a plain number: write the amount as money, ${moneyExample(other)}`,
      node.span,
    );
    return;
  }
  if (isTextLike(left) && isTextLike(right)) {
    if (ordering) {
      report(
        'expression.type-mismatch',
        `Only numbers, money and dates can be compared with "${op}". Use "=" or "!=" for text and choices`,
        node.span,
      );
      return;
    }
    checkOption(node.right, left, report);
    checkOption(node.left, right, report);
    return;
  }
  const dateSide = left.kind === 'date' ? node.right : right.kind === 'date' ? node.left : undefined;
  if (dateSide?.kind === 'literal' && dateSide.type === 'string') {
    report(
      'expression.type-mismatch',
      `Write dates as date("YYYY-MM-DD"), for example date("${dateSide.value}")`,
      dateSide.span,
    );
    return;
  }
  if (left.kind === 'boolean' || right.kind === 'boolean') {
    const hint = ordering
      ? `"${op}" does not work on yes or no answers`
      : 'Compare a yes or no answer with true or false';
    report(
      'expression.type-mismatch',
      `Cannot compare ${name(node.left, left)} with ${name(node.right, right)}. ${hint}`,
      node.span,
    );
    return;
  }
  const list = left.kind === 'list' ? node.left : right.kind === 'list' ? node.right : undefined;
  const hint = list
    ? ` To check for one option, write "option" in ${list.kind === 'field' ? list.name : 'the list'}`
    : '';
  report(
    'expression.type-mismatch',
    `Cannot compare ${name(node.left, left)} with ${name(node.right, right)}.${hint}`,
    node.span,
  );
}

function checkMembership(
  node: BinaryNode,
  op: string,
  left: ExprType,
  right: ExprType,
  report: Report,
): void {
  if (right.kind !== 'list') {
    report(
      'expression.type-mismatch',
      `"${op}" needs a list on the right, for example ["pip", "dla"], or a question that allows more than one answer`,
      node.right.span,
    );
    return;
  }
  if (left.kind === 'list') {
    const field = node.left.kind === 'field' ? node.left.name : 'this question';
    report(
      'expression.type-mismatch',
      `"${field}" can have more than one answer, so it cannot be "${op}" a list. To check for one option, write "option" in ${field}`,
      node.left.span,
    );
    return;
  }
  if (!isTextLike(left)) {
    report(
      'expression.type-mismatch',
      `"${op}" checks text or a choice against a list, but this is ${describeKind(left.kind)}`,
      node.left.span,
    );
    return;
  }
  if (node.right.kind === 'list') {
    for (const item of node.right.items) checkOption(item, left, report);
  }
  checkOption(node.left, right, report);
}

const VERBS: Readonly<Record<ArithmeticOp, string>> = {
  '+': 'add',
  '-': 'subtract',
  '*': 'multiply',
  '/': 'divide',
};

/** Type rules for + - * /, giving the result type. */
export function checkArithmetic(
  node: BinaryNode,
  op: ArithmeticOp,
  left: ExprType,
  right: ExprType,
  report: Report,
): ExprType {
  if (left.kind === 'unknown' || right.kind === 'unknown') return UNKNOWN;
  const mismatch = (message: string): ExprType => {
    report('expression.type-mismatch', message, node.span);
    return UNKNOWN;
  };
  if (left.kind === 'date' || right.kind === 'date') {
    return mismatch(
      `Dates cannot be used with "${op}". Use addDays(), addMonths(), addYears() or daysBetween() instead`,
    );
  }
  if (!isNumeric(left) || !isNumeric(right)) {
    const culprit = isNumeric(left) ? name(node.right, right) : name(node.left, left);
    return mismatch(`"${op}" works on numbers and money, but ${culprit} is neither`);
  }
  const money = left.kind === 'money' || right.kind === 'money';
  if (op === '+' || op === '-') {
    if (left.kind === right.kind) return left;
    return mismatch(
      `Cannot ${VERBS[op]} money and a plain number: write the amount as money, ${moneyExample(left.kind === 'number' ? node.left : node.right)}`,
    );
  }
  if (op === '*') {
    if (left.kind === 'money' && right.kind === 'money')
      return mismatch(
        'Cannot multiply money by money. Multiply money by a plain number, for example earnedIncome * 0.55',
      );
    return money ? MONEY : NUMBER;
  }
  if (left.kind === 'money') return right.kind === 'money' ? NUMBER : MONEY;
  return right.kind === 'money' ? mismatch('Cannot divide a plain number by money') : NUMBER;
}
