import { type ExprNode, formatExpression, parseExpression } from '@fingerpost/schema';

function renameIn(node: ExprNode, from: string, to: string): ExprNode {
  switch (node.kind) {
    case 'field':
      return node.name === from && node.path === undefined ? { ...node, name: to } : node;
    case 'binary':
      return { ...node, left: renameIn(node.left, from, to), right: renameIn(node.right, from, to) };
    case 'unary':
      return { ...node, operand: renameIn(node.operand, from, to) };
    case 'call':
      return { ...node, args: node.args.map((a) => renameIn(a, from, to)) };
    case 'list':
      return { ...node, items: node.items.map((i) => renameIn(i, from, to)) };
    default:
      return node;
  }
}

function mentions(node: ExprNode, name: string): boolean {
  switch (node.kind) {
    case 'field':
      return node.name === name && node.path === undefined;
    case 'binary':
      return mentions(node.left, name) || mentions(node.right, name);
    case 'unary':
      return mentions(node.operand, name);
    case 'call':
      return node.args.some((a) => mentions(a, name));
    case 'list':
      return node.items.some((i) => mentions(i, name));
    default:
      return false;
  }
}

/**
 * An expression with a field renamed. Expressions that do not mention it are returned exactly as
 * written; those that do are rewritten in canonical form. Text that does not parse is left alone.
 * @example renameFieldInExpression('age >= 16', 'age', 'applicantAge') // 'applicantAge >= 16'
 */
export function renameFieldInExpression(source: string, from: string, to: string): string {
  const parsed = parseExpression(source);
  if (!parsed.ok || !mentions(parsed.ast, from)) return source;
  return formatExpression(renameIn(parsed.ast, from, to));
}

/** Whether an expression reads a field (by its top-level name). */
export function expressionMentions(source: string, name: string): boolean {
  const parsed = parseExpression(source);
  return parsed.ok && mentions(parsed.ast, name);
}
