/**
 * Fingerpost's expression language: the safe, data-only conditions and
 * calculations used in journeys. See docs/expressions.md.
 */
export {
  childNodes,
  comparisons,
  type FieldComparison,
  fieldsReferenced,
  type LiteralValue,
} from './analysis';
export type {
  ArithmeticOp,
  BinaryNode,
  BinaryOp,
  CallNode,
  ComparisonOp,
  ExprNode,
  FieldNode,
  ListNode,
  LiteralNode,
  LiteralType,
  LogicalOp,
  Span,
  UnaryNode,
  UnaryOp,
} from './ast';
export { checkExpression } from './check';
export { type CivilDate, daysInMonth, parseDate } from './dates';
export type { ExpressionError, ExpressionErrorCode } from './errors';
export { type EvaluationOptions, evaluateExpression } from './evaluate';
export { formatExpression } from './format';
export { type ParseResult, parseExpression } from './parser';
export type {
  EvaluationContext,
  EvaluationResult,
  ExpressionScope,
  ExprKind,
  ExprType,
  FieldType,
  FieldTypeInfo,
  Value,
} from './types';
