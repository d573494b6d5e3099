import type { BinaryOp, ExprNode, LiteralNode, Span } from '@fingerpost/schema';

/**
 * Builders for Fingerpost expression trees. The translator builds trees rather than text so that
 * formatExpression decides brackets and quoting; spans are placeholders, since the tree is
 * formatted and re-parsed before it is used.
 */
const SPAN: Span = { offset: 0, length: 0, line: 1, column: 1 };

export const fieldNode = (name: string): ExprNode => ({ kind: 'field', name, span: SPAN });

export const textNode = (value: string): LiteralNode => ({
  kind: 'literal',
  type: 'string',
  value,
  span: SPAN,
});

export const numberNode = (value: number): ExprNode =>
  value < 0
    ? { kind: 'unary', op: '-', operand: numberNode(-value), span: SPAN }
    : { kind: 'literal', type: 'number', value, span: SPAN };

export const moneyNode = (pence: number): ExprNode =>
  pence < 0
    ? { kind: 'unary', op: '-', operand: moneyNode(-pence), span: SPAN }
    : { kind: 'literal', type: 'money', value: pence, span: SPAN };

export const booleanNode = (value: boolean): LiteralNode => ({
  kind: 'literal',
  type: 'boolean',
  value,
  span: SPAN,
});

export const dateNode = (value: string): LiteralNode => ({
  kind: 'literal',
  type: 'date',
  value,
  span: SPAN,
});

export const listNode = (items: ExprNode[]): ExprNode => ({ kind: 'list', items, span: SPAN });

export const callNode = (name: string, args: ExprNode[]): ExprNode => ({
  kind: 'call',
  name,
  args,
  span: SPAN,
});

export const binaryNode = (op: BinaryOp, left: ExprNode, right: ExprNode): ExprNode => ({
  kind: 'binary',
  op,
  left,
  right,
  span: SPAN,
});

export const notNode = (operand: ExprNode): ExprNode => ({ kind: 'unary', op: 'not', operand, span: SPAN });

export const negateNode = (operand: ExprNode): ExprNode => ({ kind: 'unary', op: '-', operand, span: SPAN });
