import type { BinaryOp, ExprNode, LiteralNode } from './ast';
import { formatMoney } from './money';

// Binding strength, loosest first; mirrors the parser's grammar levels.
const OR = 1;
const AND = 2;
const NOT = 3;
const COMPARISON = 4;
const ADDITIVE = 5;
const MULTIPLICATIVE = 6;
const NEGATE = 7;
const PRIMARY = 8;

const BINARY_PRECEDENCE: Readonly<Record<BinaryOp, number>> = {
  or: OR,
  and: AND,
  '=': COMPARISON,
  '!=': COMPARISON,
  '<': COMPARISON,
  '<=': COMPARISON,
  '>': COMPARISON,
  '>=': COMPARISON,
  in: COMPARISON,
  'not in': COMPARISON,
  '+': ADDITIVE,
  '-': ADDITIVE,
  '*': MULTIPLICATIVE,
  '/': MULTIPLICATIVE,
};

function precedence(node: ExprNode): number {
  if (node.kind === 'binary') return BINARY_PRECEDENCE[node.op] ?? PRIMARY;
  if (node.kind === 'unary') return node.op === 'not' ? NOT : NEGATE;
  // A negative literal prints with a minus sign, so it binds like negation.
  if (
    node.kind === 'literal' &&
    typeof node.value === 'number' &&
    (node.value < 0 || Object.is(node.value, -0))
  ) {
    return NEGATE;
  }
  return PRIMARY;
}

/**
 * Canonical source text for a syntax tree: single spaces around operators,
 * double-quoted text, money with thousands separators and only the brackets
 * the grammar needs. Parsing the result gives back the same tree.
 *
 * @example
 * const parsed = parseExpression('earnedIncome<=£7400 and(receivesPip)');
 * if (parsed.ok) formatExpression(parsed.ast); // 'earnedIncome <= £7,400 and receivesPip'
 */
export function formatExpression(ast: ExprNode): string {
  try {
    return format(ast);
  } catch {
    // Only reachable with a hand-built tree too deep for the stack or missing parts.
    return '';
  }
}

function format(node: ExprNode): string {
  switch (node.kind) {
    case 'literal':
      return formatLiteral(node);
    case 'list':
      return `[${node.items.map(format).join(', ')}]`;
    case 'field':
      return [node.name, ...(node.path ?? [])].join('.');
    case 'call':
      return `${node.name}(${node.args.map(format).join(', ')})`;
    case 'unary':
      return node.op === 'not'
        ? `not ${wrap(node.operand, precedence(node.operand) < NOT)}`
        : `-${wrap(node.operand, precedence(node.operand) < NEGATE)}`;
    case 'binary': {
      const level = precedence(node);
      // Comparisons do not chain, so a comparison inside a comparison always needs brackets.
      const leftNeeds = level === COMPARISON ? precedence(node.left) <= level : precedence(node.left) < level;
      return `${wrap(node.left, leftNeeds)} ${node.op} ${wrap(node.right, precedence(node.right) <= level)}`;
    }
    default:
      return '';
  }
}

function wrap(node: ExprNode, needed: boolean): string {
  return needed ? `(${format(node)})` : format(node);
}

function formatLiteral(node: LiteralNode): string {
  switch (node.type) {
    case 'number':
      return formatNumber(node.value);
    case 'money':
      return formatMoney(node.value);
    case 'string':
      return quote(node.value);
    case 'date':
      return `date(${quote(node.value)})`;
    case 'boolean':
      return node.value ? 'true' : 'false';
  }
}

function formatNumber(n: number): string {
  const size = Math.abs(n);
  const text = String(size);
  // Exponent notation cannot be parsed back. Parsed literals never need it; hand-built trees might.
  let plain = text;
  if (!Number.isFinite(size)) plain = '0';
  else if (size >= 1e21) plain = BigInt(size).toString();
  else if (text.includes('e')) plain = size.toFixed(20).replace(/\.?0+$/, '');
  return n < 0 || Object.is(n, -0) ? `-${plain}` : plain;
}

function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
