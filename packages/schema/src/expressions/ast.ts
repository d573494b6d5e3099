/** Where a node or error sits in the source: 0-based offset, 1-based line and column. */
export interface Span {
  offset: number;
  length: number;
  line: number;
  column: number;
}

export type LiteralType = 'number' | 'money' | 'string' | 'boolean' | 'date';

export type ComparisonOp = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'not in';
export type ArithmeticOp = '+' | '-' | '*' | '/';
export type LogicalOp = 'and' | 'or';
export type BinaryOp = LogicalOp | ComparisonOp | ArithmeticOp;
export type UnaryOp = 'not' | '-';

export const COMPARISON_OPS: readonly ComparisonOp[] = ['=', '!=', '<', '<=', '>', '>=', 'in', 'not in'];

/**
 * A literal written in the source. Money is held as integer pence and dates as
 * 'YYYY-MM-DD' so that literals use the same representation as answers.
 */
export type LiteralNode =
  | { kind: 'literal'; type: 'number' | 'money'; value: number; span: Span }
  | { kind: 'literal'; type: 'string' | 'date'; value: string; span: Span }
  | { kind: 'literal'; type: 'boolean'; value: boolean; span: Span };

export interface ListNode {
  kind: 'list';
  items: ExprNode[];
  span: Span;
}

/** A field reference. `path` is only set for `item.subField` inside group functions. */
export interface FieldNode {
  kind: 'field';
  name: string;
  path?: string[];
  span: Span;
}

export interface UnaryNode {
  kind: 'unary';
  op: UnaryOp;
  operand: ExprNode;
  span: Span;
}

export interface BinaryNode {
  kind: 'binary';
  op: BinaryOp;
  left: ExprNode;
  right: ExprNode;
  span: Span;
}

export interface CallNode {
  kind: 'call';
  name: string;
  args: ExprNode[];
  span: Span;
}

export type ExprNode = LiteralNode | ListNode | FieldNode | UnaryNode | BinaryNode | CallNode;

export function isComparisonOp(op: string): op is ComparisonOp {
  return (COMPARISON_OPS as readonly string[]).includes(op);
}

/** The name that refers to the current member inside any(), all() and countWhere(). */
export const ITEM = 'item';

/** Functions whose second argument is a condition tested against each member of a group. */
export const QUANTIFIERS: readonly string[] = ['any', 'all', 'countWhere'];
